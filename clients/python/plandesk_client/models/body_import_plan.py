from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyImportPlan")


@_attrs_define
class BodyImportPlan:
    """
    Attributes:
        file (str): The plan document: .txt or .md (UTF-8), or .docx
        dry_run (bool | Unset): The same flag as a form field Default: False.
        group_members (None | str | Unset): The member units chosen on the review for the draft's unit groups, as JSON:
            {"<group key>": ["<unit id>", …]} (added to the members the group already has)
    """

    file: str
    dry_run: bool | Unset = False
    group_members: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        dry_run = self.dry_run

        group_members: None | str | Unset
        if isinstance(self.group_members, Unset):
            group_members = UNSET
        else:
            group_members = self.group_members

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if group_members is not UNSET:
            field_dict["group_members"] = group_members

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", (None, str(self.file).encode(), "text/plain")))

        if not isinstance(self.dry_run, Unset):
            files.append(("dry_run", (None, str(self.dry_run).encode(), "text/plain")))

        if not isinstance(self.group_members, Unset):
            if isinstance(self.group_members, str):
                files.append(("group_members", (None, str(self.group_members).encode(), "text/plain")))
            else:
                files.append(("group_members", (None, str(self.group_members).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file")

        dry_run = d.pop("dry_run", UNSET)

        def _parse_group_members(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_members = _parse_group_members(d.pop("group_members", UNSET))

        body_import_plan = cls(
            file=file,
            dry_run=dry_run,
            group_members=group_members,
        )

        body_import_plan.additional_properties = d
        return body_import_plan

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
