from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_member_out_status import ClusterMemberOutStatus

if TYPE_CHECKING:
    from ..models.diff_segment import DiffSegment
    from ..models.last_bulk_action import LastBulkAction


T = TypeVar("T", bound="ClusterMemberOut")


@_attrs_define
class ClusterMemberOut:
    """One member of a cluster, compared word by word with the cluster's first text.

    Attributes:
        id (UUID): The submission's id.
        body (str): Its text.
        submitted_at (datetime.datetime): When it was submitted (UTC).
        status (ClusterMemberOutStatus): Where the submission stands in moderation: received (new, nobody has looked at
            it); in_review (a moderator is considering it); accepted (taken into the revised draft); partially_accepted
            (taken in part); not_accepted (considered, not taken); duplicate (says what an earlier submission says); spam
            (not an opinion on the draft). Moves: received → in_review | duplicate | spam; in_review → received | accepted |
            partially_accepted | not_accepted | duplicate | spam; every decided status → in_review (reopen). accepted,
            partially_accepted and not_accepted need an official response.
        response (None | str): Its official response; null when none yet.
        representative (bool): The cluster's first text, which the others are compared with
        differs_in_content (bool): True when its text differs from the first one in content words (flagged: check it
            before answering the whole cluster).
        diff (list[DiffSegment]): This member's text word by word against the first text
        last_bulk_action (LastBulkAction | None): The latest bulk action on it; null if none.
    """

    id: UUID
    body: str
    submitted_at: datetime.datetime
    status: ClusterMemberOutStatus
    response: None | str
    representative: bool
    differs_in_content: bool
    diff: list[DiffSegment]
    last_bulk_action: LastBulkAction | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.last_bulk_action import LastBulkAction  # noqa: PLC0415

        id = str(self.id)

        body = self.body

        submitted_at = self.submitted_at.isoformat()

        status = self.status.value

        response: None | str
        response = self.response

        representative = self.representative

        differs_in_content = self.differs_in_content

        diff = []
        for diff_item_data in self.diff:
            diff_item = diff_item_data.to_dict()
            diff.append(diff_item)

        last_bulk_action: dict[str, Any] | None
        if isinstance(self.last_bulk_action, LastBulkAction):
            last_bulk_action = self.last_bulk_action.to_dict()
        else:
            last_bulk_action = self.last_bulk_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "body": body,
                "submitted_at": submitted_at,
                "status": status,
                "response": response,
                "representative": representative,
                "differs_in_content": differs_in_content,
                "diff": diff,
                "last_bulk_action": last_bulk_action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diff_segment import DiffSegment  # noqa: PLC0415
        from ..models.last_bulk_action import LastBulkAction  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        body = d.pop("body")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        status = ClusterMemberOutStatus(d.pop("status"))

        def _parse_response(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response = _parse_response(d.pop("response"))

        representative = d.pop("representative")

        differs_in_content = d.pop("differs_in_content")

        diff = []
        _diff = d.pop("diff")
        for diff_item_data in _diff:
            diff_item = DiffSegment.from_dict(diff_item_data)

            diff.append(diff_item)

        def _parse_last_bulk_action(data: object) -> LastBulkAction | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_bulk_action_type_0 = LastBulkAction.from_dict(data)

                return last_bulk_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LastBulkAction | None, data)

        last_bulk_action = _parse_last_bulk_action(d.pop("last_bulk_action"))

        cluster_member_out = cls(
            id=id,
            body=body,
            submitted_at=submitted_at,
            status=status,
            response=response,
            representative=representative,
            differs_in_content=differs_in_content,
            diff=diff,
            last_bulk_action=last_bulk_action,
        )

        cluster_member_out.additional_properties = d
        return cluster_member_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
