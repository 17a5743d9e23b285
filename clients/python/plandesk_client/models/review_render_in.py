from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.review_render_in_format import ReviewRenderInFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewRenderIn")


@_attrs_define
class ReviewRenderIn:
    """The review document to make.

    Attributes:
        format_ (ReviewRenderInFormat): docx (Word, Decree 30 layout) or pdf.
        issue (int | None | Unset): An issued version (default: the current draft)
    """

    format_: ReviewRenderInFormat
    issue: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_.value

        issue: int | None | Unset
        if isinstance(self.issue, Unset):
            issue = UNSET
        else:
            issue = self.issue

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "format": format_,
            }
        )
        if issue is not UNSET:
            field_dict["issue"] = issue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = ReviewRenderInFormat(d.pop("format"))

        def _parse_issue(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        issue = _parse_issue(d.pop("issue", UNSET))

        review_render_in = cls(
            format_=format_,
            issue=issue,
        )

        return review_render_in
