from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unit_notification_out_data import UnitNotificationOutData


T = TypeVar("T", bound="UnitNotificationOut")


@_attrs_define
class UnitNotificationOut:
    """
    Attributes:
        id (UUID): The notification's id (UUID): pass it in `ids` to mark it read.
        kind (str): What it is about, one of the kinds of the preferences (`deadline_approaching`, `overdue`,
            `urged`, `assignment_created`, …).
        subject_type (str): The sort of object it concerns: `assignment`, `reporting_period`, `consultation`,
            `feedback`, …
        subject_id (str): That object's id (a string).
        plan_id (None | UUID): The plan it belongs to; null for consultations and feedback.
        link (str): Where the web client opens it: a path of the app (`/tasks/{task_id}?unit={unit_id}`).
        title (str): The short text, written once in the recipient's language at creation ("Còn 7 ngày đến hạn: …");
            at most 500 characters.
        body (str): The longer text, in the same language ("Hạn hoàn thành: 30/09/2025.").
        language (str): The language the texts were written in: `vi` or `en` (the recipient's preference then).
        data (UnitNotificationOutData): The facts behind the texts, for clients that build their own (for a reminder:
            `task_id`,
            `unit_id`, `assignment_id`, `task_title`, `unit_name`, `role`, `due_date`, `rule`, `days`).
            Never contact details.
        created_at (datetime.datetime): When it was created (UTC).
        read_at (datetime.datetime | None): When it was read; null while unread (it counts on the bell).
        email_state (str): Its e-mail: `none` (not sent by e-mail), `pending` (to be sent, after quiet hours if any),
            `digest` (waits for the daily digest), `sending`, `sent`, `cancelled` (no longer true, e.g. the
            deadline moved) or `failed`.
        user_id (UUID): The user it was written for.
        unit_id (None | UUID): That user's unit when it was written; null for users without a unit.
    """

    id: UUID
    kind: str
    subject_type: str
    subject_id: str
    plan_id: None | UUID
    link: str
    title: str
    body: str
    language: str
    data: UnitNotificationOutData
    created_at: datetime.datetime
    read_at: datetime.datetime | None
    email_state: str
    user_id: UUID
    unit_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind

        subject_type = self.subject_type

        subject_id = self.subject_id

        plan_id: None | str
        if isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        link = self.link

        title = self.title

        body = self.body

        language = self.language

        data = self.data.to_dict()

        created_at = self.created_at.isoformat()

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        email_state = self.email_state

        user_id = str(self.user_id)

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "plan_id": plan_id,
                "link": link,
                "title": title,
                "body": body,
                "language": language,
                "data": data,
                "created_at": created_at,
                "read_at": read_at,
                "email_state": email_state,
                "user_id": user_id,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_notification_out_data import UnitNotificationOutData  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        subject_type = d.pop("subject_type")

        subject_id = d.pop("subject_id")

        def _parse_plan_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_id_type_0 = UUID(data)

                return plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))

        link = d.pop("link")

        title = d.pop("title")

        body = d.pop("body")

        language = d.pop("language")

        data = UnitNotificationOutData.from_dict(d.pop("data"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))

        email_state = d.pop("email_state")

        user_id = UUID(d.pop("user_id"))

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        unit_notification_out = cls(
            id=id,
            kind=kind,
            subject_type=subject_type,
            subject_id=subject_id,
            plan_id=plan_id,
            link=link,
            title=title,
            body=body,
            language=language,
            data=data,
            created_at=created_at,
            read_at=read_at,
            email_state=email_state,
            user_id=user_id,
            unit_id=unit_id,
        )

        unit_notification_out.additional_properties = d
        return unit_notification_out

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
