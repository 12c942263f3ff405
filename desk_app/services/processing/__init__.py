"""A dossier after intake: its life cycle, letters, control sheet, return and rating."""
