from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskReassignment")


@_attrs_define
class TaskReassignment:
    """A task whose lead or supporting units changed since the baseline.

    Attributes:
        id (str): The task's id.
        title (str): The task's title.
        lead_before (str): The lead unit in the baseline.
        lead_after (str): The lead unit now (the same as `lead_before` when only supporting units changed).
        supporting_added (list[str]): Units supporting the task now that did not in the baseline.
        supporting_removed (list[str]): Units that supported the task in the baseline and no longer do.
    """

    id: str
    title: str
    lead_before: str
    lead_after: str
    supporting_added: list[str]
    supporting_removed: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        lead_before = self.lead_before

        lead_after = self.lead_after

        supporting_added = self.supporting_added

        supporting_removed = self.supporting_removed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "lead_before": lead_before,
                "lead_after": lead_after,
                "supporting_added": supporting_added,
                "supporting_removed": supporting_removed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        lead_before = d.pop("lead_before")

        lead_after = d.pop("lead_after")

        supporting_added = cast(list[str], d.pop("supporting_added"))

        supporting_removed = cast(list[str], d.pop("supporting_removed"))

        task_reassignment = cls(
            id=id,
            title=title,
            lead_before=lead_before,
            lead_after=lead_after,
            supporting_added=supporting_added,
            supporting_removed=supporting_removed,
        )

        task_reassignment.additional_properties = d
        return task_reassignment

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
