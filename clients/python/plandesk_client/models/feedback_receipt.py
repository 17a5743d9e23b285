from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_receipt_status import FeedbackReceiptStatus

T = TypeVar("T", bound="FeedbackReceipt")


@_attrs_define
class FeedbackReceipt:
    """What a contributor gets back: the receipt code that lets them follow the submission.

    Attributes:
        id (UUID): The submission's id (for staff; the public uses the receipt code).
        consultation_id (UUID): The consultation it was submitted to.
        receipt_code (str): Keep it: it is the only way to follow this submission (GET /public/feedback/{receipt}). 16
            Crockford base32 symbols in four groups; PlanDesk keeps only its digest and cannot tell it again.
        status (FeedbackReceiptStatus): Where the submission stands in moderation: received (new, nobody has looked at
            it); in_review (a moderator is considering it); accepted (taken into the revised draft); partially_accepted
            (taken in part); not_accepted (considered, not taken); duplicate (says what an earlier submission says); spam
            (not an opinion on the draft). Moves: received → in_review | duplicate | spam; in_review → received | accepted |
            partially_accepted | not_accepted | duplicate | spam; every decided status → in_review (reopen). accepted,
            partially_accepted and not_accepted need an official response.
        submitted_at (datetime.datetime): When the submission was recorded (UTC).
    """

    id: UUID
    consultation_id: UUID
    receipt_code: str
    status: FeedbackReceiptStatus
    submitted_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        consultation_id = str(self.consultation_id)

        receipt_code = self.receipt_code

        status = self.status.value

        submitted_at = self.submitted_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "consultation_id": consultation_id,
                "receipt_code": receipt_code,
                "status": status,
                "submitted_at": submitted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        consultation_id = UUID(d.pop("consultation_id"))

        receipt_code = d.pop("receipt_code")

        status = FeedbackReceiptStatus(d.pop("status"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        feedback_receipt = cls(
            id=id,
            consultation_id=consultation_id,
            receipt_code=receipt_code,
            status=status,
            submitted_at=submitted_at,
        )

        feedback_receipt.additional_properties = d
        return feedback_receipt

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
