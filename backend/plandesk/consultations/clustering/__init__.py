"""Near-duplicate clusters: MinHash/LSH candidates, verification, the moderator's review."""
