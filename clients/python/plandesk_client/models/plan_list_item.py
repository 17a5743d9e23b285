from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_list_item_status import PlanListItemStatus

T = TypeVar("T", bound="PlanListItem")


@_attrs_define
class PlanListItem:
    """
    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The plan's id (UUID).
        code (str): The plan's document number as printed on it, e.g. "148-KH/TU"; unique among plans, 1–80
            characters.
        title (str): The plan's title ("Kế hoạch tuyên truyền đại hội đảng bộ các cấp …"), 1–1000 characters.
        issuing_body (None | str): The body that issued the plan ("Ban Thường vụ Tỉnh ủy"); null when not stated. At
            most 300
            characters.
        issued_on (datetime.date | None): The date the plan was issued (ISO 8601 date), e.g. 2025-02-11; null for a
            draft not yet signed.
        status (PlanListItemStatus): Where the plan is in its life: `draft` (being prepared, not yet in force), `active`
            (being
            carried out: tasks are assigned and reported on), `completed` (closed by its final review),
            `archived` (kept for reference, read-only in practice). Any status may follow any other; each
            change is audited.
        published (bool): When true, anyone (no sign-in) may read the plan's public summary at GET
            /api/v1/public/plans/{plan_id}: phases, channels and milestones, never tasks or progress.
        created_at (datetime.datetime): When the plan was created in PlanDesk (UTC, ISO 8601).
    """

    etag: str
    id: UUID
    code: str
    title: str
    issuing_body: None | str
    issued_on: datetime.date | None
    status: PlanListItemStatus
    published: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

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

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "code": code,
                "title": title,
                "issuing_body": issuing_body,
                "issued_on": issued_on,
                "status": status,
                "published": published,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

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

        status = PlanListItemStatus(d.pop("status"))

        published = d.pop("published")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        plan_list_item = cls(
            etag=etag,
            id=id,
            code=code,
            title=title,
            issuing_body=issuing_body,
            issued_on=issued_on,
            status=status,
            published=published,
            created_at=created_at,
        )

        plan_list_item.additional_properties = d
        return plan_list_item

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
