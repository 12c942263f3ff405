"""Notices to citizens: consent, the outbox written with each event, and its delivery."""
