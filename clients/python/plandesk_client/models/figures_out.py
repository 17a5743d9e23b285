from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FiguresOut")


@_attrs_define
class FiguresOut:
    """Propagation figures for one channel, with the channel's title.

    Attributes:
        channel_id (None | Unset | UUID): A propagation channel of the plan; null for figures not tied to one.
        events (int | Unset): Events held (hội nghị, buổi tuyên truyền) Default: 0.
        participants (int | Unset): People who took part in those events (lượt người). Default: 0.
        articles (int | Unset): Articles, news items, broadcasts Default: 0.
        banners (int | Unset): Banners, posters, panels Default: 0.
        channel (None | str | Unset): The channel's title; null when the figures are tied to no channel.
    """

    channel_id: None | Unset | UUID = UNSET
    events: int | Unset = 0
    participants: int | Unset = 0
    articles: int | Unset = 0
    banners: int | Unset = 0
    channel: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id: None | str | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        elif isinstance(self.channel_id, UUID):
            channel_id = str(self.channel_id)
        else:
            channel_id = self.channel_id

        events = self.events

        participants = self.participants

        articles = self.articles

        banners = self.banners

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if events is not UNSET:
            field_dict["events"] = events
        if participants is not UNSET:
            field_dict["participants"] = participants
        if articles is not UNSET:
            field_dict["articles"] = articles
        if banners is not UNSET:
            field_dict["banners"] = banners
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_channel_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_id_type_0 = UUID(data)

                return channel_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        channel_id = _parse_channel_id(d.pop("channel_id", UNSET))

        events = d.pop("events", UNSET)

        participants = d.pop("participants", UNSET)

        articles = d.pop("articles", UNSET)

        banners = d.pop("banners", UNSET)

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        figures_out = cls(
            channel_id=channel_id,
            events=events,
            participants=participants,
            articles=articles,
            banners=banners,
            channel=channel,
        )

        figures_out.additional_properties = d
        return figures_out

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
