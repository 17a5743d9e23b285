from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixed_date import FixedDate
    from ..models.milestone_anchor import MilestoneAnchor


T = TypeVar("T", bound="TaskUpdate")


@_attrs_define
class TaskUpdate:
    """Fields to change. Sending ``supporting_unit_ids`` and/or ``supporting_group_ids``
    replaces the supporting units; assignments of units no longer named are removed.

        Attributes:
            title (None | str | Unset): What the unit must do, as the plan words it ("Mở chuyên trang, chuyên mục tuyên
                truyền đại hội"),
                1–1000 characters.
            body (None | str | Unset): The task's full text from the plan, with its details and conditions; empty when the
                title says it
                all. At most 20,000 characters.
            source_section (None | str | Unset): Where the task stands in the plan document ("IV.1": section IV, item 1), to
                find it in the
                original; at most 32 characters.
            phase_id (None | Unset | UUID): The phase (of the same plan) the task belongs to; null when it runs across
                phases.
            lead_unit_id (None | Unset | UUID): Give the task a new lead unit: its assignment becomes `lead`, the former
                lead's is removed with
                its history. Only for tasks with a lead unit.
            supporting_unit_ids (list[UUID] | None | Unset): Units that support the lead (phối hợp), each with its own
                `support` assignment; at most 500.
            supporting_group_ids (list[UUID] | None | Unset): Unit groups whose active member units all support the task,
                each with a `support` assignment; at
                most 100.
            due (FixedDate | MilestoneAnchor | None | Unset): The deadline ("tiến độ: xong trước 15/4/2025"): a fixed date,
                or a milestone side plus offset
                days so it follows the milestone when it moves. Null: no deadline.
            channel_ids (list[UUID] | None | Unset): The plan's channels (forms of communication) the task uses; at most
                100.
    """

    title: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    source_section: None | str | Unset = UNSET
    phase_id: None | Unset | UUID = UNSET
    lead_unit_id: None | Unset | UUID = UNSET
    supporting_unit_ids: list[UUID] | None | Unset = UNSET
    supporting_group_ids: list[UUID] | None | Unset = UNSET
    due: FixedDate | MilestoneAnchor | None | Unset = UNSET
    channel_ids: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_date import FixedDate  # noqa: PLC0415
        from ..models.milestone_anchor import MilestoneAnchor  # noqa: PLC0415

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        source_section: None | str | Unset
        if isinstance(self.source_section, Unset):
            source_section = UNSET
        else:
            source_section = self.source_section

        phase_id: None | str | Unset
        if isinstance(self.phase_id, Unset):
            phase_id = UNSET
        elif isinstance(self.phase_id, UUID):
            phase_id = str(self.phase_id)
        else:
            phase_id = self.phase_id

        lead_unit_id: None | str | Unset
        if isinstance(self.lead_unit_id, Unset):
            lead_unit_id = UNSET
        elif isinstance(self.lead_unit_id, UUID):
            lead_unit_id = str(self.lead_unit_id)
        else:
            lead_unit_id = self.lead_unit_id

        supporting_unit_ids: list[str] | None | Unset
        if isinstance(self.supporting_unit_ids, Unset):
            supporting_unit_ids = UNSET
        elif isinstance(self.supporting_unit_ids, list):
            supporting_unit_ids = []
            for supporting_unit_ids_type_0_item_data in self.supporting_unit_ids:
                supporting_unit_ids_type_0_item = str(supporting_unit_ids_type_0_item_data)
                supporting_unit_ids.append(supporting_unit_ids_type_0_item)

        else:
            supporting_unit_ids = self.supporting_unit_ids

        supporting_group_ids: list[str] | None | Unset
        if isinstance(self.supporting_group_ids, Unset):
            supporting_group_ids = UNSET
        elif isinstance(self.supporting_group_ids, list):
            supporting_group_ids = []
            for supporting_group_ids_type_0_item_data in self.supporting_group_ids:
                supporting_group_ids_type_0_item = str(supporting_group_ids_type_0_item_data)
                supporting_group_ids.append(supporting_group_ids_type_0_item)

        else:
            supporting_group_ids = self.supporting_group_ids

        due: dict[str, Any] | None | Unset
        if isinstance(self.due, Unset):
            due = UNSET
        elif isinstance(self.due, FixedDate):
            due = self.due.to_dict()
        elif isinstance(self.due, MilestoneAnchor):
            due = self.due.to_dict()
        else:
            due = self.due

        channel_ids: list[str] | None | Unset
        if isinstance(self.channel_ids, Unset):
            channel_ids = UNSET
        elif isinstance(self.channel_ids, list):
            channel_ids = []
            for channel_ids_type_0_item_data in self.channel_ids:
                channel_ids_type_0_item = str(channel_ids_type_0_item_data)
                channel_ids.append(channel_ids_type_0_item)

        else:
            channel_ids = self.channel_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if source_section is not UNSET:
            field_dict["source_section"] = source_section
        if phase_id is not UNSET:
            field_dict["phase_id"] = phase_id
        if lead_unit_id is not UNSET:
            field_dict["lead_unit_id"] = lead_unit_id
        if supporting_unit_ids is not UNSET:
            field_dict["supporting_unit_ids"] = supporting_unit_ids
        if supporting_group_ids is not UNSET:
            field_dict["supporting_group_ids"] = supporting_group_ids
        if due is not UNSET:
            field_dict["due"] = due
        if channel_ids is not UNSET:
            field_dict["channel_ids"] = channel_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fixed_date import FixedDate  # noqa: PLC0415
        from ..models.milestone_anchor import MilestoneAnchor  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_source_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_section = _parse_source_section(d.pop("source_section", UNSET))

        def _parse_phase_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_id_type_0 = UUID(data)

                return phase_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        phase_id = _parse_phase_id(d.pop("phase_id", UNSET))

        def _parse_lead_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lead_unit_id_type_0 = UUID(data)

                return lead_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        lead_unit_id = _parse_lead_unit_id(d.pop("lead_unit_id", UNSET))

        def _parse_supporting_unit_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supporting_unit_ids_type_0 = []
                _supporting_unit_ids_type_0 = data
                for supporting_unit_ids_type_0_item_data in _supporting_unit_ids_type_0:
                    supporting_unit_ids_type_0_item = UUID(supporting_unit_ids_type_0_item_data)

                    supporting_unit_ids_type_0.append(supporting_unit_ids_type_0_item)

                return supporting_unit_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        supporting_unit_ids = _parse_supporting_unit_ids(d.pop("supporting_unit_ids", UNSET))

        def _parse_supporting_group_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supporting_group_ids_type_0 = []
                _supporting_group_ids_type_0 = data
                for supporting_group_ids_type_0_item_data in _supporting_group_ids_type_0:
                    supporting_group_ids_type_0_item = UUID(supporting_group_ids_type_0_item_data)

                    supporting_group_ids_type_0.append(supporting_group_ids_type_0_item)

                return supporting_group_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        supporting_group_ids = _parse_supporting_group_ids(d.pop("supporting_group_ids", UNSET))

        def _parse_due(data: object) -> FixedDate | MilestoneAnchor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_type_0_type_0 = FixedDate.from_dict(data)

                return due_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_type_0_type_1 = MilestoneAnchor.from_dict(data)

                return due_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FixedDate | MilestoneAnchor | None | Unset, data)

        due = _parse_due(d.pop("due", UNSET))

        def _parse_channel_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                channel_ids_type_0 = []
                _channel_ids_type_0 = data
                for channel_ids_type_0_item_data in _channel_ids_type_0:
                    channel_ids_type_0_item = UUID(channel_ids_type_0_item_data)

                    channel_ids_type_0.append(channel_ids_type_0_item)

                return channel_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        channel_ids = _parse_channel_ids(d.pop("channel_ids", UNSET))

        task_update = cls(
            title=title,
            body=body,
            source_section=source_section,
            phase_id=phase_id,
            lead_unit_id=lead_unit_id,
            supporting_unit_ids=supporting_unit_ids,
            supporting_group_ids=supporting_group_ids,
            due=due,
            channel_ids=channel_ids,
        )

        return task_update
