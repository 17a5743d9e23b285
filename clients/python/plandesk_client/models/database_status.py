from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatabaseStatus")


@_attrs_define
class DatabaseStatus:
    """
    Attributes:
        reachable (bool): True when the database answered `SELECT 1`.
        dialect (str): `postgresql` or `sqlite`.
        latency_ms (float | None): Round trip of `SELECT 1`, when reachable.
        pool_checked_out (int | None): Connections this process has in use.
    """

    reachable: bool
    dialect: str
    latency_ms: float | None
    pool_checked_out: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reachable = self.reachable

        dialect = self.dialect

        latency_ms: float | None
        latency_ms = self.latency_ms

        pool_checked_out: int | None
        pool_checked_out = self.pool_checked_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reachable": reachable,
                "dialect": dialect,
                "latency_ms": latency_ms,
                "pool_checked_out": pool_checked_out,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reachable = d.pop("reachable")

        dialect = d.pop("dialect")

        def _parse_latency_ms(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latency_ms = _parse_latency_ms(d.pop("latency_ms"))

        def _parse_pool_checked_out(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pool_checked_out = _parse_pool_checked_out(d.pop("pool_checked_out"))

        database_status = cls(
            reachable=reachable,
            dialect=dialect,
            latency_ms=latency_ms,
            pool_checked_out=pool_checked_out,
        )

        database_status.additional_properties = d
        return database_status

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
