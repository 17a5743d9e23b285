from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from plandesk.core.db import Base, Timestamps, UUIDPrimaryKey

UNIT_KINDS = ("party_committee", "department", "mass_org", "media", "district", "other")


class Unit(UUIDPrimaryKey, Timestamps, Base):
    """An organisational unit that can lead or support tasks."""

    __tablename__ = "units"
    __table_args__ = (Index("ix_units_name_folded", "name_folded"),)

    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str | None] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(32), default="other")
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("units.id", ondelete="SET NULL"), index=True
    )
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class UnitGroup(UUIDPrimaryKey, Timestamps, Base):
    """A named set of units ("Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc")."""

    __tablename__ = "unit_groups"

    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300), index=True)
    description: Mapped[str | None] = mapped_column(String(2000))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class UnitGroupMember(Base):
    __tablename__ = "unit_group_members"

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("unit_groups.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("units.id", ondelete="CASCADE"), primary_key=True, index=True
    )
