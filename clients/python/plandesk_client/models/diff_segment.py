from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diff_segment_op import DiffSegmentOp

T = TypeVar("T", bound="DiffSegment")


@_attrs_define
class DiffSegment:
    """A run of words of a member's text compared with the cluster's first text.

    Attributes:
        op (DiffSegmentOp): added: in this member only; removed: in the cluster's first text only
        text (str): The words of this run, spacing kept.
        content (bool): The segment holds a content word (not a particle, punctuation, spelling)
    """

    op: DiffSegmentOp
    text: str
    content: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        text = self.text

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "text": text,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = DiffSegmentOp(d.pop("op"))

        text = d.pop("text")

        content = d.pop("content")

        diff_segment = cls(
            op=op,
            text=text,
            content=content,
        )

        diff_segment.additional_properties = d
        return diff_segment

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
