from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.milestone_anchor_side import MilestoneAnchorSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="MilestoneAnchor")


@_attrs_define
class MilestoneAnchor:
    """A milestone's start or end plus ``offset_days`` (negative: before it).

    Attributes:
        kind (Literal['milestone']): Always `milestone`: the date follows a milestone of the same plan and moves when it
            moves.
        milestone_id (UUID): The milestone (of the same plan) this date hangs on.
        side (MilestoneAnchorSide): Which end of the milestone's date range to count from: `start` (its first day, e.g.
            1 October for
            "tháng 10/2025") or `end` (its last day, 31 October).
        offset_days (int | Unset): Days added to that side: 0 is the day itself, 1 the day after ("từ sau đại hội"),
            negative days
            before it. Between -3660 and 3660. Default: 0.
    """

    kind: Literal["milestone"]
    milestone_id: UUID
    side: MilestoneAnchorSide
    offset_days: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        milestone_id = str(self.milestone_id)

        side = self.side.value

        offset_days = self.offset_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "milestone_id": milestone_id,
                "side": side,
            }
        )
        if offset_days is not UNSET:
            field_dict["offset_days"] = offset_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["milestone"], d.pop("kind"))
        if kind != "milestone":
            raise ValueError(f"kind must match const 'milestone', got '{kind}'")

        milestone_id = UUID(d.pop("milestone_id"))

        side = MilestoneAnchorSide(d.pop("side"))

        offset_days = d.pop("offset_days", UNSET)

        milestone_anchor = cls(
            kind=kind,
            milestone_id=milestone_id,
            side=side,
            offset_days=offset_days,
        )

        return milestone_anchor
