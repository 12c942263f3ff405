"""Role names as the interface shows them, in the interface's language."""

from PySide6.QtCore import QCoreApplication


def role_label(role: str) -> str:
    labels = {
        "clerk": QCoreApplication.translate("Roles", "Reception clerk"),
        "officer": QCoreApplication.translate("Roles", "Processing officer"),
        "supervisor": QCoreApplication.translate("Roles", "Supervisor"),
        "admin": QCoreApplication.translate("Roles", "Administrator"),
        "backup": QCoreApplication.translate("Roles", "Scheduled backup"),
    }
    return labels.get(role, role)
