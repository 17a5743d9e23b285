"""Plans: header, milestones with fuzzy dates, phases with DateRef windows, channels."""
