from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_entry_kind import HistoryEntryKind
from ..models.history_entry_status_type_0 import HistoryEntryStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryEntry")


@_attrs_define
class HistoryEntry:
    """A progress update (``kind="update"``) or an urge (``kind="urge"``).

    Attributes:
        kind (HistoryEntryKind): `update` for a progress update by the unit, `urge` for a coordinator's reminder.
        id (UUID): The update's or urge's id.
        at (datetime.datetime): When it was recorded (UTC).
        author (str): Who wrote it: a user's id, or `service:<id>` for a service account.
        author_name (None | str | Unset): The author's full name (or service account's name); null if unknown
        status (HistoryEntryStatusType0 | None | Unset): For an update: the status it set; null for an urge.
        percent (int | None | Unset): For an update: the percent it set; null for an urge.
        note (None | str | Unset): For an update: its note, if any; null for an urge.
        message (None | str | Unset): For an urge: the reminder text; null for an update.
    """

    kind: HistoryEntryKind
    id: UUID
    at: datetime.datetime
    author: str
    author_name: None | str | Unset = UNSET
    status: HistoryEntryStatusType0 | None | Unset = UNSET
    percent: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        id = str(self.id)

        at = self.at.isoformat()

        author = self.author

        author_name: None | str | Unset
        if isinstance(self.author_name, Unset):
            author_name = UNSET
        else:
            author_name = self.author_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, HistoryEntryStatusType0):
            status = self.status.value
        else:
            status = self.status

        percent: int | None | Unset
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "id": id,
                "at": at,
                "author": author,
            }
        )
        if author_name is not UNSET:
            field_dict["author_name"] = author_name
        if status is not UNSET:
            field_dict["status"] = status
        if percent is not UNSET:
            field_dict["percent"] = percent
        if note is not UNSET:
            field_dict["note"] = note
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = HistoryEntryKind(d.pop("kind"))

        id = UUID(d.pop("id"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        author = d.pop("author")

        def _parse_author_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author_name = _parse_author_name(d.pop("author_name", UNSET))

        def _parse_status(data: object) -> HistoryEntryStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = HistoryEntryStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HistoryEntryStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        percent = _parse_percent(d.pop("percent", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        history_entry = cls(
            kind=kind,
            id=id,
            at=at,
            author=author,
            author_name=author_name,
            status=status,
            percent=percent,
            note=note,
            message=message,
        )

        history_entry.additional_properties = d
        return history_entry

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
