import pytest

from desk_app.services import office
from desk_app.services.desk import Desk
from desk_app.services.errors import UserError
from tests.conftest import as_admin


def test_overdue_refresh_defaults_to_30_seconds_and_accepts_a_new_period(db_url):
    assert office.show(Desk(db_url))["overdue_refresh_seconds"] == "30"
    assert office.set_value(as_admin(db_url), "overdue_refresh_seconds", " 120 ") == "120"
    assert office.show(Desk(db_url))["overdue_refresh_seconds"] == "120"


@pytest.mark.parametrize("value", ["0", "4", "3601", "ba mươi", "30s", "²"])
def test_overdue_refresh_refuses_periods_out_of_range_naming_the_setting(db_url, value):
    with pytest.raises(UserError, match="làm mới màn hình hồ sơ quá hạn"):
        office.set_value(as_admin(db_url), "overdue_refresh_seconds", value)
    assert office.show(Desk(db_url))["overdue_refresh_seconds"] == "30"
