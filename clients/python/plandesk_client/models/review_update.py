from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_header import ReviewHeader
    from ..models.review_texts import ReviewTexts


T = TypeVar("T", bound="ReviewUpdate")


@_attrs_define
class ReviewUpdate:
    """The parts of the review to change; an omitted field is left as it is.

    Attributes:
        title (None | str | Unset): A new title, 1–1000 characters.
        as_of (datetime.date | None | Unset): A new day the review is reckoned at.
        period_start (datetime.date | None | Unset): A new start of the span covered; null clears it.
        consultation_id (None | Unset | UUID): The consultation to summarise; null clears it.
        header (None | ReviewHeader | Unset): A new header, replacing the whole header.
        texts (None | ReviewTexts | Unset): New written parts, replacing all of them.
    """

    title: None | str | Unset = UNSET
    as_of: datetime.date | None | Unset = UNSET
    period_start: datetime.date | None | Unset = UNSET
    consultation_id: None | Unset | UUID = UNSET
    header: None | ReviewHeader | Unset = UNSET
    texts: None | ReviewTexts | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.review_header import ReviewHeader  # noqa: PLC0415
        from ..models.review_texts import ReviewTexts  # noqa: PLC0415

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

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

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
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

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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

        review_update = cls(
            title=title,
            as_of=as_of,
            period_start=period_start,
            consultation_id=consultation_id,
            header=header,
            texts=texts,
        )

        return review_update
