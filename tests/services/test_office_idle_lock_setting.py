import pytest

from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from tests.conftest import as_admin


def test_idle_lock_defaults_to_ten_minutes_and_takes_whole_minutes(db_url):
    assert office.show(Desk(db_url))["idle_lock_minutes"] == "10"
    assert office.set_value(as_admin(db_url), "idle_lock_minutes", " 05 ") == "5"
    assert office.show(Desk(db_url))["idle_lock_minutes"] == "5"


@pytest.mark.parametrize("value", ["0", "241", "ten", "1.5", ""])
def test_impossible_idle_lock_times_are_refused_naming_the_setting(db_url, value):
    with pytest.raises(UserError, match="Khoá màn hình sau khi không dùng"):
        office.set_value(as_admin(db_url), "idle_lock_minutes", value)
    assert office.show(Desk(db_url))["idle_lock_minutes"] == "10"
