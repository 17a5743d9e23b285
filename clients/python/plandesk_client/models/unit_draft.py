from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.unit_draft_kind import UnitDraftKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_warning import ImportWarning_


T = TypeVar("T", bound="UnitDraft")


@_attrs_define
class UnitDraft:
    """An organisational unit or unit group named by the plan.

    Attributes:
        key (str): The unit's key in the draft: tasks point to it (`lead_unit_key`, `supporting_unit_keys`).
        name (str): The unit's name as the document writes it, spelling normalised ("Báo Đắk Lắk").
        source_lines (list[int]): First and last line (1-based) of the document where this was read.
        short_name (None | str | Unset): A short name when the document gives one; null otherwise.
        kind (UnitDraftKind | Unset): What sort of unit: `party_committee`, `department`, `mass_org`, `media`,
            `district` or `other`. Default: UnitDraftKind.OTHER.
        parent_key (None | str | Unset): The key of the unit or group this one is nested under in the document; null at
            the top.
        is_group (bool | Unset): True for a unit group ("Các huyện ủy, thị ủy, thành ủy"), whose members each get an
            assignment. Default: False.
        matched_unit_id (None | Unset | UUID): The existing unit this name was matched to; null when none matched.
        will_create (bool | Unset): True when importing creates this unit (nothing matched it). Default: True.
        warnings (list[ImportWarning_] | Unset): Where the parser guessed, corrected or skipped something in this item.
    """

    key: str
    name: str
    source_lines: list[int]
    short_name: None | str | Unset = UNSET
    kind: UnitDraftKind | Unset = UnitDraftKind.OTHER
    parent_key: None | str | Unset = UNSET
    is_group: bool | Unset = False
    matched_unit_id: None | Unset | UUID = UNSET
    will_create: bool | Unset = True
    warnings: list[ImportWarning_] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        source_lines = []
        for source_lines_item_data in self.source_lines:
            source_lines_item: int
            source_lines_item = source_lines_item_data
            source_lines.append(source_lines_item)

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        parent_key: None | str | Unset
        if isinstance(self.parent_key, Unset):
            parent_key = UNSET
        else:
            parent_key = self.parent_key

        is_group = self.is_group

        matched_unit_id: None | str | Unset
        if isinstance(self.matched_unit_id, Unset):
            matched_unit_id = UNSET
        elif isinstance(self.matched_unit_id, UUID):
            matched_unit_id = str(self.matched_unit_id)
        else:
            matched_unit_id = self.matched_unit_id

        will_create = self.will_create

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "name": name,
                "source_lines": source_lines,
            }
        )
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if parent_key is not UNSET:
            field_dict["parent_key"] = parent_key
        if is_group is not UNSET:
            field_dict["is_group"] = is_group
        if matched_unit_id is not UNSET:
            field_dict["matched_unit_id"] = matched_unit_id
        if will_create is not UNSET:
            field_dict["will_create"] = will_create
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_warning import ImportWarning_  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        source_lines = []
        _source_lines = d.pop("source_lines")
        for source_lines_item_data in _source_lines:

            def _parse_source_lines_item(data: object) -> int:
                return cast(int, data)

            source_lines_item = _parse_source_lines_item(source_lines_item_data)

            source_lines.append(source_lines_item)

        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_name = _parse_short_name(d.pop("short_name", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: UnitDraftKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = UnitDraftKind(_kind)

        def _parse_parent_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_key = _parse_parent_key(d.pop("parent_key", UNSET))

        is_group = d.pop("is_group", UNSET)

        def _parse_matched_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                matched_unit_id_type_0 = UUID(data)

                return matched_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        matched_unit_id = _parse_matched_unit_id(d.pop("matched_unit_id", UNSET))

        will_create = d.pop("will_create", UNSET)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[ImportWarning_] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = ImportWarning_.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        unit_draft = cls(
            key=key,
            name=name,
            source_lines=source_lines,
            short_name=short_name,
            kind=kind,
            parent_key=parent_key,
            is_group=is_group,
            matched_unit_id=matched_unit_id,
            will_create=will_create,
            warnings=warnings,
        )

        return unit_draft
