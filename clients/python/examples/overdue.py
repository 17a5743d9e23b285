"""Sign in as a service account, list a unit's overdue assignments, report progress on them.

    export PLANDESK_URL=http://127.0.0.1:8000
    export PLANDESK_CLIENT_ID=... PLANDESK_CLIENT_SECRET=...   # a service account with tasks:write
    python examples/overdue.py --unit-id <UNIT_ID> --note "Đã nhắc đơn vị, sẽ xong trong tuần"

Run from clients/python (or with the SDK installed: ``pip install ./clients/python``).
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the SDK beside this example

# Module and model names follow the API's operationIds (see the README).
from plandesk_client import AuthenticatedClient, Client  # noqa: E402
from plandesk_client.api.auth import issue_token as get_token  # noqa: E402
from plandesk_client.api.tasks import list_my_assignments as list_assignments  # noqa: E402
from plandesk_client.api.tasks import post_progress  # noqa: E402
from plandesk_client.models import BodyIssueToken as TokenForm  # noqa: E402
from plandesk_client.models import MyAssignment, ProgressCreate  # noqa: E402
from plandesk_client.types import UNSET  # noqa: E402


def sign_in(base_url: str, client_id: str, client_secret: str) -> AuthenticatedClient:
    """The client-credentials grant: a service account's id and secret for an access token."""
    with Client(base_url=base_url, raise_on_unexpected_status=True) as anonymous:
        answer = get_token.sync_detailed(
            client=anonymous,
            body=TokenForm(grant_type="client_credentials", client_id=client_id, client_secret=client_secret),
        )
    if answer.status_code != 200 or answer.parsed is None:
        raise SystemExit(f"sign-in refused ({answer.status_code}): {answer.content.decode()}")
    return AuthenticatedClient(base_url=base_url, token=answer.parsed.access_token, raise_on_unexpected_status=True)


def overdue_assignments(client: AuthenticatedClient, unit_id: uuid.UUID) -> list[MyAssignment]:
    """The unit's overdue assignments, following next_cursor (the list puts overdue ones first)."""
    found: list[MyAssignment] = []
    cursor: str | None = None
    while True:
        page = list_assignments.sync(client=client, unit_id=unit_id, limit=200, cursor=cursor or UNSET)
        if page is None or not hasattr(page, "items"):
            raise SystemExit("could not list the unit's assignments")
        overdue = [a for a in page.items if a.overdue]
        found.extend(overdue)
        if len(overdue) < len(page.items) or not page.next_cursor:
            return found
        cursor = page.next_cursor


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("PLANDESK_URL", "http://127.0.0.1:8000"))
    parser.add_argument("--unit-id", type=uuid.UUID, required=True)
    parser.add_argument("--note", default="Đã đôn đốc đơn vị; dự kiến hoàn thành trong tuần.")
    args = parser.parse_args()
    client_id = os.environ["PLANDESK_CLIENT_ID"]
    client_secret = os.environ["PLANDESK_CLIENT_SECRET"]

    with sign_in(args.url, client_id, client_secret) as client:
        late = overdue_assignments(client, args.unit_id)
        print(f"{len(late)} overdue assignment(s)")
        for assignment in late:
            print(f"- {assignment.title} (due {assignment.due_date}, {assignment.percent}%)")
            # One Idempotency-Key per report: a retry after a network error is applied once.
            update = post_progress.sync(
                assignment.task_id,
                client=client,
                body=ProgressCreate(unit_id=args.unit_id, note=args.note),
                idempotency_key=str(uuid.uuid5(assignment.id, args.note)),
            )
            print(f"  progress posted: {getattr(update, 'id', update)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
