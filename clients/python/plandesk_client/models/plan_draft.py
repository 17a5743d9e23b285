from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_draft import ChannelDraft
    from ..models.import_warning import ImportWarning_
    from ..models.legal_basis_draft import LegalBasisDraft
    from ..models.milestone_draft import MilestoneDraft
    from ..models.phase_draft import PhaseDraft
    from ..models.plan_draft_field_lines import PlanDraftFieldLines
    from ..models.task_draft import TaskDraft
    from ..models.unit_draft import UnitDraft


T = TypeVar("T", bound="PlanDraft")


@_attrs_define
class PlanDraft:
    """Everything a plan document says, ready for review and import.

    ``code`` and ``title`` are ``None`` when the document does not show them
    (a ``missing`` warning then says where they were expected): the draft is
    still shown, and the coordinator fills them in before saving.

        Attributes:
            source_lines (list[int]): First and last line (1-based) of the whole document.
            code (None | str | Unset): The plan's number ("148-KH/TU"); null when the document does not show it.
            title (None | str | Unset): The plan's title; null when the document does not show it.
            issuing_body (None | str | Unset): The body that issued the plan ("Ban Thường vụ Tỉnh ủy"); null when not found.
            place (None | str | Unset): The place in the date line ("Đắk Lắk"); null when not found.
            issued_on (datetime.date | None | Unset): The date the plan was signed (ISO 8601); null when not found.
            signer_name (None | str | Unset): Who signed the plan; null when the signature block was not found.
            signer_title (None | str | Unset): The signer's title ("Phó Bí thư Thường trực"); null when not found.
            legal_bases (list[LegalBasisDraft] | Unset): The documents the plan is based on ("Căn cứ …").
            purposes (list[str] | Unset): The plan's purposes ("Mục đích"), one paragraph each.
            requirements (list[str] | Unset): The plan's requirements ("Yêu cầu"), one paragraph each.
            recipients (list[str] | Unset): Who the plan is sent to ("Nơi nhận"), one entry each.
            milestones (list[MilestoneDraft] | Unset): The events and deadlines the document names, which windows and
                deadlines hang on.
            phases (list[PhaseDraft] | Unset): The phases and sub-phases, in document order.
            channels (list[ChannelDraft] | Unset): The forms of communication and their items.
            units (list[UnitDraft] | Unset): Every unit and unit group the document names.
            tasks (list[TaskDraft] | Unset): The tasks of the implementation section, one per unit entry.
            field_lines (PlanDraftFieldLines | Unset): Where each header item (code, title, issued_on, issuer, signer) was
                read
            warnings (list[ImportWarning_] | Unset): Warnings on the document as a whole (each item carries its own).
    """

    source_lines: list[int]
    code: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    issuing_body: None | str | Unset = UNSET
    place: None | str | Unset = UNSET
    issued_on: datetime.date | None | Unset = UNSET
    signer_name: None | str | Unset = UNSET
    signer_title: None | str | Unset = UNSET
    legal_bases: list[LegalBasisDraft] | Unset = UNSET
    purposes: list[str] | Unset = UNSET
    requirements: list[str] | Unset = UNSET
    recipients: list[str] | Unset = UNSET
    milestones: list[MilestoneDraft] | Unset = UNSET
    phases: list[PhaseDraft] | Unset = UNSET
    channels: list[ChannelDraft] | Unset = UNSET
    units: list[UnitDraft] | Unset = UNSET
    tasks: list[TaskDraft] | Unset = UNSET
    field_lines: PlanDraftFieldLines | Unset = UNSET
    warnings: list[ImportWarning_] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        source_lines = []
        for source_lines_item_data in self.source_lines:
            source_lines_item: int
            source_lines_item = source_lines_item_data
            source_lines.append(source_lines_item)

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        issuing_body: None | str | Unset
        if isinstance(self.issuing_body, Unset):
            issuing_body = UNSET
        else:
            issuing_body = self.issuing_body

        place: None | str | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        else:
            place = self.place

        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        signer_name: None | str | Unset
        if isinstance(self.signer_name, Unset):
            signer_name = UNSET
        else:
            signer_name = self.signer_name

        signer_title: None | str | Unset
        if isinstance(self.signer_title, Unset):
            signer_title = UNSET
        else:
            signer_title = self.signer_title

        legal_bases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.legal_bases, Unset):
            legal_bases = []
            for legal_bases_item_data in self.legal_bases:
                legal_bases_item = legal_bases_item_data.to_dict()
                legal_bases.append(legal_bases_item)

        purposes: list[str] | Unset = UNSET
        if not isinstance(self.purposes, Unset):
            purposes = self.purposes

        requirements: list[str] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        milestones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.milestones, Unset):
            milestones = []
            for milestones_item_data in self.milestones:
                milestones_item = milestones_item_data.to_dict()
                milestones.append(milestones_item)

        phases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phases, Unset):
            phases = []
            for phases_item_data in self.phases:
                phases_item = phases_item_data.to_dict()
                phases.append(phases_item)

        channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.to_dict()
                channels.append(channels_item)

        units: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.units, Unset):
            units = []
            for units_item_data in self.units:
                units_item = units_item_data.to_dict()
                units.append(units_item)

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_lines, Unset):
            field_lines = self.field_lines.to_dict()

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_lines": source_lines,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if issuing_body is not UNSET:
            field_dict["issuing_body"] = issuing_body
        if place is not UNSET:
            field_dict["place"] = place
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on
        if signer_name is not UNSET:
            field_dict["signer_name"] = signer_name
        if signer_title is not UNSET:
            field_dict["signer_title"] = signer_title
        if legal_bases is not UNSET:
            field_dict["legal_bases"] = legal_bases
        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        if requirements is not UNSET:
            field_dict["requirements"] = requirements
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if milestones is not UNSET:
            field_dict["milestones"] = milestones
        if phases is not UNSET:
            field_dict["phases"] = phases
        if channels is not UNSET:
            field_dict["channels"] = channels
        if units is not UNSET:
            field_dict["units"] = units
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if field_lines is not UNSET:
            field_dict["field_lines"] = field_lines
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_draft import ChannelDraft  # noqa: PLC0415
        from ..models.import_warning import ImportWarning_  # noqa: PLC0415
        from ..models.legal_basis_draft import LegalBasisDraft  # noqa: PLC0415
        from ..models.milestone_draft import MilestoneDraft  # noqa: PLC0415
        from ..models.phase_draft import PhaseDraft  # noqa: PLC0415
        from ..models.plan_draft_field_lines import PlanDraftFieldLines  # noqa: PLC0415
        from ..models.task_draft import TaskDraft  # noqa: PLC0415
        from ..models.unit_draft import UnitDraft  # noqa: PLC0415

        d = dict(src_dict)
        source_lines = []
        _source_lines = d.pop("source_lines")
        for source_lines_item_data in _source_lines:

            def _parse_source_lines_item(data: object) -> int:
                return cast(int, data)

            source_lines_item = _parse_source_lines_item(source_lines_item_data)

            source_lines.append(source_lines_item)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_issuing_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuing_body = _parse_issuing_body(d.pop("issuing_body", UNSET))

        def _parse_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place = _parse_place(d.pop("place", UNSET))

        def _parse_issued_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.date.fromisoformat(data)

                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        issued_on = _parse_issued_on(d.pop("issued_on", UNSET))

        def _parse_signer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signer_name = _parse_signer_name(d.pop("signer_name", UNSET))

        def _parse_signer_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signer_title = _parse_signer_title(d.pop("signer_title", UNSET))

        _legal_bases = d.pop("legal_bases", UNSET)
        legal_bases: list[LegalBasisDraft] | Unset = UNSET
        if _legal_bases is not UNSET:
            legal_bases = []
            for legal_bases_item_data in _legal_bases:
                legal_bases_item = LegalBasisDraft.from_dict(legal_bases_item_data)

                legal_bases.append(legal_bases_item)

        purposes = cast(list[str], d.pop("purposes", UNSET))

        requirements = cast(list[str], d.pop("requirements", UNSET))

        recipients = cast(list[str], d.pop("recipients", UNSET))

        _milestones = d.pop("milestones", UNSET)
        milestones: list[MilestoneDraft] | Unset = UNSET
        if _milestones is not UNSET:
            milestones = []
            for milestones_item_data in _milestones:
                milestones_item = MilestoneDraft.from_dict(milestones_item_data)

                milestones.append(milestones_item)

        _phases = d.pop("phases", UNSET)
        phases: list[PhaseDraft] | Unset = UNSET
        if _phases is not UNSET:
            phases = []
            for phases_item_data in _phases:
                phases_item = PhaseDraft.from_dict(phases_item_data)

                phases.append(phases_item)

        _channels = d.pop("channels", UNSET)
        channels: list[ChannelDraft] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = ChannelDraft.from_dict(channels_item_data)

                channels.append(channels_item)

        _units = d.pop("units", UNSET)
        units: list[UnitDraft] | Unset = UNSET
        if _units is not UNSET:
            units = []
            for units_item_data in _units:
                units_item = UnitDraft.from_dict(units_item_data)

                units.append(units_item)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[TaskDraft] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = TaskDraft.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _field_lines = d.pop("field_lines", UNSET)
        field_lines: PlanDraftFieldLines | Unset
        if isinstance(_field_lines, Unset):
            field_lines = UNSET
        else:
            field_lines = PlanDraftFieldLines.from_dict(_field_lines)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[ImportWarning_] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = ImportWarning_.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        plan_draft = cls(
            source_lines=source_lines,
            code=code,
            title=title,
            issuing_body=issuing_body,
            place=place,
            issued_on=issued_on,
            signer_name=signer_name,
            signer_title=signer_title,
            legal_bases=legal_bases,
            purposes=purposes,
            requirements=requirements,
            recipients=recipients,
            milestones=milestones,
            phases=phases,
            channels=channels,
            units=units,
            tasks=tasks,
            field_lines=field_lines,
            warnings=warnings,
        )

        return plan_draft
