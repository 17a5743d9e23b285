"""Closing the loop: approved baselines, periodic unit reports, interim and final reviews."""
