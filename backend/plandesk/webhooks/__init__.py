"""Signed outbound webhooks: endpoints, deliveries, signing and an SSRF-safe sender."""
