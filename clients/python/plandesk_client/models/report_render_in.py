from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.report_render_in_format import ReportRenderInFormat

T = TypeVar("T", bound="ReportRenderIn")


@_attrs_define
class ReportRenderIn:
    """The unit report document to make.

    Attributes:
        format_ (ReportRenderInFormat): docx (Word) or pdf.
    """

    format_: ReportRenderInFormat

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = ReportRenderInFormat(d.pop("format"))

        report_render_in = cls(
            format_=format_,
        )

        return report_render_in
