from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.assignment_update_status_type_0 import AssignmentUpdateStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignmentUpdate")


@_attrs_define
class AssignmentUpdate:
    """
    Attributes:
        status (AssignmentUpdateStatusType0 | None | Unset): The new status: `not_started` (nothing reported yet),
            `in_progress` (work under way), `done`
            (finished; counts as on time when done by the due date), `blocked` (cannot go on: the note says
            why) or `cancelled` (no longer required; left out of every count). Null leaves it as is; give a
            status or a percent.
        percent (int | None | Unset): The new percent done, 0–100; null leaves it as is.
    """

    status: AssignmentUpdateStatusType0 | None | Unset = UNSET
    percent: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AssignmentUpdateStatusType0):
            status = self.status.value
        else:
            status = self.status

        percent: int | None | Unset
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if percent is not UNSET:
            field_dict["percent"] = percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> AssignmentUpdateStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = AssignmentUpdateStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssignmentUpdateStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        percent = _parse_percent(d.pop("percent", UNSET))

        assignment_update = cls(
            status=status,
            percent=percent,
        )

        return assignment_update
