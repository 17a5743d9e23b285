from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LastBulkAction")


@_attrs_define
class LastBulkAction:
    """The latest bulk action that changed a cluster member, and whether it can still be undone.

    Attributes:
        bulk_action_id (UUID): The bulk action (undo it per submission).
        at (datetime.datetime): When it was applied (UTC).
        by (str): The name of the moderator who applied it.
        undoable (bool): Not undone yet, and the submission has not changed since
        undone_at (datetime.datetime | None): When it was undone for this submission; null if not.
    """

    bulk_action_id: UUID
    at: datetime.datetime
    by: str
    undoable: bool
    undone_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk_action_id = str(self.bulk_action_id)

        at = self.at.isoformat()

        by = self.by

        undoable = self.undoable

        undone_at: None | str
        if isinstance(self.undone_at, datetime.datetime):
            undone_at = self.undone_at.isoformat()
        else:
            undone_at = self.undone_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bulk_action_id": bulk_action_id,
                "at": at,
                "by": by,
                "undoable": undoable,
                "undone_at": undone_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bulk_action_id = UUID(d.pop("bulk_action_id"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        by = d.pop("by")

        undoable = d.pop("undoable")

        def _parse_undone_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                undone_at_type_0 = datetime.datetime.fromisoformat(data)

                return undone_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        undone_at = _parse_undone_at(d.pop("undone_at"))

        last_bulk_action = cls(
            bulk_action_id=bulk_action_id,
            at=at,
            by=by,
            undoable=undoable,
            undone_at=undone_at,
        )

        last_bulk_action.additional_properties = d
        return last_bulk_action

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
