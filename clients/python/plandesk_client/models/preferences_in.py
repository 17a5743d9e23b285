from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.preferences_in_email_mode import PreferencesInEmailMode
from ..models.preferences_in_language import PreferencesInLanguage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kind_preference import KindPreference


T = TypeVar("T", bound="PreferencesIn")


@_attrs_define
class PreferencesIn:
    """
    Attributes:
        language (PreferencesInLanguage | Unset): The language new notifications and e-mails are written in: `vi`
            (default) or `en`. Default: PreferencesInLanguage.VI.
        email_mode (PreferencesInEmailMode | Unset): `immediate`: each e-mail as it comes (after quiet hours); `digest`:
            one e-mail a day at
            `digest_hour`; `off`: no e-mail at all (the app keeps notifying). Default: PreferencesInEmailMode.IMMEDIATE.
        digest_hour (int | Unset): The local hour (0–23, the server's time zone) the daily digest is sent at; default 7.
            Default: 7.
        quiet_start_hour (int | None | Unset): The local hour (0–23) quiet hours begin: immediate e-mails wait until
            they end. Set both quiet
            hours or neither (422 otherwise); null for none.
        quiet_end_hour (int | None | Unset): The local hour (0–23) quiet hours end; may be earlier than the start (22 →
            6 spans midnight).
            Null for none.
        kinds (list[KindPreference] | Unset): Choices per kind; kinds not listed keep their earlier choice or the kind's
            default.
    """

    language: PreferencesInLanguage | Unset = PreferencesInLanguage.VI
    email_mode: PreferencesInEmailMode | Unset = PreferencesInEmailMode.IMMEDIATE
    digest_hour: int | Unset = 7
    quiet_start_hour: int | None | Unset = UNSET
    quiet_end_hour: int | None | Unset = UNSET
    kinds: list[KindPreference] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        email_mode: str | Unset = UNSET
        if not isinstance(self.email_mode, Unset):
            email_mode = self.email_mode.value

        digest_hour = self.digest_hour

        quiet_start_hour: int | None | Unset
        if isinstance(self.quiet_start_hour, Unset):
            quiet_start_hour = UNSET
        else:
            quiet_start_hour = self.quiet_start_hour

        quiet_end_hour: int | None | Unset
        if isinstance(self.quiet_end_hour, Unset):
            quiet_end_hour = UNSET
        else:
            quiet_end_hour = self.quiet_end_hour

        kinds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kinds, Unset):
            kinds = []
            for kinds_item_data in self.kinds:
                kinds_item = kinds_item_data.to_dict()
                kinds.append(kinds_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if email_mode is not UNSET:
            field_dict["email_mode"] = email_mode
        if digest_hour is not UNSET:
            field_dict["digest_hour"] = digest_hour
        if quiet_start_hour is not UNSET:
            field_dict["quiet_start_hour"] = quiet_start_hour
        if quiet_end_hour is not UNSET:
            field_dict["quiet_end_hour"] = quiet_end_hour
        if kinds is not UNSET:
            field_dict["kinds"] = kinds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kind_preference import KindPreference  # noqa: PLC0415

        d = dict(src_dict)
        _language = d.pop("language", UNSET)
        language: PreferencesInLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = PreferencesInLanguage(_language)

        _email_mode = d.pop("email_mode", UNSET)
        email_mode: PreferencesInEmailMode | Unset
        if isinstance(_email_mode, Unset):
            email_mode = UNSET
        else:
            email_mode = PreferencesInEmailMode(_email_mode)

        digest_hour = d.pop("digest_hour", UNSET)

        def _parse_quiet_start_hour(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quiet_start_hour = _parse_quiet_start_hour(d.pop("quiet_start_hour", UNSET))

        def _parse_quiet_end_hour(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quiet_end_hour = _parse_quiet_end_hour(d.pop("quiet_end_hour", UNSET))

        _kinds = d.pop("kinds", UNSET)
        kinds: list[KindPreference] | Unset = UNSET
        if _kinds is not UNSET:
            kinds = []
            for kinds_item_data in _kinds:
                kinds_item = KindPreference.from_dict(kinds_item_data)

                kinds.append(kinds_item)

        preferences_in = cls(
            language=language,
            email_mode=email_mode,
            digest_hour=digest_hour,
            quiet_start_hour=quiet_start_hour,
            quiet_end_hour=quiet_end_hour,
            kinds=kinds,
        )

        return preferences_in
