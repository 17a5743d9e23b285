from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.state_machine_transitions import StateMachineTransitions


T = TypeVar("T", bound="StateMachine")


@_attrs_define
class StateMachine:
    """
    Attributes:
        resource (str): The resource whose `status` follows this machine
        field (str): The field that holds the state
        changed_by (str): The operation that moves the state
        states (list[str]): Every state, the initial one first
        initial (str): The state a new resource starts in
        transitions (StateMachineTransitions): For each state, the states it may move to (empty: final)
        rules (list[str]): Conditions on the moves beyond the table, in words
    """

    resource: str
    field: str
    changed_by: str
    states: list[str]
    initial: str
    transitions: StateMachineTransitions
    rules: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        field = self.field

        changed_by = self.changed_by

        states = self.states

        initial = self.initial

        transitions = self.transitions.to_dict()

        rules = self.rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "field": field,
                "changed_by": changed_by,
                "states": states,
                "initial": initial,
                "transitions": transitions,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state_machine_transitions import StateMachineTransitions  # noqa: PLC0415

        d = dict(src_dict)
        resource = d.pop("resource")

        field = d.pop("field")

        changed_by = d.pop("changed_by")

        states = cast(list[str], d.pop("states"))

        initial = d.pop("initial")

        transitions = StateMachineTransitions.from_dict(d.pop("transitions"))

        rules = cast(list[str], d.pop("rules"))

        state_machine = cls(
            resource=resource,
            field=field,
            changed_by=changed_by,
            states=states,
            initial=initial,
            transitions=transitions,
            rules=rules,
        )

        state_machine.additional_properties = d
        return state_machine

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
