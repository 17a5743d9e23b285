"""Tasks: lead and supporting units, assignments, progress, urging, dashboard, calendar."""
