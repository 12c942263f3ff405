"""Administration: settings, users, catalogue, audit trail, data safety and the first-run wizard."""
