from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.meeting_opinion_contributor_group import MeetingOpinionContributorGroup
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingOpinion")


@_attrs_define
class MeetingOpinion:
    """One opinion voiced at the meeting, as the minutes record it (channel: meeting).

    Attributes:
        body (str): The opinion itself, 1 to 10,000 characters.
        section_id (None | Unset | UUID): Stable id of the section commented on
        quote (None | str | Unset): The passage of that section the opinion is about, copied exactly; needs section_id.
        quote_start (int | None | Unset): Offset of the quote in the section text (Unicode code points)
        quote_end (int | None | Unset): End offset (exclusive). Give both offsets or neither;
            text[quote_start:quote_end] must equal quote.
        contributor_group (MeetingOpinionContributorGroup | Unset): Who the opinion comes from: citizen (a member of the
            public), expert (scientist, specialist), veteran (cựu chiến binh), party_member (đảng viên), organisation (an
            association, a business, a mass organisation), unit (one of the plan's units, speaking for itself), other.
            Default: MeetingOpinionContributorGroup.CITIZEN.
        name (None | str | Unset): The contributor's name; optional (anonymous allowed). Personal data: only moderators
            and admins ever read it; exports include it only on their request.
        organisation (None | str | Unset): The organisation the contributor speaks for; optional. Personal data: only
            moderators and admins ever read it; exports include it only on their request.
        contact (None | str | Unset): E-mail, phone or address, for an answer; optional. Personal data: only moderators
            and admins ever read it; exports include it only on their request.
    """

    body: str
    section_id: None | Unset | UUID = UNSET
    quote: None | str | Unset = UNSET
    quote_start: int | None | Unset = UNSET
    quote_end: int | None | Unset = UNSET
    contributor_group: MeetingOpinionContributorGroup | Unset = MeetingOpinionContributorGroup.CITIZEN
    name: None | str | Unset = UNSET
    organisation: None | str | Unset = UNSET
    contact: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        section_id: None | str | Unset
        if isinstance(self.section_id, Unset):
            section_id = UNSET
        elif isinstance(self.section_id, UUID):
            section_id = str(self.section_id)
        else:
            section_id = self.section_id

        quote: None | str | Unset
        if isinstance(self.quote, Unset):
            quote = UNSET
        else:
            quote = self.quote

        quote_start: int | None | Unset
        if isinstance(self.quote_start, Unset):
            quote_start = UNSET
        else:
            quote_start = self.quote_start

        quote_end: int | None | Unset
        if isinstance(self.quote_end, Unset):
            quote_end = UNSET
        else:
            quote_end = self.quote_end

        contributor_group: str | Unset = UNSET
        if not isinstance(self.contributor_group, Unset):
            contributor_group = self.contributor_group.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        organisation: None | str | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        else:
            organisation = self.organisation

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
            }
        )
        if section_id is not UNSET:
            field_dict["section_id"] = section_id
        if quote is not UNSET:
            field_dict["quote"] = quote
        if quote_start is not UNSET:
            field_dict["quote_start"] = quote_start
        if quote_end is not UNSET:
            field_dict["quote_end"] = quote_end
        if contributor_group is not UNSET:
            field_dict["contributor_group"] = contributor_group
        if name is not UNSET:
            field_dict["name"] = name
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        def _parse_section_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                section_id_type_0 = UUID(data)

                return section_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        section_id = _parse_section_id(d.pop("section_id", UNSET))

        def _parse_quote(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote = _parse_quote(d.pop("quote", UNSET))

        def _parse_quote_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quote_start = _parse_quote_start(d.pop("quote_start", UNSET))

        def _parse_quote_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quote_end = _parse_quote_end(d.pop("quote_end", UNSET))

        _contributor_group = d.pop("contributor_group", UNSET)
        contributor_group: MeetingOpinionContributorGroup | Unset
        if isinstance(_contributor_group, Unset):
            contributor_group = UNSET
        else:
            contributor_group = MeetingOpinionContributorGroup(_contributor_group)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_organisation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        meeting_opinion = cls(
            body=body,
            section_id=section_id,
            quote=quote,
            quote_start=quote_start,
            quote_end=quote_end,
            contributor_group=contributor_group,
            name=name,
            organisation=organisation,
            contact=contact,
        )

        return meeting_opinion
