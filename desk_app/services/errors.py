"""Errors a service raises for the user: the CLI maps them to exit codes, the GUI to dialogs."""

# Raised by the store when a transaction stayed locked out: the GUI shows its message as it is.
from desk_app.store.errors import DatabaseBusy

__all__ = ["DatabaseBusy", "NotFound", "PermissionDenied", "SettingMissing", "UserError"]


class UserError(ValueError):
    """Bad input or an impossible request: the message (Vietnamese) names the field at fault."""


class NotFound(UserError):
    pass


class PermissionDenied(UserError):
    pass


class SettingMissing(UserError):
    """A command needs an office setting that is still empty."""
