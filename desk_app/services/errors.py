"""Errors a service raises for the user: the CLI maps them to exit codes, the GUI to dialogs."""


class UserError(ValueError):
    """Bad input or an impossible request: the message (Vietnamese) names the field at fault."""


class NotFound(UserError):
    pass


class PermissionDenied(UserError):
    pass


class SettingMissing(UserError):
    """A command needs an office setting that is still empty."""
