"""Dependencies the consultation domain's routers share: who may call, If-Match, paging, search."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query

from plandesk.auth.deps import requires
from plandesk.core.concurrency import if_match_header
from plandesk.core.pagination import PageParams, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.core.text import CleanText

DocReader = Annotated[Principal, Depends(requires(Permission.documents_read))]
DocWriter = Annotated[Principal, Depends(requires(Permission.documents_write))]
FeedbackReader = Annotated[Principal, Depends(requires(Permission.feedback_read))]
Moderator = Annotated[Principal, Depends(requires(Permission.feedback_moderate))]
IfMatch = Annotated[str, Depends(if_match_header)]
Pages = Annotated[PageParams, Depends(page_params)]
Search = Annotated[
    CleanText | None, Query(max_length=200, description="Diacritic- and case-insensitive search")
]
