from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.kind_info import KindInfo


T = TypeVar("T", bound="PreferencesOut")


@_attrs_define
class PreferencesOut:
    """
    Attributes:
        language (str): The language new notifications and e-mails are written in: `vi` or `en`.
        email_mode (str): `immediate`, `digest` (one e-mail a day at `digest_hour`) or `off` (no e-mail).
        digest_hour (int): The local hour (0–23) the daily digest is sent at.
        quiet_start_hour (int | None): The local hour quiet hours begin; null for none.
        quiet_end_hour (int | None): The local hour quiet hours end; null for none.
        kinds (list[KindInfo]): Every kind, with the caller's choice or the kind's default and what it tells.
        email_enabled (bool): False when the server has no SMTP configured: no e-mail is sent whatever the choices.
        timezone (str): The time zone quiet hours and the digest hour are in (`Asia/Ho_Chi_Minh`).
    """

    language: str
    email_mode: str
    digest_hour: int
    quiet_start_hour: int | None
    quiet_end_hour: int | None
    kinds: list[KindInfo]
    email_enabled: bool
    timezone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        email_mode = self.email_mode

        digest_hour = self.digest_hour

        quiet_start_hour: int | None
        quiet_start_hour = self.quiet_start_hour

        quiet_end_hour: int | None
        quiet_end_hour = self.quiet_end_hour

        kinds = []
        for kinds_item_data in self.kinds:
            kinds_item = kinds_item_data.to_dict()
            kinds.append(kinds_item)

        email_enabled = self.email_enabled

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "email_mode": email_mode,
                "digest_hour": digest_hour,
                "quiet_start_hour": quiet_start_hour,
                "quiet_end_hour": quiet_end_hour,
                "kinds": kinds,
                "email_enabled": email_enabled,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kind_info import KindInfo  # noqa: PLC0415

        d = dict(src_dict)
        language = d.pop("language")

        email_mode = d.pop("email_mode")

        digest_hour = d.pop("digest_hour")

        def _parse_quiet_start_hour(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quiet_start_hour = _parse_quiet_start_hour(d.pop("quiet_start_hour"))

        def _parse_quiet_end_hour(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quiet_end_hour = _parse_quiet_end_hour(d.pop("quiet_end_hour"))

        kinds = []
        _kinds = d.pop("kinds")
        for kinds_item_data in _kinds:
            kinds_item = KindInfo.from_dict(kinds_item_data)

            kinds.append(kinds_item)

        email_enabled = d.pop("email_enabled")

        timezone = d.pop("timezone")

        preferences_out = cls(
            language=language,
            email_mode=email_mode,
            digest_hour=digest_hour,
            quiet_start_hour=quiet_start_hour,
            quiet_end_hour=quiet_end_hour,
            kinds=kinds,
            email_enabled=email_enabled,
            timezone=timezone,
        )

        preferences_out.additional_properties = d
        return preferences_out

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
