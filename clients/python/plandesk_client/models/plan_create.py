from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.plan_create_status import PlanCreateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legal_basis import LegalBasis


T = TypeVar("T", bound="PlanCreate")


@_attrs_define
class PlanCreate:
    """
    Attributes:
        code (str): The plan's document number as printed on it, e.g. "148-KH/TU"; unique among plans, 1–80
            characters.
        title (str): The plan's title ("Kế hoạch tuyên truyền đại hội đảng bộ các cấp …"), 1–1000 characters.
        issuing_body (None | str | Unset): The body that issued the plan ("Ban Thường vụ Tỉnh ủy"); null when not
            stated. At most 300
            characters.
        place (None | str | Unset): Where the plan was signed, as printed before the date ("Đắk Lắk"); null when not
            stated.
        issued_on (datetime.date | None | Unset): The date the plan was issued (ISO 8601 date), e.g. 2025-02-11; null
            for a draft not yet signed.
        signer_name (None | str | Unset): Name of the official who signed the plan; null when not known. At most 200
            characters.
        signer_title (None | str | Unset): The signer's position as printed ("Phó Bí thư Thường trực"); null when not
            known.
        legal_bases (list[LegalBasis] | Unset): The documents the plan is based on ("Căn cứ …"), in the order the plan
            cites them; at most 100.
        purposes (list[str] | Unset): The plan's purposes (section "Mục đích"), one paragraph per item, in order; at
            most 200 items of
            up to 5000 characters.
        requirements (list[str] | Unset): The plan's requirements (section "Yêu cầu"), one paragraph per item, in order;
            at most 200 items.
        recipients (list[str] | Unset): Who the plan is sent to ("Nơi nhận"), one recipient per item, as printed; at
            most 200.
        status (PlanCreateStatus | Unset): Where the plan is in its life: `draft` (being prepared, not yet in force),
            `active` (being
            carried out: tasks are assigned and reported on), `completed` (closed by its final review),
            `archived` (kept for reference, read-only in practice). Any status may follow any other; each
            change is audited. Default: PlanCreateStatus.DRAFT.
        published (bool | Unset): When true, anyone (no sign-in) may read the plan's public summary at GET
            /api/v1/public/plans/{plan_id}: phases, channels and milestones, never tasks or progress. Default: False.
        timezone (None | str | Unset): IANA time zone where the plan is carried out ("Asia/Ho_Chi_Minh"): its day-
            precision deadlines
            fall due at midnight there. Null: the deployment's PLANDESK_TIMEZONE.
    """

    code: str
    title: str
    issuing_body: None | str | Unset = UNSET
    place: None | str | Unset = UNSET
    issued_on: datetime.date | None | Unset = UNSET
    signer_name: None | str | Unset = UNSET
    signer_title: None | str | Unset = UNSET
    legal_bases: list[LegalBasis] | Unset = UNSET
    purposes: list[str] | Unset = UNSET
    requirements: list[str] | Unset = UNSET
    recipients: list[str] | Unset = UNSET
    status: PlanCreateStatus | Unset = PlanCreateStatus.DRAFT
    published: bool | Unset = False
    timezone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        issuing_body: None | str | Unset
        if isinstance(self.issuing_body, Unset):
            issuing_body = UNSET
        else:
            issuing_body = self.issuing_body

        place: None | str | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        else:
            place = self.place

        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        signer_name: None | str | Unset
        if isinstance(self.signer_name, Unset):
            signer_name = UNSET
        else:
            signer_name = self.signer_name

        signer_title: None | str | Unset
        if isinstance(self.signer_title, Unset):
            signer_title = UNSET
        else:
            signer_title = self.signer_title

        legal_bases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.legal_bases, Unset):
            legal_bases = []
            for legal_bases_item_data in self.legal_bases:
                legal_bases_item = legal_bases_item_data.to_dict()
                legal_bases.append(legal_bases_item)

        purposes: list[str] | Unset = UNSET
        if not isinstance(self.purposes, Unset):
            purposes = self.purposes

        requirements: list[str] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        published = self.published

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "title": title,
            }
        )
        if issuing_body is not UNSET:
            field_dict["issuing_body"] = issuing_body
        if place is not UNSET:
            field_dict["place"] = place
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on
        if signer_name is not UNSET:
            field_dict["signer_name"] = signer_name
        if signer_title is not UNSET:
            field_dict["signer_title"] = signer_title
        if legal_bases is not UNSET:
            field_dict["legal_bases"] = legal_bases
        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        if requirements is not UNSET:
            field_dict["requirements"] = requirements
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if status is not UNSET:
            field_dict["status"] = status
        if published is not UNSET:
            field_dict["published"] = published
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legal_basis import LegalBasis  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        title = d.pop("title")

        def _parse_issuing_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuing_body = _parse_issuing_body(d.pop("issuing_body", UNSET))

        def _parse_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place = _parse_place(d.pop("place", UNSET))

        def _parse_issued_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.date.fromisoformat(data)

                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        issued_on = _parse_issued_on(d.pop("issued_on", UNSET))

        def _parse_signer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signer_name = _parse_signer_name(d.pop("signer_name", UNSET))

        def _parse_signer_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signer_title = _parse_signer_title(d.pop("signer_title", UNSET))

        _legal_bases = d.pop("legal_bases", UNSET)
        legal_bases: list[LegalBasis] | Unset = UNSET
        if _legal_bases is not UNSET:
            legal_bases = []
            for legal_bases_item_data in _legal_bases:
                legal_bases_item = LegalBasis.from_dict(legal_bases_item_data)

                legal_bases.append(legal_bases_item)

        purposes = cast(list[str], d.pop("purposes", UNSET))

        requirements = cast(list[str], d.pop("requirements", UNSET))

        recipients = cast(list[str], d.pop("recipients", UNSET))

        _status = d.pop("status", UNSET)
        status: PlanCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PlanCreateStatus(_status)

        published = d.pop("published", UNSET)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        plan_create = cls(
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
        )

        return plan_create
