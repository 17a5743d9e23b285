from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.review_create_kind import ReviewCreateKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_header import ReviewHeader
    from ..models.review_texts import ReviewTexts


T = TypeVar("T", bound="ReviewCreate")


@_attrs_define
class ReviewCreate:
    """A new review of the plan; omitted parts get defaults from the plan.

    Attributes:
        kind (ReviewCreateKind): interim: a review during the plan (sơ kết); final: the closing review (tổng kết).
        title (None | str | Unset): The review's title; default: "Báo cáo sơ kết …" or "Báo cáo tổng kết thực hiện Kế
            hoạch số …".
        phase_id (None | Unset | UUID): interim: review a phase (as of its end)
        as_of (datetime.date | None | Unset): Default: the phase's end, or today
        period_start (datetime.date | None | Unset): First day of the span the review covers; default: the phase's
            start, else the plan's beginning.
        consultation_id (None | Unset | UUID): A consultation whose feedback the review summarises; null for none.
        header (None | ReviewHeader | Unset): The document's header; default: the plan's own issuing body, place, signer
            and recipients.
        texts (None | ReviewTexts | Unset): The written parts; default: all empty.
    """

    kind: ReviewCreateKind
    title: None | str | Unset = UNSET
    phase_id: None | Unset | UUID = UNSET
    as_of: datetime.date | None | Unset = UNSET
    period_start: datetime.date | None | Unset = UNSET
    consultation_id: None | Unset | UUID = UNSET
    header: None | ReviewHeader | Unset = UNSET
    texts: None | ReviewTexts | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.review_header import ReviewHeader  # noqa: PLC0415
        from ..models.review_texts import ReviewTexts  # noqa: PLC0415

        kind = self.kind.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        phase_id: None | str | Unset
        if isinstance(self.phase_id, Unset):
            phase_id = UNSET
        elif isinstance(self.phase_id, UUID):
            phase_id = str(self.phase_id)
        else:
            phase_id = self.phase_id

        as_of: None | str | Unset
        if isinstance(self.as_of, Unset):
            as_of = UNSET
        elif isinstance(self.as_of, datetime.date):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        period_start: None | str | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        elif isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        consultation_id: None | str | Unset
        if isinstance(self.consultation_id, Unset):
            consultation_id = UNSET
        elif isinstance(self.consultation_id, UUID):
            consultation_id = str(self.consultation_id)
        else:
            consultation_id = self.consultation_id

        header: dict[str, Any] | None | Unset
        if isinstance(self.header, Unset):
            header = UNSET
        elif isinstance(self.header, ReviewHeader):
            header = self.header.to_dict()
        else:
            header = self.header

        texts: dict[str, Any] | None | Unset
        if isinstance(self.texts, Unset):
            texts = UNSET
        elif isinstance(self.texts, ReviewTexts):
            texts = self.texts.to_dict()
        else:
            texts = self.texts

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if phase_id is not UNSET:
            field_dict["phase_id"] = phase_id
        if as_of is not UNSET:
            field_dict["as_of"] = as_of
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if consultation_id is not UNSET:
            field_dict["consultation_id"] = consultation_id
        if header is not UNSET:
            field_dict["header"] = header
        if texts is not UNSET:
            field_dict["texts"] = texts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_header import ReviewHeader  # noqa: PLC0415
        from ..models.review_texts import ReviewTexts  # noqa: PLC0415

        d = dict(src_dict)
        kind = ReviewCreateKind(d.pop("kind"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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

        def _parse_as_of(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.date.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        as_of = _parse_as_of(d.pop("as_of", UNSET))

        def _parse_period_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        period_start = _parse_period_start(d.pop("period_start", UNSET))

        def _parse_consultation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consultation_id_type_0 = UUID(data)

                return consultation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        consultation_id = _parse_consultation_id(d.pop("consultation_id", UNSET))

        def _parse_header(data: object) -> None | ReviewHeader | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                header_type_0 = ReviewHeader.from_dict(data)

                return header_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewHeader | Unset, data)

        header = _parse_header(d.pop("header", UNSET))

        def _parse_texts(data: object) -> None | ReviewTexts | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                texts_type_0 = ReviewTexts.from_dict(data)

                return texts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewTexts | Unset, data)

        texts = _parse_texts(d.pop("texts", UNSET))

        review_create = cls(
            kind=kind,
            title=title,
            phase_id=phase_id,
            as_of=as_of,
            period_start=period_start,
            consultation_id=consultation_id,
            header=header,
            texts=texts,
        )

        return review_create
