from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.bulk_action_status_type_0 import BulkActionStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkAction")


@_attrs_define
class BulkAction:
    """What to do to every selected submission; omitted fields change nothing.

    Attributes:
        status (BulkActionStatusType0 | None | Unset): The new status for each. Where the submission stands in
            moderation: received (new, nobody has looked at it); in_review (a moderator is considering it); accepted (taken
            into the revised draft); partially_accepted (taken in part); not_accepted (considered, not taken); duplicate
            (says what an earlier submission says); spam (not an opinion on the draft). Moves: received → in_review |
            duplicate | spam; in_review → received | accepted | partially_accepted | not_accepted | duplicate | spam; every
            decided status → in_review (reopen). accepted, partially_accepted and not_accepted need an official response.
        response (None | str | Unset): One official response for each.
        template_id (None | Unset | UUID): Answer each with this saved template.
        add_tags (list[str] | Unset): Tags to add to each.
        remove_tags (list[str] | Unset): Tags to take off each.
        assigned_to (None | Unset | UUID): Assign to a moderator (omit: unchanged)
        unassign (bool | Unset): True: leave each unassigned (not with assigned_to). Default: False.
    """

    status: BulkActionStatusType0 | None | Unset = UNSET
    response: None | str | Unset = UNSET
    template_id: None | Unset | UUID = UNSET
    add_tags: list[str] | Unset = UNSET
    remove_tags: list[str] | Unset = UNSET
    assigned_to: None | Unset | UUID = UNSET
    unassign: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, BulkActionStatusType0):
            status = self.status.value
        else:
            status = self.status

        response: None | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        else:
            response = self.response

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        elif isinstance(self.template_id, UUID):
            template_id = str(self.template_id)
        else:
            template_id = self.template_id

        add_tags: list[str] | Unset = UNSET
        if not isinstance(self.add_tags, Unset):
            add_tags = self.add_tags

        remove_tags: list[str] | Unset = UNSET
        if not isinstance(self.remove_tags, Unset):
            remove_tags = self.remove_tags

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, UUID):
            assigned_to = str(self.assigned_to)
        else:
            assigned_to = self.assigned_to

        unassign = self.unassign

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if response is not UNSET:
            field_dict["response"] = response
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if add_tags is not UNSET:
            field_dict["add_tags"] = add_tags
        if remove_tags is not UNSET:
            field_dict["remove_tags"] = remove_tags
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if unassign is not UNSET:
            field_dict["unassign"] = unassign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> BulkActionStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = BulkActionStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkActionStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        def _parse_template_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                template_id_type_0 = UUID(data)

                return template_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        add_tags = cast(list[str], d.pop("add_tags", UNSET))

        remove_tags = cast(list[str], d.pop("remove_tags", UNSET))

        def _parse_assigned_to(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_to_type_0 = UUID(data)

                return assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to", UNSET))

        unassign = d.pop("unassign", UNSET)

        bulk_action = cls(
            status=status,
            response=response,
            template_id=template_id,
            add_tags=add_tags,
            remove_tags=remove_tags,
            assigned_to=assigned_to,
            unassign=unassign,
        )

        return bulk_action
