from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewTexts")


@_attrs_define
class ReviewTexts:
    """The parts a coordinator writes; everything else is assembled from the plan.

    Attributes:
        opening (str | Unset): The opening paragraph before the figures. Default: ''.
        highlights (str | Unset): Results and highlights (kết quả nổi bật). Default: ''.
        shortcomings (str | Unset): Shortcomings and their causes (hạn chế, nguyên nhân). Default: ''.
        lessons (str | Unset): Lessons learnt (bài học kinh nghiệm). Default: ''.
        proposals (str | Unset): Proposals and recommendations (đề xuất, kiến nghị). Default: ''.
        next_steps (str | Unset): Tasks for the next period (nhiệm vụ thời gian tới). Default: ''.
    """

    opening: str | Unset = ""
    highlights: str | Unset = ""
    shortcomings: str | Unset = ""
    lessons: str | Unset = ""
    proposals: str | Unset = ""
    next_steps: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        opening = self.opening

        highlights = self.highlights

        shortcomings = self.shortcomings

        lessons = self.lessons

        proposals = self.proposals

        next_steps = self.next_steps

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if opening is not UNSET:
            field_dict["opening"] = opening
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if shortcomings is not UNSET:
            field_dict["shortcomings"] = shortcomings
        if lessons is not UNSET:
            field_dict["lessons"] = lessons
        if proposals is not UNSET:
            field_dict["proposals"] = proposals
        if next_steps is not UNSET:
            field_dict["next_steps"] = next_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opening = d.pop("opening", UNSET)

        highlights = d.pop("highlights", UNSET)

        shortcomings = d.pop("shortcomings", UNSET)

        lessons = d.pop("lessons", UNSET)

        proposals = d.pop("proposals", UNSET)

        next_steps = d.pop("next_steps", UNSET)

        review_texts = cls(
            opening=opening,
            highlights=highlights,
            shortcomings=shortcomings,
            lessons=lessons,
            proposals=proposals,
            next_steps=next_steps,
        )

        return review_texts
