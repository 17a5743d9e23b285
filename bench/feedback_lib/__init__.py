"""bench/feedback.py in parts: database set-up, load and CPU sampling, the loss audit, scale."""
