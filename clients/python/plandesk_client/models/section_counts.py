from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.section_counts_by_status import SectionCountsByStatus


T = TypeVar("T", bound="SectionCounts")


@_attrs_define
class SectionCounts:
    """How many submissions a section drew, per status.

    Attributes:
        section_id (None | UUID): The section; null for opinions on the whole draft.
        number (None | str): The section's number; null for the whole draft.
        heading (None | str): The section's heading; null for the whole draft.
        total (int): Submissions on this section.
        by_status (SectionCountsByStatus): Count per feedback status (received, in_review, accepted, …); statuses with
            none are absent.
    """

    section_id: None | UUID
    number: None | str
    heading: None | str
    total: int
    by_status: SectionCountsByStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        section_id: None | str
        if isinstance(self.section_id, UUID):
            section_id = str(self.section_id)
        else:
            section_id = self.section_id

        number: None | str
        number = self.number

        heading: None | str
        heading = self.heading

        total = self.total

        by_status = self.by_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "section_id": section_id,
                "number": number,
                "heading": heading,
                "total": total,
                "by_status": by_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.section_counts_by_status import SectionCountsByStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_section_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                section_id_type_0 = UUID(data)

                return section_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        section_id = _parse_section_id(d.pop("section_id"))

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))

        def _parse_heading(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        heading = _parse_heading(d.pop("heading"))

        total = d.pop("total")

        by_status = SectionCountsByStatus.from_dict(d.pop("by_status"))

        section_counts = cls(
            section_id=section_id,
            number=number,
            heading=heading,
            total=total,
            by_status=by_status,
        )

        section_counts.additional_properties = d
        return section_counts

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
