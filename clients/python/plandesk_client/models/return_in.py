from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReturnIn")


@_attrs_define
class ReturnIn:
    """Why the report goes back to its unit.

    Attributes:
        comment (str): What the unit must correct; 1–5000 characters, shown to the unit on its report.
    """

    comment: str

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "comment": comment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment")

        return_in = cls(
            comment=comment,
        )

        return return_in
