from desk_app import self_test
from desk_app.ui.app import main


def test_self_test_passes_and_reports_each_step(qapp, capsys):
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "due date: 2025-06-10 17:00" in out
    assert "QR verified" in out and out.rstrip().endswith("self-test passed")


def test_self_test_fails_loudly_when_a_step_is_wrong(qapp, capsys, monkeypatch):
    monkeypatch.setattr(self_test, "EXPECTED_DUE", self_test.RECEIVED)
    assert main(["--self-test"]) == 1
    assert "FAILED: due date" in capsys.readouterr().out
