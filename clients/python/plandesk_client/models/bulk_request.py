from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_action import BulkAction
    from ..models.bulk_selection import BulkSelection


T = TypeVar("T", bound="BulkRequest")


@_attrs_define
class BulkRequest:
    """One moderation action applied to many submissions in one transaction, recorded for undo.

    Attributes:
        selection (BulkSelection): Which submissions a bulk action applies to: a list of ids, or a whole duplicate
            cluster.
        action (BulkAction): What to do to every selected submission; omitted fields change nothing.
        skip_ineligible (bool | Unset): Leave alone submissions whose status cannot make the transition (otherwise the
            whole request is refused with 409) Default: False.
    """

    selection: BulkSelection
    action: BulkAction
    skip_ineligible: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        selection = self.selection.to_dict()

        action = self.action.to_dict()

        skip_ineligible = self.skip_ineligible

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "selection": selection,
                "action": action,
            }
        )
        if skip_ineligible is not UNSET:
            field_dict["skip_ineligible"] = skip_ineligible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_action import BulkAction  # noqa: PLC0415
        from ..models.bulk_selection import BulkSelection  # noqa: PLC0415

        d = dict(src_dict)
        selection = BulkSelection.from_dict(d.pop("selection"))

        action = BulkAction.from_dict(d.pop("action"))

        skip_ineligible = d.pop("skip_ineligible", UNSET)

        bulk_request = cls(
            selection=selection,
            action=action,
            skip_ineligible=skip_ineligible,
        )

        return bulk_request
