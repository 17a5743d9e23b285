"""The mobile change feed: ``GET /api/v1/sync`` (see docs/sync.md, docs/adr/0015-sync.md)."""
