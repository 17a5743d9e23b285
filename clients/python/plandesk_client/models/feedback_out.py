from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_out_channel import FeedbackOutChannel
from ..models.feedback_out_contributor_group import FeedbackOutContributorGroup
from ..models.feedback_out_status import FeedbackOutStatus

if TYPE_CHECKING:
    from ..models.contacts import Contacts


T = TypeVar("T", bound="FeedbackOut")


@_attrs_define
class FeedbackOut:
    """A submission as staff read it in the moderation queue.

    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The submission's id.
        consultation_id (UUID): The consultation it was given on.
        section_id (None | UUID): The section commented on; null for the whole draft.
        quote (None | str): The passage quoted from that section; null when none.
        quote_start (int | None): Offset of the quote in the section text (code points).
        quote_end (int | None): End offset of the quote (exclusive).
        body (str): The opinion as submitted.
        contributor_group (FeedbackOutContributorGroup): Who the opinion comes from: citizen (a member of the public),
            expert (scientist, specialist), veteran (cựu chiến binh), party_member (đảng viên), organisation (an
            association, a business, a mass organisation), unit (one of the plan's units, speaking for itself), other.
        channel (FeedbackOutChannel): How the opinion arrived: web (the public form), mobile (the mobile app), meeting
            (gathered at a meeting and typed in by staff, see meeting_id), letter (a posted letter, typed in by staff),
            phone (a call to the hotline, typed in by staff).
        meeting_id (None | UUID): The meeting it was voiced at (channel meeting); else null.
        submitted_at (datetime.datetime): When it was submitted (UTC).
        status (FeedbackOutStatus): Where the submission stands in moderation: received (new, nobody has looked at it);
            in_review (a moderator is considering it); accepted (taken into the revised draft); partially_accepted (taken in
            part); not_accepted (considered, not taken); duplicate (says what an earlier submission says); spam (not an
            opinion on the draft). Moves: received → in_review | duplicate | spam; in_review → received | accepted |
            partially_accepted | not_accepted | duplicate | spam; every decided status → in_review (reopen). accepted,
            partially_accepted and not_accepted need an official response.
        response (None | str): The official response; the contributor reads it by receipt code.
        responded_at (datetime.datetime | None): When the response was last given (UTC).
        assigned_to (None | UUID): The moderator handling it; null when unassigned.
        tags (list[str]): Moderators' labels (1–64 characters each, at most 20), e.g. "chuyển đổi số".
        cluster_id (None | UUID): Its near-duplicate cluster; null when it has none.
        duplicate_of (None | UUID): The first submission with the same normalised text
        contacts (Contacts | None): Only for moderators and admins; null for everyone else
        contacts_purged (bool): True when the contact details were erased under the retention rule after the
            consultation closed (contacts then read null for everyone).
    """

    etag: str
    id: UUID
    consultation_id: UUID
    section_id: None | UUID
    quote: None | str
    quote_start: int | None
    quote_end: int | None
    body: str
    contributor_group: FeedbackOutContributorGroup
    channel: FeedbackOutChannel
    meeting_id: None | UUID
    submitted_at: datetime.datetime
    status: FeedbackOutStatus
    response: None | str
    responded_at: datetime.datetime | None
    assigned_to: None | UUID
    tags: list[str]
    cluster_id: None | UUID
    duplicate_of: None | UUID
    contacts: Contacts | None
    contacts_purged: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contacts import Contacts  # noqa: PLC0415

        etag = self.etag

        id = str(self.id)

        consultation_id = str(self.consultation_id)

        section_id: None | str
        if isinstance(self.section_id, UUID):
            section_id = str(self.section_id)
        else:
            section_id = self.section_id

        quote: None | str
        quote = self.quote

        quote_start: int | None
        quote_start = self.quote_start

        quote_end: int | None
        quote_end = self.quote_end

        body = self.body

        contributor_group = self.contributor_group.value

        channel = self.channel.value

        meeting_id: None | str
        if isinstance(self.meeting_id, UUID):
            meeting_id = str(self.meeting_id)
        else:
            meeting_id = self.meeting_id

        submitted_at = self.submitted_at.isoformat()

        status = self.status.value

        response: None | str
        response = self.response

        responded_at: None | str
        if isinstance(self.responded_at, datetime.datetime):
            responded_at = self.responded_at.isoformat()
        else:
            responded_at = self.responded_at

        assigned_to: None | str
        if isinstance(self.assigned_to, UUID):
            assigned_to = str(self.assigned_to)
        else:
            assigned_to = self.assigned_to

        tags = self.tags

        cluster_id: None | str
        if isinstance(self.cluster_id, UUID):
            cluster_id = str(self.cluster_id)
        else:
            cluster_id = self.cluster_id

        duplicate_of: None | str
        if isinstance(self.duplicate_of, UUID):
            duplicate_of = str(self.duplicate_of)
        else:
            duplicate_of = self.duplicate_of

        contacts: dict[str, Any] | None
        if isinstance(self.contacts, Contacts):
            contacts = self.contacts.to_dict()
        else:
            contacts = self.contacts

        contacts_purged = self.contacts_purged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "consultation_id": consultation_id,
                "section_id": section_id,
                "quote": quote,
                "quote_start": quote_start,
                "quote_end": quote_end,
                "body": body,
                "contributor_group": contributor_group,
                "channel": channel,
                "meeting_id": meeting_id,
                "submitted_at": submitted_at,
                "status": status,
                "response": response,
                "responded_at": responded_at,
                "assigned_to": assigned_to,
                "tags": tags,
                "cluster_id": cluster_id,
                "duplicate_of": duplicate_of,
                "contacts": contacts,
                "contacts_purged": contacts_purged,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contacts import Contacts  # noqa: PLC0415

        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        consultation_id = UUID(d.pop("consultation_id"))

        def _parse_section_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                section_id_type_0 = UUID(data)

                return section_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        section_id = _parse_section_id(d.pop("section_id"))

        def _parse_quote(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quote = _parse_quote(d.pop("quote"))

        def _parse_quote_start(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quote_start = _parse_quote_start(d.pop("quote_start"))

        def _parse_quote_end(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quote_end = _parse_quote_end(d.pop("quote_end"))

        body = d.pop("body")

        contributor_group = FeedbackOutContributorGroup(d.pop("contributor_group"))

        channel = FeedbackOutChannel(d.pop("channel"))

        def _parse_meeting_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_id_type_0 = UUID(data)

                return meeting_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        meeting_id = _parse_meeting_id(d.pop("meeting_id"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        status = FeedbackOutStatus(d.pop("status"))

        def _parse_response(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response = _parse_response(d.pop("response"))

        def _parse_responded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responded_at_type_0 = datetime.datetime.fromisoformat(data)

                return responded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        responded_at = _parse_responded_at(d.pop("responded_at"))

        def _parse_assigned_to(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_to_type_0 = UUID(data)

                return assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to"))

        tags = cast(list[str], d.pop("tags"))

        def _parse_cluster_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cluster_id_type_0 = UUID(data)

                return cluster_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id"))

        def _parse_duplicate_of(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                duplicate_of_type_0 = UUID(data)

                return duplicate_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        duplicate_of = _parse_duplicate_of(d.pop("duplicate_of"))

        def _parse_contacts(data: object) -> Contacts | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contacts_type_0 = Contacts.from_dict(data)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Contacts | None, data)

        contacts = _parse_contacts(d.pop("contacts"))

        contacts_purged = d.pop("contacts_purged")

        feedback_out = cls(
            etag=etag,
            id=id,
            consultation_id=consultation_id,
            section_id=section_id,
            quote=quote,
            quote_start=quote_start,
            quote_end=quote_end,
            body=body,
            contributor_group=contributor_group,
            channel=channel,
            meeting_id=meeting_id,
            submitted_at=submitted_at,
            status=status,
            response=response,
            responded_at=responded_at,
            assigned_to=assigned_to,
            tags=tags,
            cluster_id=cluster_id,
            duplicate_of=duplicate_of,
            contacts=contacts,
            contacts_purged=contacts_purged,
        )

        feedback_out.additional_properties = d
        return feedback_out

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
