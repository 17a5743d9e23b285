from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.endpoint_create_event_types_item import EndpointCreateEventTypesItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointCreate")


@_attrs_define
class EndpointCreate:
    """
    Attributes:
        url (str): The receiver's https URL, 8–2000 characters. It must resolve only to addresses the server allows
            (no loopback or private network unless configured; plain http only where the server allows it),
            else 422.
        event_types (list[EndpointCreateEventTypesItem]): The event types to receive (1–50): a type of `GET
            /webhooks/event-types` (`task.updated`), a
            family (`task.*`) or `*` for every type. Duplicates are dropped; an unknown name is a 422.
        description (str | Unset): A note for the people who manage the endpoint ("Cổng thông tin Báo Đắk Lắk: tin đại
            hội"), at most
            500 characters; empty when none. Default: ''.
        plan_id (None | Unset | UUID): Only events of this plan; null for events of every plan, which only admins may
            ask for (a
            coordinator must name a plan they coordinate, else 403). An unknown plan is a 422.
        active (bool | Unset): False to create the endpoint paused: no events are queued for it until it is re-enabled.
            Default: True.
    """

    url: str
    event_types: list[EndpointCreateEventTypesItem]
    description: str | Unset = ""
    plan_id: None | Unset | UUID = UNSET
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        description = self.description

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        elif isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "event_types": event_types,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        event_types = []
        _event_types = d.pop("event_types")
        for event_types_item_data in _event_types:
            event_types_item = EndpointCreateEventTypesItem(event_types_item_data)

            event_types.append(event_types_item)

        description = d.pop("description", UNSET)

        def _parse_plan_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_id_type_0 = UUID(data)

                return plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        plan_id = _parse_plan_id(d.pop("plan_id", UNSET))

        active = d.pop("active", UNSET)

        endpoint_create = cls(
            url=url,
            event_types=event_types,
            description=description,
            plan_id=plan_id,
            active=active,
        )

        return endpoint_create
