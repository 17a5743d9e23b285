from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_warning import ImportWarning_


T = TypeVar("T", bound="ChannelDraft")


@_attrs_define
class ChannelDraft:
    """A form of communication ("Tuyên truyền miệng") and its items.

    Attributes:
        label (str): The channel's label in the document ("1", "a").
        title (str): The form of communication ("Tuyên truyền trên báo chí").
        source_lines (list[int]): First and last line (1-based) of the document where this was read.
        items (list[str] | Unset): The channel's items as printed, one string each.
        warnings (list[ImportWarning_] | Unset): Where the parser guessed, corrected or skipped something in this item.
    """

    label: str
    title: str
    source_lines: list[int]
    items: list[str] | Unset = UNSET
    warnings: list[ImportWarning_] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        title = self.title

        source_lines = []
        for source_lines_item_data in self.source_lines:
            source_lines_item: int
            source_lines_item = source_lines_item_data
            source_lines.append(source_lines_item)

        items: list[str] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
                "title": title,
                "source_lines": source_lines,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_warning import ImportWarning_  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        title = d.pop("title")

        source_lines = []
        _source_lines = d.pop("source_lines")
        for source_lines_item_data in _source_lines:

            def _parse_source_lines_item(data: object) -> int:
                return cast(int, data)

            source_lines_item = _parse_source_lines_item(source_lines_item_data)

            source_lines.append(source_lines_item)

        items = cast(list[str], d.pop("items", UNSET))

        _warnings = d.pop("warnings", UNSET)
        warnings: list[ImportWarning_] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = ImportWarning_.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        channel_draft = cls(
            label=label,
            title=title,
            source_lines=source_lines,
            items=items,
            warnings=warnings,
        )

        return channel_draft
