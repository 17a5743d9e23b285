from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RebaselineIn")


@_attrs_define
class RebaselineIn:
    """A new baseline of the plan as it stands now.

    Attributes:
        reason (str): Why the plan is re-baselined, kept with the baseline and in the audit log; 3–2000 characters.
    """

    reason: str

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        rebaseline_in = cls(
            reason=reason,
        )

        return rebaseline_in
