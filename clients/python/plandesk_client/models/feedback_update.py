from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.feedback_update_status_type_0 import FeedbackUpdateStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbackUpdate")


@_attrs_define
class FeedbackUpdate:
    """A moderator's change to one submission; omitted fields stay as they are.

    Attributes:
        status (FeedbackUpdateStatusType0 | None | Unset): The new status (409 with `allowed` when the move is refused).
            Where the submission stands in moderation: received (new, nobody has looked at it); in_review (a moderator is
            considering it); accepted (taken into the revised draft); partially_accepted (taken in part); not_accepted
            (considered, not taken); duplicate (says what an earlier submission says); spam (not an opinion on the draft).
            Moves: received → in_review | duplicate | spam; in_review → received | accepted | partially_accepted |
            not_accepted | duplicate | spam; every decided status → in_review (reopen). accepted, partially_accepted and
            not_accepted need an official response.
        response (None | str | Unset): The official response the contributor will read by receipt code.
        template_id (None | Unset | UUID): Answer with a saved template (instead of `response`).
        tags (list[str] | None | Unset): Replaces the tags. Moderators' labels (1–64 characters each, at most 20), e.g.
            "chuyển đổi số".
        assigned_to (None | Unset | UUID): A moderator or admin; null unassigns
    """

    status: FeedbackUpdateStatusType0 | None | Unset = UNSET
    response: None | str | Unset = UNSET
    template_id: None | Unset | UUID = UNSET
    tags: list[str] | None | Unset = UNSET
    assigned_to: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, FeedbackUpdateStatusType0):
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

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, UUID):
            assigned_to = str(self.assigned_to)
        else:
            assigned_to = self.assigned_to

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if response is not UNSET:
            field_dict["response"] = response
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> FeedbackUpdateStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = FeedbackUpdateStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeedbackUpdateStatusType0 | None | Unset, data)

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

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

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

        feedback_update = cls(
            status=status,
            response=response,
            template_id=template_id,
            tags=tags,
            assigned_to=assigned_to,
        )

        return feedback_update
