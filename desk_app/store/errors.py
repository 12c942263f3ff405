"""The store's failures that the layers above show a person, kept apart from `db` so that
reaching them does not load SQLAlchemy (desk-admin's help names `services.errors`)."""


class DatabaseBusy(RuntimeError):
    """The database stayed locked by another program through every retry."""

    def __init__(self) -> None:
        super().__init__(
            "Cơ sở dữ liệu đang bận (máy khác hoặc chương trình khác đang ghi): thao tác chưa "
            "được lưu, không có gì bị ghi dở. Hãy thử lại sau ít phút; nếu vẫn bận, hãy đóng "
            "các chương trình khác đang mở cơ sở dữ liệu."
        )
