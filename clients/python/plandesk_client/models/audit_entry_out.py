from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_entry_out_changes import AuditEntryOutChanges


T = TypeVar("T", bound="AuditEntryOut")


@_attrs_define
class AuditEntryOut:
    """
    Attributes:
        id (UUID): The entry's id (UUID).
        actor (str): Who acted: a user's id, `service:<id>` for a service account, or `system` for jobs.
        actor_role (None | str): The actor's role at the time (`admin`, `coordinator` …, `service`); null for the
            system.
        action (str): What was done, as `<entity>.<past participle>` (`plan.created`, `plan.updated`,
            `milestone.updated` …).
        entity (str): The kind of thing acted on (`plan`, `milestone`, `task`, `assignment`, `user` …).
        entity_id (str): The id of the thing acted on.
        changes (AuditEntryOutChanges): What changed: `{field: {"before": …, "after": …}}` for each changed field (a
            creation has null
            befores, a deletion null afters).
        at (datetime.datetime): When it happened (UTC).
        actor_name (None | str | Unset): The user's full name or the service account's name; null for the system
    """

    id: UUID
    actor: str
    actor_role: None | str
    action: str
    entity: str
    entity_id: str
    changes: AuditEntryOutChanges
    at: datetime.datetime
    actor_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        actor = self.actor

        actor_role: None | str
        actor_role = self.actor_role

        action = self.action

        entity = self.entity

        entity_id = self.entity_id

        changes = self.changes.to_dict()

        at = self.at.isoformat()

        actor_name: None | str | Unset
        if isinstance(self.actor_name, Unset):
            actor_name = UNSET
        else:
            actor_name = self.actor_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "actor": actor,
                "actor_role": actor_role,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "changes": changes,
                "at": at,
            }
        )
        if actor_name is not UNSET:
            field_dict["actor_name"] = actor_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_out_changes import AuditEntryOutChanges  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        actor = d.pop("actor")

        def _parse_actor_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor_role = _parse_actor_role(d.pop("actor_role"))

        action = d.pop("action")

        entity = d.pop("entity")

        entity_id = d.pop("entity_id")

        changes = AuditEntryOutChanges.from_dict(d.pop("changes"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_actor_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_name = _parse_actor_name(d.pop("actor_name", UNSET))

        audit_entry_out = cls(
            id=id,
            actor=actor,
            actor_role=actor_role,
            action=action,
            entity=entity,
            entity_id=entity_id,
            changes=changes,
            at=at,
            actor_name=actor_name,
        )

        audit_entry_out.additional_properties = d
        return audit_entry_out

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
