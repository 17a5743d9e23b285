from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sync_assignment import SyncAssignment
    from ..models.sync_channel import SyncChannel
    from ..models.sync_deleted import SyncDeleted
    from ..models.sync_milestone import SyncMilestone
    from ..models.sync_phase import SyncPhase
    from ..models.sync_plan import SyncPlan
    from ..models.sync_task import SyncTask


T = TypeVar("T", bound="SyncResponse")


@_attrs_define
class SyncResponse:
    """
    Attributes:
        items (list[SyncAssignment | SyncChannel | SyncMilestone | SyncPhase | SyncPlan | SyncTask]): Objects created or
            changed since the token (all in scope without one), parents before children within a page; apply each by id,
            keeping the newest
        deleted (list[SyncDeleted]): Ids to drop
        next_cursor (None | str): More of this sync: call again with cursor=<this>
        next_since (None | str): On the last page only: keep it, and send it as since= on your next sync
    """

    items: list[SyncAssignment | SyncChannel | SyncMilestone | SyncPhase | SyncPlan | SyncTask]
    deleted: list[SyncDeleted]
    next_cursor: None | str
    next_since: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sync_channel import SyncChannel  # noqa: PLC0415
        from ..models.sync_milestone import SyncMilestone  # noqa: PLC0415
        from ..models.sync_phase import SyncPhase  # noqa: PLC0415
        from ..models.sync_plan import SyncPlan  # noqa: PLC0415
        from ..models.sync_task import SyncTask  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, SyncPlan):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, SyncMilestone):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, SyncPhase):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, SyncChannel):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, SyncTask):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        deleted = []
        for deleted_item_data in self.deleted:
            deleted_item = deleted_item_data.to_dict()
            deleted.append(deleted_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        next_since: None | str
        next_since = self.next_since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "deleted": deleted,
                "next_cursor": next_cursor,
                "next_since": next_since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_assignment import SyncAssignment  # noqa: PLC0415
        from ..models.sync_channel import SyncChannel  # noqa: PLC0415
        from ..models.sync_deleted import SyncDeleted  # noqa: PLC0415
        from ..models.sync_milestone import SyncMilestone  # noqa: PLC0415
        from ..models.sync_phase import SyncPhase  # noqa: PLC0415
        from ..models.sync_plan import SyncPlan  # noqa: PLC0415
        from ..models.sync_task import SyncTask  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> SyncAssignment | SyncChannel | SyncMilestone | SyncPhase | SyncPlan | SyncTask:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_0 = SyncPlan.from_dict(data)

                    return items_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_1 = SyncMilestone.from_dict(data)

                    return items_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_2 = SyncPhase.from_dict(data)

                    return items_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_3 = SyncChannel.from_dict(data)

                    return items_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_4 = SyncTask.from_dict(data)

                    return items_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                items_item_type_5 = SyncAssignment.from_dict(data)

                return items_item_type_5

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        deleted = []
        _deleted = d.pop("deleted")
        for deleted_item_data in _deleted:
            deleted_item = SyncDeleted.from_dict(deleted_item_data)

            deleted.append(deleted_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        def _parse_next_since(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_since = _parse_next_since(d.pop("next_since"))

        sync_response = cls(
            items=items,
            deleted=deleted,
            next_cursor=next_cursor,
            next_since=next_since,
        )

        sync_response.additional_properties = d
        return sync_response

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
