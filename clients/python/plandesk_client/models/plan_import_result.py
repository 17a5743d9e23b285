from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_counts import ImportCounts
    from ..models.import_warning import ImportWarning_
    from ..models.imported_group import ImportedGroup
    from ..models.imported_unit import ImportedUnit
    from ..models.plan_out import PlanOut


T = TypeVar("T", bound="PlanImportResult")


@_attrs_define
class PlanImportResult:
    """The plan created from the document, with every milestone, phase, channel, task and unit.

    Attributes:
        filename (None | str): The uploaded file's name; null when the upload had none.
        plan (PlanOut):
        units (list[ImportedUnit]): Every unit the plan names, matched or created.
        groups (list[ImportedGroup]): Every unit group, with its members.
        counts (ImportCounts): What the import creates (or, in a dry run, would create).
        warnings (list[ImportWarning_]): Every warning of the draft, document and items alike
        dry_run (bool | Unset): Always false: the plan was saved. Default: False.
    """

    filename: None | str
    plan: PlanOut
    units: list[ImportedUnit]
    groups: list[ImportedGroup]
    counts: ImportCounts
    warnings: list[ImportWarning_]
    dry_run: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename: None | str
        filename = self.filename

        plan = self.plan.to_dict()

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        counts = self.counts.to_dict()

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "plan": plan,
                "units": units,
                "groups": groups,
                "counts": counts,
                "warnings": warnings,
            }
        )
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_counts import ImportCounts  # noqa: PLC0415
        from ..models.import_warning import ImportWarning_  # noqa: PLC0415
        from ..models.imported_group import ImportedGroup  # noqa: PLC0415
        from ..models.imported_unit import ImportedUnit  # noqa: PLC0415
        from ..models.plan_out import PlanOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filename = _parse_filename(d.pop("filename"))

        plan = PlanOut.from_dict(d.pop("plan"))

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

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = ImportWarning_.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        dry_run = d.pop("dry_run", UNSET)

        plan_import_result = cls(
            filename=filename,
            plan=plan,
            units=units,
            groups=groups,
            counts=counts,
            warnings=warnings,
            dry_run=dry_run,
        )

        plan_import_result.additional_properties = d
        return plan_import_result

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
