from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_out_kind import ReviewOutKind
from ..models.review_out_status import ReviewOutStatus

if TYPE_CHECKING:
    from ..models.review_header import ReviewHeader
    from ..models.review_issue_ref import ReviewIssueRef
    from ..models.review_texts import ReviewTexts


T = TypeVar("T", bound="ReviewOut")


@_attrs_define
class ReviewOut:
    """A review: an interim (sơ kết) or final (tổng kết) report on the plan.

    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The review's id.
        plan_id (UUID): The plan reviewed.
        kind (ReviewOutKind): interim or final.
        title (str): The review's title.
        phase_id (None | UUID): The phase an interim review covers; null for the whole plan.
        consultation_id (None | UUID): The consultation whose feedback it summarises; null for none.
        period_start (datetime.date | None): First day of the span covered; null: the phase's start, else the plan's
            beginning.
        as_of (datetime.date): The day the review is reckoned at: tasks done, late and figures as of that day.
        header (ReviewHeader): The document's header and signature (Decree 30/2020/NĐ-CP layout).
        texts (ReviewTexts): The parts a coordinator writes; everything else is assembled from the plan.
        status (ReviewOutStatus): draft: being written (or edited since its last issue); issued: as its last issue
            reads.
        issues (list[ReviewIssueRef]): Its issued versions, oldest first.
        created_at (datetime.datetime): When it was created (UTC).
        updated_at (datetime.datetime): When it was last changed (UTC).
    """

    etag: str
    id: UUID
    plan_id: UUID
    kind: ReviewOutKind
    title: str
    phase_id: None | UUID
    consultation_id: None | UUID
    period_start: datetime.date | None
    as_of: datetime.date
    header: ReviewHeader
    texts: ReviewTexts
    status: ReviewOutStatus
    issues: list[ReviewIssueRef]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        plan_id = str(self.plan_id)

        kind = self.kind.value

        title = self.title

        phase_id: None | str
        if isinstance(self.phase_id, UUID):
            phase_id = str(self.phase_id)
        else:
            phase_id = self.phase_id

        consultation_id: None | str
        if isinstance(self.consultation_id, UUID):
            consultation_id = str(self.consultation_id)
        else:
            consultation_id = self.consultation_id

        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        as_of = self.as_of.isoformat()

        header = self.header.to_dict()

        texts = self.texts.to_dict()

        status = self.status.value

        issues = []
        for issues_item_data in self.issues:
            issues_item = issues_item_data.to_dict()
            issues.append(issues_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "plan_id": plan_id,
                "kind": kind,
                "title": title,
                "phase_id": phase_id,
                "consultation_id": consultation_id,
                "period_start": period_start,
                "as_of": as_of,
                "header": header,
                "texts": texts,
                "status": status,
                "issues": issues,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_header import ReviewHeader  # noqa: PLC0415
        from ..models.review_issue_ref import ReviewIssueRef  # noqa: PLC0415
        from ..models.review_texts import ReviewTexts  # noqa: PLC0415

        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        plan_id = UUID(d.pop("plan_id"))

        kind = ReviewOutKind(d.pop("kind"))

        title = d.pop("title")

        def _parse_phase_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_id_type_0 = UUID(data)

                return phase_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        phase_id = _parse_phase_id(d.pop("phase_id"))

        def _parse_consultation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consultation_id_type_0 = UUID(data)

                return consultation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        consultation_id = _parse_consultation_id(d.pop("consultation_id"))

        def _parse_period_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_start = _parse_period_start(d.pop("period_start"))

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        header = ReviewHeader.from_dict(d.pop("header"))

        texts = ReviewTexts.from_dict(d.pop("texts"))

        status = ReviewOutStatus(d.pop("status"))

        issues = []
        _issues = d.pop("issues")
        for issues_item_data in _issues:
            issues_item = ReviewIssueRef.from_dict(issues_item_data)

            issues.append(issues_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        review_out = cls(
            etag=etag,
            id=id,
            plan_id=plan_id,
            kind=kind,
            title=title,
            phase_id=phase_id,
            consultation_id=consultation_id,
            period_start=period_start,
            as_of=as_of,
            header=header,
            texts=texts,
            status=status,
            issues=issues,
            created_at=created_at,
            updated_at=updated_at,
        )

        review_out.additional_properties = d
        return review_out

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
