from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_plan_status import SyncPlanStatus

T = TypeVar("T", bound="SyncPlan")


@_attrs_define
class SyncPlan:
    """A plan's header.

    Attributes:
        object_ (Literal['plan']): Always `plan`: tells the item's kind (the union's tag).
        id (UUID): The plan's id (UUID).
        etag (str): The ETag GET of this object answers: send it as If-Match to change it
        code (str): The plan's document number as printed on it ("148-KH/TU").
        title (str): The plan's title as printed on the document.
        issuing_body (None | str): The body that issued the plan ("Ban Thường vụ Tỉnh ủy"); null when not given.
        issued_on (datetime.date | None): The date the plan was signed (ISO date); null when not given.
        status (SyncPlanStatus): The plan's state: `draft`, `active`, `completed` or `archived` (see GET
            /meta/transitions).
        published (bool): True once the plan is published to the units that carry it out.
        timezone (None | str): The plan's zone (null: the server's default)
        updated_at (datetime.datetime): When the header last changed (UTC, ISO 8601).
    """

    object_: Literal["plan"]
    id: UUID
    etag: str
    code: str
    title: str
    issuing_body: None | str
    issued_on: datetime.date | None
    status: SyncPlanStatus
    published: bool
    timezone: None | str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = str(self.id)

        etag = self.etag

        code = self.code

        title = self.title

        issuing_body: None | str
        issuing_body = self.issuing_body

        issued_on: None | str
        if isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        status = self.status.value

        published = self.published

        timezone: None | str
        timezone = self.timezone

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "etag": etag,
                "code": code,
                "title": title,
                "issuing_body": issuing_body,
                "issued_on": issued_on,
                "status": status,
                "published": published,
                "timezone": timezone,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = cast(Literal["plan"], d.pop("object"))
        if object_ != "plan":
            raise ValueError(f"object must match const 'plan', got '{object_}'")

        id = UUID(d.pop("id"))

        etag = d.pop("etag")

        code = d.pop("code")

        title = d.pop("title")

        def _parse_issuing_body(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        issuing_body = _parse_issuing_body(d.pop("issuing_body"))

        def _parse_issued_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.date.fromisoformat(data)

                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        issued_on = _parse_issued_on(d.pop("issued_on"))

        status = SyncPlanStatus(d.pop("status"))

        published = d.pop("published")

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        sync_plan = cls(
            object_=object_,
            id=id,
            etag=etag,
            code=code,
            title=title,
            issuing_body=issuing_body,
            issued_on=issued_on,
            status=status,
            published=published,
            timezone=timezone,
            updated_at=updated_at,
        )

        sync_plan.additional_properties = d
        return sync_plan

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
