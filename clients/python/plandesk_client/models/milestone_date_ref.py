from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.milestone_date_ref_side import MilestoneDateRefSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="MilestoneDateRef")


@_attrs_define
class MilestoneDateRef:
    """A window end or deadline hanging on a milestone: its start or end, plus days.

    Attributes:
        milestone_key (str): The key of the milestone in the draft's `milestones`.
        side (MilestoneDateRefSide): Which end of the milestone's period: `start` or `end`.
        kind (Literal['milestone'] | Unset): Always `milestone`: the date hangs on a milestone of the draft. Default:
            'milestone'.
        offset_days (int | Unset): Days after (positive) or before (negative) that side; 0: on it. Default: 0.
    """

    milestone_key: str
    side: MilestoneDateRefSide
    kind: Literal["milestone"] | Unset = "milestone"
    offset_days: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        milestone_key = self.milestone_key

        side = self.side.value

        kind = self.kind

        offset_days = self.offset_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "milestone_key": milestone_key,
                "side": side,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if offset_days is not UNSET:
            field_dict["offset_days"] = offset_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        milestone_key = d.pop("milestone_key")

        side = MilestoneDateRefSide(d.pop("side"))

        kind = cast(Literal["milestone"] | Unset, d.pop("kind", UNSET))
        if kind != "milestone" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'milestone', got '{kind}'")

        offset_days = d.pop("offset_days", UNSET)

        milestone_date_ref = cls(
            milestone_key=milestone_key,
            side=side,
            kind=kind,
            offset_days=offset_days,
        )

        return milestone_date_ref
