"""Every domain's models, imported so ``Base.metadata`` is complete (Alembic, checks)."""

from plandesk.auth.models import RefreshToken, ServiceAccount
from plandesk.core.audit import AuditEntry
from plandesk.core.db import Base
from plandesk.core.idempotency import IdempotencyRecord
from plandesk.units.models import Unit, UnitGroup, UnitGroupMember
from plandesk.users.models import User

metadata = Base.metadata

__all__ = [
    "AuditEntry",
    "IdempotencyRecord",
    "RefreshToken",
    "ServiceAccount",
    "Unit",
    "UnitGroup",
    "UnitGroupMember",
    "User",
    "metadata",
]
