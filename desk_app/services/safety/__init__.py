"""Keeping the data safe: backups, restores and the integrity check."""
