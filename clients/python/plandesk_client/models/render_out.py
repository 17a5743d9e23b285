from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.render_out_format import RenderOutFormat
from ..models.render_out_state import RenderOutState
from ..models.render_out_subject_type import RenderOutSubjectType

T = TypeVar("T", bound="RenderOut")


@_attrs_define
class RenderOut:
    """A document being made, or made: a review or unit report as DOCX or PDF.

    Attributes:
        id (UUID): The render's id: poll GET /api/v1/report-renders/{id}.
        plan_id (UUID): The plan of the document.
        subject_type (RenderOutSubjectType): What is rendered.
        subject_id (UUID): The review or unit report rendered.
        issue (int | None): The review's issued version rendered; null for the draft or a unit report.
        format_ (RenderOutFormat): docx or pdf.
        state (RenderOutState): queued, running, done (download it) or failed (see `error`).
        progress (int): 0–100
        stage (str): queued, assembling, typesetting, storing, done, retrying or failed
        error (None | str): Why the render failed; null otherwise.
        filename (None | str): The file's name once done; null before.
        size (int | None): Bytes, once done
        created_by (str): Who asked for it, as the audit log names the actor.
        created_at (datetime.datetime): When it was asked for (UTC).
        started_at (datetime.datetime | None): When rendering started (UTC); null while queued.
        finished_at (datetime.datetime | None): When it finished, done or failed (UTC); null before.
        download_url (None | str): Where to fetch the file once done
    """

    id: UUID
    plan_id: UUID
    subject_type: RenderOutSubjectType
    subject_id: UUID
    issue: int | None
    format_: RenderOutFormat
    state: RenderOutState
    progress: int
    stage: str
    error: None | str
    filename: None | str
    size: int | None
    created_by: str
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    download_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        plan_id = str(self.plan_id)

        subject_type = self.subject_type.value

        subject_id = str(self.subject_id)

        issue: int | None
        issue = self.issue

        format_ = self.format_.value

        state = self.state.value

        progress = self.progress

        stage = self.stage

        error: None | str
        error = self.error

        filename: None | str
        filename = self.filename

        size: int | None
        size = self.size

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        download_url: None | str
        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "plan_id": plan_id,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "issue": issue,
                "format": format_,
                "state": state,
                "progress": progress,
                "stage": stage,
                "error": error,
                "filename": filename,
                "size": size,
                "created_by": created_by,
                "created_at": created_at,
                "started_at": started_at,
                "finished_at": finished_at,
                "download_url": download_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        plan_id = UUID(d.pop("plan_id"))

        subject_type = RenderOutSubjectType(d.pop("subject_type"))

        subject_id = UUID(d.pop("subject_id"))

        def _parse_issue(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        issue = _parse_issue(d.pop("issue"))

        format_ = RenderOutFormat(d.pop("format"))

        state = RenderOutState(d.pop("state"))

        progress = d.pop("progress")

        stage = d.pop("stage")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        def _parse_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filename = _parse_filename(d.pop("filename"))

        def _parse_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        size = _parse_size(d.pop("size"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        def _parse_download_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        download_url = _parse_download_url(d.pop("download_url"))

        render_out = cls(
            id=id,
            plan_id=plan_id,
            subject_type=subject_type,
            subject_id=subject_id,
            issue=issue,
            format_=format_,
            state=state,
            progress=progress,
            stage=stage,
            error=error,
            filename=filename,
            size=size,
            created_by=created_by,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
            download_url=download_url,
        )

        render_out.additional_properties = d
        return render_out

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
