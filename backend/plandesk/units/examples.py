"""OpenAPI examples for units, users, service accounts, sign-in and audit (plandesk.core.examples)."""

from __future__ import annotations

from typing import Any

from plandesk.core.examples import (
    GROUP_ID,
    PLAN_ID,
    SERVICE_ACCOUNT_ID,
    UNIT_BAO_ID,
    UNIT_BTG_ID,
    UNIT_PTTH_ID,
    UNIT_TU_ID,
    USER_COORDINATOR_ID,
    USER_OFFICER_ID,
    etag,
)

ACCESS_TOKEN = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5YThiN2M2ZC01ZTRmLTRhM2ItOGMyZC0xZTBmOWE4YjdjMDIi"
    "LCJyb2xlIjoidW5pdF9vZmZpY2VyIiwidHlwIjoiYWNjZXNzIn0.m4Qe1Zr8u2wq7vN5bC3xK9pL0sT6yH1dF8gJ2kA7oE4"
)
UNIT: dict[str, Any] = {
    "name": "Ban Tuyên giáo Tỉnh ủy",
    "short_name": "BTG",
    "kind": "department",
    "parent_id": str(UNIT_TU_ID),
    "active": True,
}
GROUP: dict[str, Any] = {
    "name": "Các cơ quan báo chí của tỉnh",
    "description": "Báo Đắk Lắk và Đài Phát thanh - Truyền hình tỉnh, nhận chung các nhiệm vụ tuyên truyền.",
    "unit_ids": [str(UNIT_BAO_ID), str(UNIT_PTTH_ID)],
}
OFFICER: dict[str, Any] = {
    "email": "bich.tt@daklak.dcs.vn",
    "full_name": "Trần Thị Bích",
    "role": "unit_officer",
    "unit_id": str(UNIT_BAO_ID),
    "active": True,
    "unit_head": False,
}
SCOPES = ["plans:read", "tasks:read"]

SCHEMA_EXAMPLES: dict[str, Any] = {
    "UnitCreate": UNIT,
    "UnitUpdate": {"short_name": "Ban TG"},
    "UnitOut": {"id": str(UNIT_BTG_ID), "etag": etag(UNIT_BTG_ID, 2), **UNIT},
    "UnitGroupCreate": GROUP,
    "UnitGroupUpdate": {"unit_ids": [str(UNIT_BAO_ID), str(UNIT_PTTH_ID), str(UNIT_BTG_ID)]},
    "UnitGroupOut": {"id": str(GROUP_ID), "etag": etag(GROUP_ID, 1), **GROUP, "awaiting_members": False},
    "UserCreate": {**OFFICER, "password": "Doi-mat-khau-ngay-2025"},
    "UserUpdate": {"unit_head": True},
    "UserOut": {"id": str(USER_OFFICER_ID), "etag": etag(USER_OFFICER_ID, 1), **OFFICER},
    "LoginRequest": {"email": "bich.tt@daklak.dcs.vn", "password": "Doi-mat-khau-ngay-2025"},
    "PasswordChange": {"current_password": "Doi-mat-khau-ngay-2025", "new_password": "Bao-Dak-Lak-2025-moi"},
    "Body_issueToken": {
        "grant_type": "password",
        "username": "bich.tt@daklak.dcs.vn",
        "password": "Doi-mat-khau-ngay-2025",
    },
    "TokenResponse": {
        "access_token": ACCESS_TOKEN,
        "token_type": "bearer",
        "expires_in": 900,
        "refresh_token": "rt_4fJ8kL2mN6pQ0rS3tU7vW1xY5zA9bC",
        "refresh_expires_in": 1209600,
    },
    "Me": {
        "id": str(USER_OFFICER_ID),
        "kind": "user",
        "email": "bich.tt@daklak.dcs.vn",
        "full_name": "Trần Thị Bích",
        "role": "unit_officer",
        "unit_id": str(UNIT_BAO_ID),
        "unit_name": "Báo Đắk Lắk",
        "scopes": [],
        "permissions": ["assignments:update", "plans:read", "progress:post", "reports:write", "tasks:read"],
    },
    "ServiceAccountCreate": {"name": "Cổng Thông tin điện tử tỉnh", "scopes": SCOPES},
    "ServiceAccountUpdate": {"scopes": [*SCOPES, "feedback:write"]},
    "ServiceAccountOut": {
        "id": str(SERVICE_ACCOUNT_ID),
        "etag": etag(SERVICE_ACCOUNT_ID, 1),
        "name": "Cổng Thông tin điện tử tỉnh",
        "client_id": "sa_congttdt_daklak",
        "scopes": SCOPES,
        "active": True,
    },
    "AuditEntryOut": {
        "id": "7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2901",
        "actor": str(USER_COORDINATOR_ID),
        "actor_name": "Nguyễn Thị Hoa",
        "actor_role": "coordinator",
        "action": "plan.updated",
        "entity": "plan",
        "entity_id": str(PLAN_ID),
        "changes": {"status": {"before": "draft", "after": "active"}},
        "at": "2025-02-20T08:40:12Z",
    },
}
SCHEMA_EXAMPLES["RefreshRequest"] = {"refresh_token": "rt_4fJ8kL2mN6pQ0rS3tU7vW1xY5zA9bC"}
SCHEMA_EXAMPLES["LogoutRequest"] = {"refresh_token": "rt_4fJ8kL2mN6pQ0rS3tU7vW1xY5zA9bC"}
SCHEMA_EXAMPLES["PlanCoordinatorsPut"] = {"user_ids": [str(USER_COORDINATOR_ID)]}
SCHEMA_EXAMPLES["PlanCoordinatorOut"] = {
    "user_id": str(USER_COORDINATOR_ID),
    "full_name": "Nguyễn Thị Hoa",
    "active": True,
}
SCHEMA_EXAMPLES["ServiceAccountWithSecret"] = {
    **SCHEMA_EXAMPLES["ServiceAccountOut"],
    "client_secret": "cs_Zk3P9wq2Lm8Rt5Vx1Ny7Bc4Hd6Fg0Js",
}
