from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phase_changed_change import PhaseChangedChange
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phase_changed_changes_type_0 import PhaseChangedChangesType0


T = TypeVar("T", bound="PhaseChanged")


@_attrs_define
class PhaseChanged:
    """
    Attributes:
        object_ (str): What the event is about: plan, phase, milestone, task, assignment, unit_report, reporting_period,
            review, …
        id (str): The object's id
        plan_id (None | str): The plan it belongs to (null for consultations and feedback)
        change (PhaseChangedChange):
        changes (None | PhaseChangedChangesType0 | Unset):
    """

    object_: str
    id: str
    plan_id: None | str
    change: PhaseChangedChange
    changes: None | PhaseChangedChangesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.phase_changed_changes_type_0 import PhaseChangedChangesType0  # noqa: PLC0415

        object_ = self.object_

        id = self.id

        plan_id: None | str
        plan_id = self.plan_id

        change = self.change.value

        changes: dict[str, Any] | None | Unset
        if isinstance(self.changes, Unset):
            changes = UNSET
        elif isinstance(self.changes, PhaseChangedChangesType0):
            changes = self.changes.to_dict()
        else:
            changes = self.changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "plan_id": plan_id,
                "change": change,
            }
        )
        if changes is not UNSET:
            field_dict["changes"] = changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phase_changed_changes_type_0 import PhaseChangedChangesType0  # noqa: PLC0415

        d = dict(src_dict)
        object_ = d.pop("object")

        id = d.pop("id")

        def _parse_plan_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))

        change = PhaseChangedChange(d.pop("change"))

        def _parse_changes(data: object) -> None | PhaseChangedChangesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                changes_type_0 = PhaseChangedChangesType0.from_dict(data)

                return changes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhaseChangedChangesType0 | Unset, data)

        changes = _parse_changes(d.pop("changes", UNSET))

        phase_changed = cls(
            object_=object_,
            id=id,
            plan_id=plan_id,
            change=change,
            changes=changes,
        )

        phase_changed.additional_properties = d
        return phase_changed

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
