from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.public_synthesis_out_by_channel import PublicSynthesisOutByChannel
    from ..models.public_synthesis_out_by_group import PublicSynthesisOutByGroup
    from ..models.public_synthesis_out_by_status import PublicSynthesisOutByStatus
    from ..models.section_counts import SectionCounts


T = TypeVar("T", bound="PublicSynthesisOut")


@_attrs_define
class PublicSynthesisOut:
    """A published synthesis: counts only, never an opinion's text or its sender.

    Attributes:
        consultation_id (UUID): The consultation.
        title (str): Its title.
        document_title (str): The title of the draft consulted on.
        opens_at (datetime.datetime): Start of the feedback window (UTC).
        closes_at (datetime.datetime): End of the feedback window (UTC, exclusive).
        published_at (datetime.datetime): When the coordinator published these counts (UTC).
        total (int): All submissions received.
        by_status (PublicSynthesisOutByStatus): Count per feedback status (received, in_review, accepted, …); statuses
            with none are absent.
        by_group (PublicSynthesisOutByGroup): Count per contributor group (citizen, expert, veteran, …).
        by_channel (PublicSynthesisOutByChannel): Count per channel (web, mobile, meeting, letter, phone).
        by_section (list[SectionCounts]): Counts per section: every section of the version consulted on, in reading
            order (with none too), then the opinions on the whole draft (section_id null) if any.
    """

    consultation_id: UUID
    title: str
    document_title: str
    opens_at: datetime.datetime
    closes_at: datetime.datetime
    published_at: datetime.datetime
    total: int
    by_status: PublicSynthesisOutByStatus
    by_group: PublicSynthesisOutByGroup
    by_channel: PublicSynthesisOutByChannel
    by_section: list[SectionCounts]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consultation_id = str(self.consultation_id)

        title = self.title

        document_title = self.document_title

        opens_at = self.opens_at.isoformat()

        closes_at = self.closes_at.isoformat()

        published_at = self.published_at.isoformat()

        total = self.total

        by_status = self.by_status.to_dict()

        by_group = self.by_group.to_dict()

        by_channel = self.by_channel.to_dict()

        by_section = []
        for by_section_item_data in self.by_section:
            by_section_item = by_section_item_data.to_dict()
            by_section.append(by_section_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "consultation_id": consultation_id,
                "title": title,
                "document_title": document_title,
                "opens_at": opens_at,
                "closes_at": closes_at,
                "published_at": published_at,
                "total": total,
                "by_status": by_status,
                "by_group": by_group,
                "by_channel": by_channel,
                "by_section": by_section,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_synthesis_out_by_channel import PublicSynthesisOutByChannel  # noqa: PLC0415
        from ..models.public_synthesis_out_by_group import PublicSynthesisOutByGroup  # noqa: PLC0415
        from ..models.public_synthesis_out_by_status import PublicSynthesisOutByStatus  # noqa: PLC0415
        from ..models.section_counts import SectionCounts  # noqa: PLC0415

        d = dict(src_dict)
        consultation_id = UUID(d.pop("consultation_id"))

        title = d.pop("title")

        document_title = d.pop("document_title")

        opens_at = datetime.datetime.fromisoformat(d.pop("opens_at"))

        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        total = d.pop("total")

        by_status = PublicSynthesisOutByStatus.from_dict(d.pop("by_status"))

        by_group = PublicSynthesisOutByGroup.from_dict(d.pop("by_group"))

        by_channel = PublicSynthesisOutByChannel.from_dict(d.pop("by_channel"))

        by_section = []
        _by_section = d.pop("by_section")
        for by_section_item_data in _by_section:
            by_section_item = SectionCounts.from_dict(by_section_item_data)

            by_section.append(by_section_item)

        public_synthesis_out = cls(
            consultation_id=consultation_id,
            title=title,
            document_title=document_title,
            opens_at=opens_at,
            closes_at=closes_at,
            published_at=published_at,
            total=total,
            by_status=by_status,
            by_group=by_group,
            by_channel=by_channel,
            by_section=by_section,
        )

        public_synthesis_out.additional_properties = d
        return public_synthesis_out

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
