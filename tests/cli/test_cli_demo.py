"""desk-admin demo: exit codes and what it prints."""

import pytest

from desk_app.cli import main


@pytest.fixture
def run(capsys):
    def invoke(*argv):
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_demo_fills_an_empty_register_once(run, empty_db_url, monkeypatch):
    code, out, err = run("--db", empty_db_url, "demo", "--dossiers", "300", "--years", "1")
    assert code == 0, err
    assert "Đã tạo 300 hồ sơ mẫu" in out and "Đã trả kết quả" in out
    assert "300/300" in err  # progress on stderr, the summary on stdout
    # The demo's accounts are there now: desk-admin asks who runs it, the demo's admin can.
    code, out, err = run("--db", empty_db_url, "demo", "--dossiers", "300", "--quiet")
    assert code == 2 and "đăng nhập" in err
    monkeypatch.setenv("DESK_APP_PASSWORD", "Quantri2025")
    code, out, err = run("--db", empty_db_url, "--user", "quantri", "demo", "--dossiers", "300",
                         "--quiet")
    assert code == 2 and "đã có 300 hồ sơ" in err and out == ""


@pytest.mark.parametrize("argv, message", [
    (["demo", "--dossiers", "0"], "Số hồ sơ"),
    (["demo", "--dossiers", "10", "--years", "0"], "Số năm"),
    (["demo"], "--dossiers"),
])
def test_demo_refuses_bad_numbers(run, empty_db_url, argv, message):
    code, _, err = run("--db", empty_db_url, *argv)
    assert code == 2 and message in err
