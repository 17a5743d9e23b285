from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.undo_result_status import UndoResultStatus

T = TypeVar("T", bound="UndoResult")


@_attrs_define
class UndoResult:
    """A submission after a bulk action was undone for it: as it was before the action.

    Attributes:
        feedback_id (UUID): The submission.
        bulk_action_id (UUID): The bulk action undone for it.
        status (UndoResultStatus): Its status restored. Where the submission stands in moderation: received (new, nobody
            has looked at it); in_review (a moderator is considering it); accepted (taken into the revised draft);
            partially_accepted (taken in part); not_accepted (considered, not taken); duplicate (says what an earlier
            submission says); spam (not an opinion on the draft). Moves: received → in_review | duplicate | spam; in_review
            → received | accepted | partially_accepted | not_accepted | duplicate | spam; every decided status → in_review
            (reopen). accepted, partially_accepted and not_accepted need an official response.
        response (None | str): Its official response restored (null: none).
    """

    feedback_id: UUID
    bulk_action_id: UUID
    status: UndoResultStatus
    response: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback_id = str(self.feedback_id)

        bulk_action_id = str(self.bulk_action_id)

        status = self.status.value

        response: None | str
        response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedback_id": feedback_id,
                "bulk_action_id": bulk_action_id,
                "status": status,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feedback_id = UUID(d.pop("feedback_id"))

        bulk_action_id = UUID(d.pop("bulk_action_id"))

        status = UndoResultStatus(d.pop("status"))

        def _parse_response(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response = _parse_response(d.pop("response"))

        undo_result = cls(
            feedback_id=feedback_id,
            bulk_action_id=bulk_action_id,
            status=status,
            response=response,
        )

        undo_result.additional_properties = d
        return undo_result

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
