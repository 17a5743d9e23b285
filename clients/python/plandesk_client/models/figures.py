from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Figures")


@_attrs_define
class Figures:
    """Propagation figures for one channel (``channel_id`` null: not tied to a channel).

    Attributes:
        channel_id (None | Unset | UUID): A propagation channel of the plan; null for figures not tied to one.
        events (int | Unset): Events held (hội nghị, buổi tuyên truyền) Default: 0.
        participants (int | Unset): People who took part in those events (lượt người). Default: 0.
        articles (int | Unset): Articles, news items, broadcasts Default: 0.
        banners (int | Unset): Banners, posters, panels Default: 0.
    """

    channel_id: None | Unset | UUID = UNSET
    events: int | Unset = 0
    participants: int | Unset = 0
    articles: int | Unset = 0
    banners: int | Unset = 0

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

        field_dict: dict[str, Any] = {}

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

        figures = cls(
            channel_id=channel_id,
            events=events,
            participants=participants,
            articles=articles,
            banners=banners,
        )

        return figures
