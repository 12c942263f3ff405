"""The supervisor's screens: overdue dossiers and the statistics report."""
