from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.warning_code import WarningCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportWarning_")


@_attrs_define
class ImportWarning_:
    """A place where the parser guessed, corrected or skipped something.

    Attributes:
        code (WarningCode): Why the parser flagged something; stable for clients to translate.
        message (str): The warning in words, for the coordinator reviewing the draft.
        source_lines (list[int] | None | Unset): First and last line (1-based) of the document where this was read
            ([first, last]); null when it
            concerns the whole document.
    """

    code: WarningCode
    message: str
    source_lines: list[int] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        source_lines: list[int] | None | Unset
        if isinstance(self.source_lines, Unset):
            source_lines = UNSET
        elif isinstance(self.source_lines, list):
            source_lines = []
            for source_lines_type_0_item_data in self.source_lines:
                source_lines_type_0_item: int
                source_lines_type_0_item = source_lines_type_0_item_data
                source_lines.append(source_lines_type_0_item)

        else:
            source_lines = self.source_lines

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if source_lines is not UNSET:
            field_dict["source_lines"] = source_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = WarningCode(d.pop("code"))

        message = d.pop("message")

        def _parse_source_lines(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                source_lines_type_0 = []
                _source_lines_type_0 = data
                for source_lines_type_0_item_data in _source_lines_type_0:

                    def _parse_source_lines_type_0_item(data: object) -> int:
                        return cast(int, data)

                    source_lines_type_0_item = _parse_source_lines_type_0_item(source_lines_type_0_item_data)

                    source_lines_type_0.append(source_lines_type_0_item)

                return source_lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        source_lines = _parse_source_lines(d.pop("source_lines", UNSET))

        import_warning = cls(
            code=code,
            message=message,
            source_lines=source_lines,
        )

        return import_warning
