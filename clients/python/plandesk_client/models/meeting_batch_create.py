from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting_in import MeetingIn
    from ..models.meeting_opinion import MeetingOpinion


T = TypeVar("T", bound="MeetingBatchCreate")


@_attrs_define
class MeetingBatchCreate:
    """The opinions gathered at one meeting, recorded together: all are stored, or none.

    Attributes:
        meeting (MeetingIn): The meeting where the opinions were gathered (hội nghị lấy ý kiến).
        submissions (list[MeetingOpinion]): The opinions voiced, 1 to 1,000, each a submission.
        unit_id (None | Unset | UUID): The unit that held the meeting (a unit officer's own unit by default)
    """

    meeting: MeetingIn
    submissions: list[MeetingOpinion]
    unit_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        meeting = self.meeting.to_dict()

        submissions = []
        for submissions_item_data in self.submissions:
            submissions_item = submissions_item_data.to_dict()
            submissions.append(submissions_item)

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "meeting": meeting,
                "submissions": submissions,
            }
        )
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_in import MeetingIn  # noqa: PLC0415
        from ..models.meeting_opinion import MeetingOpinion  # noqa: PLC0415

        d = dict(src_dict)
        meeting = MeetingIn.from_dict(d.pop("meeting"))

        submissions = []
        _submissions = d.pop("submissions")
        for submissions_item_data in _submissions:
            submissions_item = MeetingOpinion.from_dict(submissions_item_data)

            submissions.append(submissions_item)

        def _parse_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        meeting_batch_create = cls(
            meeting=meeting,
            submissions=submissions,
            unit_id=unit_id,
        )

        return meeting_batch_create
