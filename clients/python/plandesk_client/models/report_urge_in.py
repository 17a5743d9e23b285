from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportUrgeIn")


@_attrs_define
class ReportUrgeIn:
    """A reminder ("đôn đốc") to the units that have not reported.

    Attributes:
        message (str | Unset): The reminder's text, 1–2000 characters. Default: 'Đề nghị đơn vị gửi báo cáo đúng thời
            hạn.'.
        unit_ids (list[UUID] | None | Unset): Default: every unit whose report is missing
    """

    message: str | Unset = "Đề nghị đơn vị gửi báo cáo đúng thời hạn."
    unit_ids: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        unit_ids: list[str] | None | Unset
        if isinstance(self.unit_ids, Unset):
            unit_ids = UNSET
        elif isinstance(self.unit_ids, list):
            unit_ids = []
            for unit_ids_type_0_item_data in self.unit_ids:
                unit_ids_type_0_item = str(unit_ids_type_0_item_data)
                unit_ids.append(unit_ids_type_0_item)

        else:
            unit_ids = self.unit_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if unit_ids is not UNSET:
            field_dict["unit_ids"] = unit_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        def _parse_unit_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unit_ids_type_0 = []
                _unit_ids_type_0 = data
                for unit_ids_type_0_item_data in _unit_ids_type_0:
                    unit_ids_type_0_item = UUID(unit_ids_type_0_item_data)

                    unit_ids_type_0.append(unit_ids_type_0_item)

                return unit_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        unit_ids = _parse_unit_ids(d.pop("unit_ids", UNSET))

        report_urge_in = cls(
            message=message,
            unit_ids=unit_ids,
        )

        return report_urge_in
