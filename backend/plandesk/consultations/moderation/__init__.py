"""Moderation: the queue, answers and answer templates, bulk actions and their undo."""
