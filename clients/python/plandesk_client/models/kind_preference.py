from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.kind_preference_kind import KindPreferenceKind

T = TypeVar("T", bound="KindPreference")


@_attrs_define
class KindPreference:
    """
    Attributes:
        kind (KindPreferenceKind): The kind of notification: `assignment_created`, `deadline_approaching`,
            `deadline_today`,
            `overdue`, `escalation`, `urged`, `deadline_moved`, `progress_reported`, `report_missing`,
            `feedback_assigned` or `consultation_closing`.
        in_app (bool): Shown in the app (and counted on the bell).
        email (bool): Sent by e-mail (at once or in the digest, per `email_mode`); never while `email_mode` is `off`.
    """

    kind: KindPreferenceKind
    in_app: bool
    email: bool

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        in_app = self.in_app

        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "in_app": in_app,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = KindPreferenceKind(d.pop("kind"))

        in_app = d.pop("in_app")

        email = d.pop("email")

        kind_preference = cls(
            kind=kind,
            in_app=in_app,
            email=email,
        )

        return kind_preference
