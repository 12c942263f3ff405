"""`dossier import`'s `documents` column (issue 16): the checklist positions handed in; a row
missing a required paper refuses the whole file, naming the paper and the row."""

import json

import pytest

from desk_app.cli import main
from desk_app.services import office
from tests.conftest import as_admin

# 1.001193's checklist: 1 the form, 2 the birth certificate, 3 the power of attorney
# "(nếu ủy quyền)", optional, 4 the ID paper.
HEADER = "procedure_code,applicant_name,received_at,documents\n"
GOOD = ",".join(("1.001193", "Nguyễn Văn Đức", "2025-06-09 10:00", "1;2;4")) + "\n"


@pytest.fixture
def run(capsys, db_url):
    office.set_value(as_admin(db_url), "agency_code", "000.00.00.H49")

    def invoke(*argv):
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def _documents(run, code):
    _, out, _ = run("dossier", "show", code, "--format", "json")
    return [d["name"] for d in json.loads(out)["documents"]]


def _imported(run):
    _, out, _ = run("dossier", "list", "--format", "json")
    return json.loads(out)


def test_the_positions_handed_in_are_the_dossiers_papers(run, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(HEADER + GOOD + "1.001193,Lê Văn Tám,2025-06-09 11:00,4; 3 ;2;1\n",
                    encoding="utf-8")
    code, out, err = run("dossier", "import", str(path))
    assert code == 0, err
    first, second = out.split()
    assert _documents(run, first) == [
        "Tờ khai đăng ký khai sinh theo mẫu",
        "Giấy chứng sinh (hoặc văn bản người làm chứng/giấy cam đoan về việc sinh)",
        "Giấy tờ tùy thân (hộ chiếu/thẻ căn cước/căn cước điện tử) - xuất trình"]
    assert "Văn bản ủy quyền (nếu ủy quyền)" in _documents(run, second)


@pytest.mark.parametrize("cell,said", [
    ("1;4", "Dòng 3, cột documents: thiếu giấy tờ bắt buộc thứ 2 'Giấy chứng sinh"),
    ("1;2;3", "Dòng 3, cột documents: thiếu giấy tờ bắt buộc thứ 4 'Giấy tờ tùy thân"),
    ("1;2;9", "Dòng 3, cột documents: giấy tờ thứ 9 không có"),
    ("1;hai;4", "Dòng 3, cột documents: 'hai' không phải số thứ tự giấy tờ"),
    ("1;2;2;4", "Dòng 3, cột documents: giấy tờ thứ 2 ghi hai lần"),
])
def test_a_row_missing_a_required_paper_refuses_the_file(run, tmp_path, cell, said):
    path = tmp_path / "d.csv"
    path.write_text(HEADER + GOOD + f"1.001193,Lê Văn Tám,2025-06-09 11:00,{cell}\n",
                    encoding="utf-8")
    code, out, err = run("dossier", "import", str(path))
    assert (code, out) == (2, "")
    assert said in err
    assert _imported(run) == []


def test_without_the_column_the_required_papers_are_taken_as_handed_in(run, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("procedure_code,applicant_name,received_at\n"
                    "1.001193,Nguyễn Văn Đức,2025-06-09 10:00\n", encoding="utf-8")
    code, out, _ = run("dossier", "import", str(path))
    assert code == 0
    assert len(_documents(run, out.strip())) == 3
