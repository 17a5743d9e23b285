from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_plan_status import PublicPlanStatus

if TYPE_CHECKING:
    from ..models.public_channel import PublicChannel
    from ..models.public_milestone import PublicMilestone
    from ..models.public_phase import PublicPhase


T = TypeVar("T", bound="PublicPlan")


@_attrs_define
class PublicPlan:
    """What anyone may read of a published plan: no tasks, no progress.

    Attributes:
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
        status (PublicPlanStatus): Where the plan is in its life: `draft` (being prepared, not yet in force), `active`
            (being
            carried out: tasks are assigned and reported on), `completed` (closed by its final review),
            `archived` (kept for reference, read-only in practice). Any status may follow any other; each
            change is audited.
        timezone (str): The zone the plan's dates are reckoned in: its own, else the deployment's
        purposes (list[str]): The plan's purposes (section "Mục đích"), one paragraph per item, in order; at most 200
            items of
            up to 5000 characters.
        requirements (list[str]): The plan's requirements (section "Yêu cầu"), one paragraph per item, in order; at most
            200 items.
        phases (list[PublicPhase]): The plan's top-level phases in order, each with its sub-phases.
        channels (list[PublicChannel]): The plan's channels (forms of communication) in order.
        milestones (list[PublicMilestone]): The plan's milestones, by date.
    """

    id: UUID
    code: str
    title: str
    issuing_body: None | str
    place: None | str
    issued_on: datetime.date | None
    status: PublicPlanStatus
    timezone: str
    purposes: list[str]
    requirements: list[str]
    phases: list[PublicPhase]
    channels: list[PublicChannel]
    milestones: list[PublicMilestone]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        status = self.status.value

        timezone = self.timezone

        purposes = self.purposes

        requirements = self.requirements

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.to_dict()
            channels.append(channels_item)

        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.to_dict()
            milestones.append(milestones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "title": title,
                "issuing_body": issuing_body,
                "place": place,
                "issued_on": issued_on,
                "status": status,
                "timezone": timezone,
                "purposes": purposes,
                "requirements": requirements,
                "phases": phases,
                "channels": channels,
                "milestones": milestones,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_channel import PublicChannel  # noqa: PLC0415
        from ..models.public_milestone import PublicMilestone  # noqa: PLC0415
        from ..models.public_phase import PublicPhase  # noqa: PLC0415

        d = dict(src_dict)
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

        status = PublicPlanStatus(d.pop("status"))

        timezone = d.pop("timezone")

        purposes = cast(list[str], d.pop("purposes"))

        requirements = cast(list[str], d.pop("requirements"))

        phases = []
        _phases = d.pop("phases")
        for phases_item_data in _phases:
            phases_item = PublicPhase.from_dict(phases_item_data)

            phases.append(phases_item)

        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = PublicChannel.from_dict(channels_item_data)

            channels.append(channels_item)

        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in _milestones:
            milestones_item = PublicMilestone.from_dict(milestones_item_data)

            milestones.append(milestones_item)

        public_plan = cls(
            id=id,
            code=code,
            title=title,
            issuing_body=issuing_body,
            place=place,
            issued_on=issued_on,
            status=status,
            timezone=timezone,
            purposes=purposes,
            requirements=requirements,
            phases=phases,
            channels=channels,
            milestones=milestones,
        )

        public_plan.additional_properties = d
        return public_plan

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
