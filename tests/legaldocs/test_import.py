"""``hpportal import-documents``: good rows are imported, refused rows are reported (line and reason) and
leave nothing behind; ``--dry-run`` imports nothing; files are found next to the import file."""

from __future__ import annotations

import json
import shutil

import pytest
from ld_helpers import add_city_documents

from hpportal import testing
from hpportal.scripts.main import main

HEADER = "number,form,issuer,summary,issued,in_force,fields,signer,files"
ROWS = [
    "15/2026/QĐ-UBND,Quyết định,Sở A,Quy định về quản lý chợ,2026-02-02,2026-02-12,dau-tu;tai-chinh,Lê Nam,qd-15.pdf",
    ",Quyết định,Sở A,Không có số,2026-02-03,,,,",  # line 3: no number
    "16/2026/QĐ-UBND,Sắc lệnh,Sở A,Loại không có,2026-02-04,,,,",  # line 4: unknown form
    "17/2026/QĐ-UBND,Quyết định,Sở A,Ngày sai,30/02/2026,,,,",  # line 5: not a date
    "5/2026/QĐ-UBND,Quyết định,Sở A,Trùng số đã có,2026-03-02,,,,",  # line 6: Sở A has it already
    "15/2026/QĐ-UBND,Quyết định,Sở A,Trùng số trong tệp,2026-02-05,,,,",  # line 7: twice in the file
    "18/2026/QĐ-UBND,Quyết định,Sở A,Tệp thiếu,2026-02-06,,,,khong-co.pdf",  # line 8: no such file
    "3/KH-UBND,Kế hoạch,Sở A,Kế hoạch kiểm tra chợ,06/01/2026,,,,phu-luc.exe",  # line 9: a file refused
    "4/KH-UBND,Kế hoạch,Sở A,Kế hoạch phòng cháy chợ năm 2026,07/01/2026,,,,",
]
REFUSED = {
    3: "number is missing.",
    4: "“Sắc lệnh” is not a document form of this portal.",
    5: "issued: “30/02/2026” is not a date.",
    6: "Sở A already has a document numbered 5/2026/QĐ-UBND.",
    7: "Sở A already has a document numbered 15/2026/QĐ-UBND.",
    8: "The file khong-co.pdf is not there.",
    9: "The file phu-luc.exe was refused",
}


@pytest.fixture
def ini(tmp_path, boards_database):
    var = tmp_path / "var"
    shutil.copytree(boards_database, var, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(var))
    testing.populate(app, add_city_documents)
    testing.database(app).close()
    lines = ["[app:main]", "use = egg:hpportal", *(f"{k} = {v}" for k, v in testing.settings_for(var).items())]
    path = tmp_path / "portal.ini"
    path.write_text("\n".join(lines) + "\n")
    files = tmp_path / "nhap"
    files.mkdir()
    (files / "qd-15.pdf").write_bytes(testing.PDF)
    (files / "phu-luc.exe").write_bytes(b"MZ\x90\x00 a program")
    return path


def documents(ini) -> dict[str, object]:
    return testing.change(
        ini,
        lambda site, registry: {
            d.number: (d.workflow_state, [f.filename for f in d.files()], d.fields)
            for d in site["so-a"]["van-ban"].values()
        },  # fmt: skip
    )


def write(ini, name: str, text: str):
    path = ini.parent / "nhap" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_rows_are_imported_and_refused_rows_reported_with_their_line(ini, capsys):
    path = write(ini, "van-ban.csv", "\n".join([HEADER, *ROWS]) + "\n")
    assert main(["-c", str(ini), "import-documents", str(path), "--portal", "/so-a"]) == 1
    out, err = capsys.readouterr()
    assert "Imported 2 documents; 7 rows refused." in out
    for line, reason in REFUSED.items():
        assert f"line {line}: {reason}" in err, line
    found = documents(ini)
    assert found["15/2026/QĐ-UBND"] == ("published", ["qd-15.pdf"], ("dau-tu", "tai-chinh"))
    assert found["4/KH-UBND"] == ("published", [], ())
    assert set(found) == {"5/2026/QĐ-UBND", "15/2026/QĐ-UBND", "4/KH-UBND"}  # nothing of a refused row


def test_a_dry_run_reports_the_same_and_imports_nothing(ini, capsys):
    path = write(ini, "van-ban.csv", "\n".join([HEADER, *ROWS]) + "\n")
    assert main(["-c", str(ini), "import-documents", str(path), "--portal", "/so-a", "--dry-run"]) == 1
    out, err = capsys.readouterr()
    assert "Would import 2 documents; 7 rows refused." in out
    assert "line 6: Sở A already has a document numbered 5/2026/QĐ-UBND." in err
    assert set(documents(ini)) == {"5/2026/QĐ-UBND"}


def test_json_rows_are_imported_as_drafts_when_asked(ini, capsys):
    rows = [{"number": "20/2026/QĐ-UBND", "form": "Quyết định", "issuer": "Sở A", "summary": "Quy định mới",
             "issued": "2026-04-01", "fields": ["xay-dung"], "recipients": ["Như trên", "Lưu: VT"]}]  # fmt: skip
    path = write(ini, "van-ban.json", json.dumps(rows, ensure_ascii=False))
    assert main(["-c", str(ini), "import-documents", str(path), "--portal", "/so-a", "--state", "draft"]) == 0
    assert documents(ini)["20/2026/QĐ-UBND"] == ("draft", [], ("xay-dung",))
    assert "Imported 1 documents; 0 rows refused." in capsys.readouterr().out


def test_a_file_that_cannot_be_read_or_a_wrong_portal_is_an_error(ini, capsys):
    path = write(ini, "van-ban.json", "{not json")
    assert main(["-c", str(ini), "import-documents", str(path), "--portal", "/so-a"]) == 2
    path = write(ini, "van-ban.csv", "\n".join([HEADER, *ROWS]) + "\n")
    assert main(["-c", str(ini), "import-documents", str(path), "--portal", "/khong-co"]) == 2
    assert "no portal at /khong-co" in capsys.readouterr().err
    assert set(documents(ini)) == {"5/2026/QĐ-UBND"}
