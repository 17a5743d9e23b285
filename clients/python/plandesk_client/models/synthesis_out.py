from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cluster_out import ClusterOut
    from ..models.day_count import DayCount
    from ..models.section_counts import SectionCounts
    from ..models.synthesis_out_by_channel import SynthesisOutByChannel
    from ..models.synthesis_out_by_group import SynthesisOutByGroup
    from ..models.synthesis_out_by_status import SynthesisOutByStatus
    from ..models.tag_count import TagCount


T = TypeVar("T", bound="SynthesisOut")


@_attrs_define
class SynthesisOut:
    """The synthesis of a consultation's feedback, computed now (staff only).

    Attributes:
        consultation_id (UUID): The consultation.
        total (int): All its submissions.
        by_status (SynthesisOutByStatus): Count per feedback status (received, in_review, accepted, …); statuses with
            none are absent.
        by_section (list[SectionCounts]): Counts per section: every section of the version consulted on, in reading
            order (with none too), then the opinions on the whole draft (section_id null) if any.
        by_group (SynthesisOutByGroup): Count per contributor group (citizen, expert, veteran, …).
        by_channel (SynthesisOutByChannel): Count per channel (web, mobile, meeting, letter, phone).
        by_day (list[DayCount]): Submissions per day, oldest first.
        top_tags (list[TagCount]): The most used tags, most used first.
        largest_clusters (list[ClusterOut]): The largest near-duplicate clusters, largest first.
        awaiting_clustering (int): Submissions not yet compared for near-duplicates
        generated_at (datetime.datetime): When these counts were taken (UTC).
    """

    consultation_id: UUID
    total: int
    by_status: SynthesisOutByStatus
    by_section: list[SectionCounts]
    by_group: SynthesisOutByGroup
    by_channel: SynthesisOutByChannel
    by_day: list[DayCount]
    top_tags: list[TagCount]
    largest_clusters: list[ClusterOut]
    awaiting_clustering: int
    generated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consultation_id = str(self.consultation_id)

        total = self.total

        by_status = self.by_status.to_dict()

        by_section = []
        for by_section_item_data in self.by_section:
            by_section_item = by_section_item_data.to_dict()
            by_section.append(by_section_item)

        by_group = self.by_group.to_dict()

        by_channel = self.by_channel.to_dict()

        by_day = []
        for by_day_item_data in self.by_day:
            by_day_item = by_day_item_data.to_dict()
            by_day.append(by_day_item)

        top_tags = []
        for top_tags_item_data in self.top_tags:
            top_tags_item = top_tags_item_data.to_dict()
            top_tags.append(top_tags_item)

        largest_clusters = []
        for largest_clusters_item_data in self.largest_clusters:
            largest_clusters_item = largest_clusters_item_data.to_dict()
            largest_clusters.append(largest_clusters_item)

        awaiting_clustering = self.awaiting_clustering

        generated_at = self.generated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "consultation_id": consultation_id,
                "total": total,
                "by_status": by_status,
                "by_section": by_section,
                "by_group": by_group,
                "by_channel": by_channel,
                "by_day": by_day,
                "top_tags": top_tags,
                "largest_clusters": largest_clusters,
                "awaiting_clustering": awaiting_clustering,
                "generated_at": generated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_out import ClusterOut  # noqa: PLC0415
        from ..models.day_count import DayCount  # noqa: PLC0415
        from ..models.section_counts import SectionCounts  # noqa: PLC0415
        from ..models.synthesis_out_by_channel import SynthesisOutByChannel  # noqa: PLC0415
        from ..models.synthesis_out_by_group import SynthesisOutByGroup  # noqa: PLC0415
        from ..models.synthesis_out_by_status import SynthesisOutByStatus  # noqa: PLC0415
        from ..models.tag_count import TagCount  # noqa: PLC0415

        d = dict(src_dict)
        consultation_id = UUID(d.pop("consultation_id"))

        total = d.pop("total")

        by_status = SynthesisOutByStatus.from_dict(d.pop("by_status"))

        by_section = []
        _by_section = d.pop("by_section")
        for by_section_item_data in _by_section:
            by_section_item = SectionCounts.from_dict(by_section_item_data)

            by_section.append(by_section_item)

        by_group = SynthesisOutByGroup.from_dict(d.pop("by_group"))

        by_channel = SynthesisOutByChannel.from_dict(d.pop("by_channel"))

        by_day = []
        _by_day = d.pop("by_day")
        for by_day_item_data in _by_day:
            by_day_item = DayCount.from_dict(by_day_item_data)

            by_day.append(by_day_item)

        top_tags = []
        _top_tags = d.pop("top_tags")
        for top_tags_item_data in _top_tags:
            top_tags_item = TagCount.from_dict(top_tags_item_data)

            top_tags.append(top_tags_item)

        largest_clusters = []
        _largest_clusters = d.pop("largest_clusters")
        for largest_clusters_item_data in _largest_clusters:
            largest_clusters_item = ClusterOut.from_dict(largest_clusters_item_data)

            largest_clusters.append(largest_clusters_item)

        awaiting_clustering = d.pop("awaiting_clustering")

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        synthesis_out = cls(
            consultation_id=consultation_id,
            total=total,
            by_status=by_status,
            by_section=by_section,
            by_group=by_group,
            by_channel=by_channel,
            by_day=by_day,
            top_tags=top_tags,
            largest_clusters=largest_clusters,
            awaiting_clustering=awaiting_clustering,
            generated_at=generated_at,
        )

        synthesis_out.additional_properties = d
        return synthesis_out

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
