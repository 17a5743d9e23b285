"""Feedback coming in: the public form and meeting minutes, group commits, receipts, retention."""
