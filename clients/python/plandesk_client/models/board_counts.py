from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BoardCounts")


@_attrs_define
class BoardCounts:
    """The board's totals.

    Attributes:
        expected (int): Units expected to report.
        submitted (int): Submitted, accepted or returned
        accepted (int): Reports accepted.
        returned (int): Reports returned for correction.
        missing (int): Units with no report, or a draft after the due day.
        late (int): Units late (submitted after the due day, or still missing after it).
    """

    expected: int
    submitted: int
    accepted: int
    returned: int
    missing: int
    late: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected = self.expected

        submitted = self.submitted

        accepted = self.accepted

        returned = self.returned

        missing = self.missing

        late = self.late

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expected": expected,
                "submitted": submitted,
                "accepted": accepted,
                "returned": returned,
                "missing": missing,
                "late": late,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expected = d.pop("expected")

        submitted = d.pop("submitted")

        accepted = d.pop("accepted")

        returned = d.pop("returned")

        missing = d.pop("missing")

        late = d.pop("late")

        board_counts = cls(
            expected=expected,
            submitted=submitted,
            accepted=accepted,
            returned=returned,
            missing=missing,
            late=late,
        )

        board_counts.additional_properties = d
        return board_counts

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
