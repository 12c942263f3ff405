"""desk_app: the one-stop desk program (Bộ phận Một cửa)."""

__version__ = "0.1.0"
