from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_report_out_status import UnitReportOutStatus

if TYPE_CHECKING:
    from ..models.attachment_out import AttachmentOut
    from ..models.figures_out import FiguresOut
    from ..models.task_line import TaskLine


T = TypeVar("T", bound="UnitReportOut")


@_attrs_define
class UnitReportOut:
    """A unit's report for a reporting period.

    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The report's id.
        period_id (UUID): The reporting period.
        plan_id (UUID): The plan.
        unit_id (UUID): The reporting unit.
        unit_name (str): The unit's name.
        period_label (str): The period's name.
        due_on (datetime.date): The day the report is due (the period's).
        status (UnitReportOutStatus): draft (being written), submitted, accepted, or returned (to correct and submit
            again).
        task_lines (list[TaskLine]): A line per task the unit works on in the plan.
        figures (list[FiguresOut]): Propagation figures, a row per channel of the plan.
        difficulties (str): Difficulties and shortcomings; empty when none written.
        proposals (str): Proposals and recommendations; empty when none written.
        submitted_at (datetime.datetime | None): When it was last submitted (UTC); null while never submitted.
        submitted_on (datetime.date | None): The day (in the plan's calendar) it was first submitted, the day lateness
            is judged by.
        late (bool): First submitted after the due day.
        submitted_by (None | str): Who last submitted it, as the audit log names the actor; null while never submitted.
        review_comment (None | str): The coordinator's comment when returned; null otherwise.
        reviewed_at (datetime.datetime | None): When it was last accepted or returned (UTC); null before.
        reviewed_by (None | str): Who accepted or returned it; null before.
        attachments (list[AttachmentOut]): Files attached, oldest first.
    """

    etag: str
    id: UUID
    period_id: UUID
    plan_id: UUID
    unit_id: UUID
    unit_name: str
    period_label: str
    due_on: datetime.date
    status: UnitReportOutStatus
    task_lines: list[TaskLine]
    figures: list[FiguresOut]
    difficulties: str
    proposals: str
    submitted_at: datetime.datetime | None
    submitted_on: datetime.date | None
    late: bool
    submitted_by: None | str
    review_comment: None | str
    reviewed_at: datetime.datetime | None
    reviewed_by: None | str
    attachments: list[AttachmentOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        period_id = str(self.period_id)

        plan_id = str(self.plan_id)

        unit_id = str(self.unit_id)

        unit_name = self.unit_name

        period_label = self.period_label

        due_on = self.due_on.isoformat()

        status = self.status.value

        task_lines = []
        for task_lines_item_data in self.task_lines:
            task_lines_item = task_lines_item_data.to_dict()
            task_lines.append(task_lines_item)

        figures = []
        for figures_item_data in self.figures:
            figures_item = figures_item_data.to_dict()
            figures.append(figures_item)

        difficulties = self.difficulties

        proposals = self.proposals

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        submitted_on: None | str
        if isinstance(self.submitted_on, datetime.date):
            submitted_on = self.submitted_on.isoformat()
        else:
            submitted_on = self.submitted_on

        late = self.late

        submitted_by: None | str
        submitted_by = self.submitted_by

        review_comment: None | str
        review_comment = self.review_comment

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        reviewed_by: None | str
        reviewed_by = self.reviewed_by

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "period_id": period_id,
                "plan_id": plan_id,
                "unit_id": unit_id,
                "unit_name": unit_name,
                "period_label": period_label,
                "due_on": due_on,
                "status": status,
                "task_lines": task_lines,
                "figures": figures,
                "difficulties": difficulties,
                "proposals": proposals,
                "submitted_at": submitted_at,
                "submitted_on": submitted_on,
                "late": late,
                "submitted_by": submitted_by,
                "review_comment": review_comment,
                "reviewed_at": reviewed_at,
                "reviewed_by": reviewed_by,
                "attachments": attachments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_out import AttachmentOut  # noqa: PLC0415
        from ..models.figures_out import FiguresOut  # noqa: PLC0415
        from ..models.task_line import TaskLine  # noqa: PLC0415

        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        period_id = UUID(d.pop("period_id"))

        plan_id = UUID(d.pop("plan_id"))

        unit_id = UUID(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        period_label = d.pop("period_label")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        status = UnitReportOutStatus(d.pop("status"))

        task_lines = []
        _task_lines = d.pop("task_lines")
        for task_lines_item_data in _task_lines:
            task_lines_item = TaskLine.from_dict(task_lines_item_data)

            task_lines.append(task_lines_item)

        figures = []
        _figures = d.pop("figures")
        for figures_item_data in _figures:
            figures_item = FiguresOut.from_dict(figures_item_data)

            figures.append(figures_item)

        difficulties = d.pop("difficulties")

        proposals = d.pop("proposals")

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        def _parse_submitted_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_on_type_0 = datetime.date.fromisoformat(data)

                return submitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        submitted_on = _parse_submitted_on(d.pop("submitted_on"))

        late = d.pop("late")

        def _parse_submitted_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        submitted_by = _parse_submitted_by(d.pop("submitted_by"))

        def _parse_review_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_comment = _parse_review_comment(d.pop("review_comment"))

        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))

        def _parse_reviewed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reviewed_by = _parse_reviewed_by(d.pop("reviewed_by"))

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = AttachmentOut.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        unit_report_out = cls(
            etag=etag,
            id=id,
            period_id=period_id,
            plan_id=plan_id,
            unit_id=unit_id,
            unit_name=unit_name,
            period_label=period_label,
            due_on=due_on,
            status=status,
            task_lines=task_lines,
            figures=figures,
            difficulties=difficulties,
            proposals=proposals,
            submitted_at=submitted_at,
            submitted_on=submitted_on,
            late=late,
            submitted_by=submitted_by,
            review_comment=review_comment,
            reviewed_at=reviewed_at,
            reviewed_by=reviewed_by,
            attachments=attachments,
        )

        unit_report_out.additional_properties = d
        return unit_report_out

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
