"""Shared building blocks: table models, workers, error line, save chooser, print preview."""
