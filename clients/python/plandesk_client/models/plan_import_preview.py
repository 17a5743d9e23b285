from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_counts import ImportCounts
    from ..models.imported_group import ImportedGroup
    from ..models.imported_unit import ImportedUnit
    from ..models.plan_draft import PlanDraft


T = TypeVar("T", bound="PlanImportPreview")


@_attrs_define
class PlanImportPreview:
    """A dry run: the draft with its warnings and what importing it would create. Nothing is saved.

    Attributes:
        filename (None | str): The uploaded file's name; null when the upload had none.
        draft (PlanDraft): Everything a plan document says, ready for review and import.

            ``code`` and ``title`` are ``None`` when the document does not show them
            (a ``missing`` warning then says where they were expected): the draft is
            still shown, and the coordinator fills them in before saving.
        units (list[ImportedUnit]): Every unit the plan names, and whether it matches an existing unit or would be
            created.
        groups (list[ImportedGroup]): Every unit group, with its members.
        counts (ImportCounts): What the import creates (or, in a dry run, would create).
        dry_run (bool | Unset): Always true: nothing was saved. Default: True.
    """

    filename: None | str
    draft: PlanDraft
    units: list[ImportedUnit]
    groups: list[ImportedGroup]
    counts: ImportCounts
    dry_run: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename: None | str
        filename = self.filename

        draft = self.draft.to_dict()

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        counts = self.counts.to_dict()

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "draft": draft,
                "units": units,
                "groups": groups,
                "counts": counts,
            }
        )
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_counts import ImportCounts  # noqa: PLC0415
        from ..models.imported_group import ImportedGroup  # noqa: PLC0415
        from ..models.imported_unit import ImportedUnit  # noqa: PLC0415
        from ..models.plan_draft import PlanDraft  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filename = _parse_filename(d.pop("filename"))

        draft = PlanDraft.from_dict(d.pop("draft"))

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = ImportedUnit.from_dict(units_item_data)

            units.append(units_item)

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = ImportedGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        counts = ImportCounts.from_dict(d.pop("counts"))

        dry_run = d.pop("dry_run", UNSET)

        plan_import_preview = cls(
            filename=filename,
            draft=draft,
            units=units,
            groups=groups,
            counts=counts,
            dry_run=dry_run,
        )

        plan_import_preview.additional_properties = d
        return plan_import_preview

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
