"""Windows sized for the screen they open on: the usual counter PC has 1366 × 768 pixels, less
a taskbar, and a window taller than that hides its buttons below the screen's edge."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window manager adds around a window (title bar and borders, Windows 10/11 at 100 %),
# which Qt knows only once the window is shown.
FRAME = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The part of the screen a window of `widget` may cover (without the taskbar): the screen
    of its parent window when it has one, where a dialog opens."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else widget.screen()) \
        or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted(widget: QWidget, width: int, height: int) -> QSize:
    """`width` × `height`, or less where the available area with the window's frame is
    smaller; never less than what the window's layout needs."""
    area = available_area(widget)
    least = widget.minimumSizeHint()
    return QSize(max(least.width(), min(width, area.width() - FRAME.width())),
                 max(least.height(), min(height, area.height() - FRAME.height())))


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize the window to `width` × `height`, or to what the screen leaves (see `fitted`)."""
    widget.resize(fitted(widget, width, height))
