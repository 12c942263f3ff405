"""A user's session: login, idle lock, roles, crash guard, tray notices and help."""
