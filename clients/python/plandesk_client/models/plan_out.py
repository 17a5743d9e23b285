from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_out_status import PlanOutStatus

if TYPE_CHECKING:
    from ..models.legal_basis import LegalBasis


T = TypeVar("T", bound="PlanOut")


@_attrs_define
class PlanOut:
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
        place (None | str): Where the plan was signed, as printed before the date ("Đắk Lắk"); null when not stated.
        issued_on (datetime.date | None): The date the plan was issued (ISO 8601 date), e.g. 2025-02-11; null for a
            draft not yet signed.
        signer_name (None | str): Name of the official who signed the plan; null when not known. At most 200 characters.
        signer_title (None | str): The signer's position as printed ("Phó Bí thư Thường trực"); null when not known.
        legal_bases (list[LegalBasis]): The documents the plan is based on ("Căn cứ …"), in the order the plan cites
            them; at most 100.
        purposes (list[str]): The plan's purposes (section "Mục đích"), one paragraph per item, in order; at most 200
            items of
            up to 5000 characters.
        requirements (list[str]): The plan's requirements (section "Yêu cầu"), one paragraph per item, in order; at most
            200 items.
        recipients (list[str]): Who the plan is sent to ("Nơi nhận"), one recipient per item, as printed; at most 200.
        status (PlanOutStatus): Where the plan is in its life: `draft` (being prepared, not yet in force), `active`
            (being
            carried out: tasks are assigned and reported on), `completed` (closed by its final review),
            `archived` (kept for reference, read-only in practice). Any status may follow any other; each
            change is audited.
        published (bool): When true, anyone (no sign-in) may read the plan's public summary at GET
            /api/v1/public/plans/{plan_id}: phases, channels and milestones, never tasks or progress.
        timezone (None | str): The plan's own IANA time zone, or null to use the deployment's PLANDESK_TIMEZONE.
        effective_timezone (str): The zone the plan's dates are reckoned in: its own, else the deployment's
        created_at (datetime.datetime): When the plan was created in PlanDesk (UTC, ISO 8601).
        updated_at (datetime.datetime): When the plan's own fields last changed (UTC, ISO 8601); changes to its phases
            or tasks do not
            count.
    """

    etag: str
    id: UUID
    code: str
    title: str
    issuing_body: None | str
    place: None | str
    issued_on: datetime.date | None
    signer_name: None | str
    signer_title: None | str
    legal_bases: list[LegalBasis]
    purposes: list[str]
    requirements: list[str]
    recipients: list[str]
    status: PlanOutStatus
    published: bool
    timezone: None | str
    effective_timezone: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        code = self.code

        title = self.title

        issuing_body: None | str
        issuing_body = self.issuing_body

        place: None | str
        place = self.place

        issued_on: None | str
        if isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        signer_name: None | str
        signer_name = self.signer_name

        signer_title: None | str
        signer_title = self.signer_title

        legal_bases = []
        for legal_bases_item_data in self.legal_bases:
            legal_bases_item = legal_bases_item_data.to_dict()
            legal_bases.append(legal_bases_item)

        purposes = self.purposes

        requirements = self.requirements

        recipients = self.recipients

        status = self.status.value

        published = self.published

        timezone: None | str
        timezone = self.timezone

        effective_timezone = self.effective_timezone

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "code": code,
                "title": title,
                "issuing_body": issuing_body,
                "place": place,
                "issued_on": issued_on,
                "signer_name": signer_name,
                "signer_title": signer_title,
                "legal_bases": legal_bases,
                "purposes": purposes,
                "requirements": requirements,
                "recipients": recipients,
                "status": status,
                "published": published,
                "timezone": timezone,
                "effective_timezone": effective_timezone,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legal_basis import LegalBasis  # noqa: PLC0415

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

        def _parse_place(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        place = _parse_place(d.pop("place"))

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

        def _parse_signer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signer_name = _parse_signer_name(d.pop("signer_name"))

        def _parse_signer_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signer_title = _parse_signer_title(d.pop("signer_title"))

        legal_bases = []
        _legal_bases = d.pop("legal_bases")
        for legal_bases_item_data in _legal_bases:
            legal_bases_item = LegalBasis.from_dict(legal_bases_item_data)

            legal_bases.append(legal_bases_item)

        purposes = cast(list[str], d.pop("purposes"))

        requirements = cast(list[str], d.pop("requirements"))

        recipients = cast(list[str], d.pop("recipients"))

        status = PlanOutStatus(d.pop("status"))

        published = d.pop("published")

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        effective_timezone = d.pop("effective_timezone")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        plan_out = cls(
            etag=etag,
            id=id,
            code=code,
            title=title,
            issuing_body=issuing_body,
            place=place,
            issued_on=issued_on,
            signer_name=signer_name,
            signer_title=signer_title,
            legal_bases=legal_bases,
            purposes=purposes,
            requirements=requirements,
            recipients=recipients,
            status=status,
            published=published,
            timezone=timezone,
            effective_timezone=effective_timezone,
            created_at=created_at,
            updated_at=updated_at,
        )

        plan_out.additional_properties = d
        return plan_out

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
