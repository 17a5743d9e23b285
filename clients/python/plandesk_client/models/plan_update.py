from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.plan_update_status_type_0 import PlanUpdateStatusType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legal_basis import LegalBasis


T = TypeVar("T", bound="PlanUpdate")


@_attrs_define
class PlanUpdate:
    """
    Attributes:
        code (None | str | Unset): The plan's document number as printed on it, e.g. "148-KH/TU"; unique among plans,
            1–80
            characters.
        title (None | str | Unset): The plan's title ("Kế hoạch tuyên truyền đại hội đảng bộ các cấp …"), 1–1000
            characters.
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
        legal_bases (list[LegalBasis] | None | Unset): The documents the plan is based on ("Căn cứ …"), in the order the
            plan cites them; at most 100.
        purposes (list[str] | None | Unset): The plan's purposes (section "Mục đích"), one paragraph per item, in order;
            at most 200 items of
            up to 5000 characters.
        requirements (list[str] | None | Unset): The plan's requirements (section "Yêu cầu"), one paragraph per item, in
            order; at most 200 items.
        recipients (list[str] | None | Unset): Who the plan is sent to ("Nơi nhận"), one recipient per item, as printed;
            at most 200.
        status (None | PlanUpdateStatusType0 | Unset): Where the plan is in its life: `draft` (being prepared, not yet
            in force), `active` (being
            carried out: tasks are assigned and reported on), `completed` (closed by its final review),
            `archived` (kept for reference, read-only in practice). Any status may follow any other; each
            change is audited.
        published (bool | None | Unset): When true, anyone (no sign-in) may read the plan's public summary at GET
            /api/v1/public/plans/{plan_id}: phases, channels and milestones, never tasks or progress.
        timezone (None | str | Unset): IANA time zone where the plan is carried out ("Asia/Ho_Chi_Minh"): its day-
            precision deadlines
            fall due at midnight there. Null: the deployment's PLANDESK_TIMEZONE.
    """

    code: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    issuing_body: None | str | Unset = UNSET
    place: None | str | Unset = UNSET
    issued_on: datetime.date | None | Unset = UNSET
    signer_name: None | str | Unset = UNSET
    signer_title: None | str | Unset = UNSET
    legal_bases: list[LegalBasis] | None | Unset = UNSET
    purposes: list[str] | None | Unset = UNSET
    requirements: list[str] | None | Unset = UNSET
    recipients: list[str] | None | Unset = UNSET
    status: None | PlanUpdateStatusType0 | Unset = UNSET
    published: bool | None | Unset = UNSET
    timezone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
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

        legal_bases: list[dict[str, Any]] | None | Unset
        if isinstance(self.legal_bases, Unset):
            legal_bases = UNSET
        elif isinstance(self.legal_bases, list):
            legal_bases = []
            for legal_bases_type_0_item_data in self.legal_bases:
                legal_bases_type_0_item = legal_bases_type_0_item_data.to_dict()
                legal_bases.append(legal_bases_type_0_item)

        else:
            legal_bases = self.legal_bases

        purposes: list[str] | None | Unset
        if isinstance(self.purposes, Unset):
            purposes = UNSET
        elif isinstance(self.purposes, list):
            purposes = self.purposes

        else:
            purposes = self.purposes

        requirements: list[str] | None | Unset
        if isinstance(self.requirements, Unset):
            requirements = UNSET
        elif isinstance(self.requirements, list):
            requirements = self.requirements

        else:
            requirements = self.requirements

        recipients: list[str] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = self.recipients

        else:
            recipients = self.recipients

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PlanUpdateStatusType0):
            status = self.status.value
        else:
            status = self.status

        published: bool | None | Unset
        if isinstance(self.published, Unset):
            published = UNSET
        else:
            published = self.published

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
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

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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

        def _parse_legal_bases(data: object) -> list[LegalBasis] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                legal_bases_type_0 = []
                _legal_bases_type_0 = data
                for legal_bases_type_0_item_data in _legal_bases_type_0:
                    legal_bases_type_0_item = LegalBasis.from_dict(legal_bases_type_0_item_data)

                    legal_bases_type_0.append(legal_bases_type_0_item)

                return legal_bases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LegalBasis] | None | Unset, data)

        legal_bases = _parse_legal_bases(d.pop("legal_bases", UNSET))

        def _parse_purposes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                purposes_type_0 = cast(list[str], data)

                return purposes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        purposes = _parse_purposes(d.pop("purposes", UNSET))

        def _parse_requirements(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                requirements_type_0 = cast(list[str], data)

                return requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        requirements = _parse_requirements(d.pop("requirements", UNSET))

        def _parse_recipients(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = cast(list[str], data)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        recipients = _parse_recipients(d.pop("recipients", UNSET))

        def _parse_status(data: object) -> None | PlanUpdateStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PlanUpdateStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlanUpdateStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_published(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        published = _parse_published(d.pop("published", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        plan_update = cls(
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

        return plan_update
