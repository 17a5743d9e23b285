from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FeedToken")


@_attrs_define
class FeedToken:
    """A calendar-feed token: shown once. Rotating it cuts off the old one at once.

    Attributes:
        token (str): The secret that opens the calendar feed; shown only now, stored hashed. Keep it like a password.
        url_template (str): Replace {plan_id}; add &unit_id=… for one unit's deadlines
        url (None | str): The feed of the plan given as plan_id, if any
    """

    token: str
    url_template: str
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        url_template = self.url_template

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "url_template": url_template,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        url_template = d.pop("url_template")

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        feed_token = cls(
            token=token,
            url_template=url_template,
            url=url,
        )

        feed_token.additional_properties = d
        return feed_token

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
