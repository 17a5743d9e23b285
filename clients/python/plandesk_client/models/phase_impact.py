from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.date_change import DateChange


T = TypeVar("T", bound="PhaseImpact")


@_attrs_define
class PhaseImpact:
    """
    Attributes:
        id (UUID): The phase whose window would move.
        label (str): The phase's label ("II", "3.1").
        title (str): The phase's title.
        start_date (DateChange):
        end_date (DateChange):
    """

    id: UUID
    label: str
    title: str
    start_date: DateChange
    end_date: DateChange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        label = self.label

        title = self.title

        start_date = self.start_date.to_dict()

        end_date = self.end_date.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "title": title,
                "start_date": start_date,
                "end_date": end_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_change import DateChange  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        label = d.pop("label")

        title = d.pop("title")

        start_date = DateChange.from_dict(d.pop("start_date"))

        end_date = DateChange.from_dict(d.pop("end_date"))

        phase_impact = cls(
            id=id,
            label=label,
            title=title,
            start_date=start_date,
            end_date=end_date,
        )

        phase_impact.additional_properties = d
        return phase_impact

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
