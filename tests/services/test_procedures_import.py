"""``hpportal import-procedures``: good rows are added, refused rows are reported with their line and reason and
change nothing, a row whose code is in the catalogue already updates that procedure where it is (its address,
forms, legal links and the board's order are kept); ``--dry-run`` changes nothing."""

from __future__ import annotations

import json
import shutil

import pytest
from sv_helpers import BUILDING_PERMIT, add_catalogue, add_procedures
from webtest import TestApp

from hpportal import testing
from hpportal.scripts.main import main

HEADER = "code,name,field,agency,level,online,processing_time,fees,channels,legal_basis,forms"
ROWS = [
    "1.004227,Cấp giấy phép xây dựng mới (sửa đổi),Xây dựng,Sở Xây dựng,Cấp Tỉnh,Một phần,20 ngày,"
    "Lệ phí 100.000 đồng,Trực tuyến;Trực tiếp,Quyết định số 5/2026/QĐ-UBND,",  # line 2: updates by code
    "1002033,Cấp giấy phép hoạt động karaoke,van-hoa,Sở Văn hóa,Cấp Tỉnh,Toàn trình,10 ngày,,Trực tuyến,,mau-k.pdf",
    ",Không có mã,xay-dung,Sở Xây dựng,Cấp Tỉnh,Toàn trình,,,,,",  # line 4: no code
    "1.23,Mã sai,xay-dung,Sở Xây dựng,Cấp Tỉnh,Toàn trình,,,,,",  # line 5: not a code
    "1.002034,Lĩnh vực không có,thien-van,Sở Xây dựng,Cấp Tỉnh,Toàn trình,,,,,",  # line 6: no such field
    "1.002035,Cấp sai,xay-dung,Sở Xây dựng,Cấp Bộ,Toàn trình,,,,,",  # line 7: not a level here
    "1.002036,Mức sai,xay-dung,Sở Xây dựng,Cấp Tỉnh,Mức độ 9,,,,,",  # line 8: not an online level
    "1.002033,Trùng mã trong tệp,van-hoa,Sở Văn hóa,Cấp Tỉnh,Toàn trình,,,,,",  # line 9: code twice
    "1.002037,Mẫu thiếu,xay-dung,Sở Xây dựng,Cấp Xã,Toàn trình,,,,,khong-co.pdf",  # line 10: no such file
    "1.002038,Mẫu bị từ chối,xay-dung,Sở Xây dựng,Cấp Xã,Toàn trình,,,,,mau.exe",  # line 11: a file refused
    "1.002039,Cách nộp sai,xay-dung,Sở Xây dựng,Cấp Xã,Toàn trình,,,bồ câu,,",  # line 12: no such channel
]
REFUSED = {
    4: "code is missing.",
    5: "“1.23” is not a procedure code: write it as 1.004227.",
    6: "“thien-van” is not a field.",
    7: "level: “Cấp Bộ” is not city or commune.",
    8: "online: “Mức độ 9” is not an online level.",
    9: "The code 1.002033 is given twice in the file.",
    10: "The file khong-co.pdf is not there.",
    11: "The file mau.exe was refused",
    12: "channels: “bồ câu” is not a way to submit.",
}


@pytest.fixture
def ini(tmp_path, boards_database):
    var = tmp_path / "var"
    shutil.copytree(boards_database, var, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(var))
    testing.populate(app, add_procedures)
    testing.populate(app, add_catalogue)
    testing.database(app).close()
    lines = ["[app:main]", "use = egg:hpportal", *(f"{k} = {v}" for k, v in testing.settings_for(var).items())]
    path = tmp_path / "portal.ini"
    path.write_text("\n".join(lines) + "\n")
    files = tmp_path / "nhap"
    files.mkdir()
    (files / "mau-k.pdf").write_bytes(testing.PDF)
    (files / "mau.exe").write_bytes(b"MZ\x90\x00 a program")
    return path


def catalogue(ini) -> dict[str, dict]:
    def read(site, registry):
        return {
            p.code: {
                "name": p.__name__,
                "uid": p.uid,
                "title": p.title,
                "online": p.online,
                "fees": p.fees,
                "forms": sorted(f.filename for f in p.forms()),
                "links": dict(p.legal_links),
                "featured": p.featured,
                "state": p.workflow_state,
            }
            for p in site["dich-vu-cong"].values()
        }

    return testing.change(ini, read)


def write(ini, name: str, text: str):
    path = ini.parent / "nhap" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_rows_are_imported_refused_rows_reported_and_a_known_code_updated_in_place(ini, capsys):
    before = catalogue(ini)
    path = write(ini, "thu-tuc.csv", "\n".join([HEADER, *ROWS]) + "\n")
    assert main(["-c", str(ini), "import-procedures", str(path), "--portal", "/"]) == 1
    out, err = capsys.readouterr()
    assert "Added 1 procedures, updated 1; 9 rows refused." in out
    for line, reason in REFUSED.items():
        assert f"line {line}: {reason}" in err, line
    after = catalogue(ini)
    assert set(after) == set(before) | {"1.002033"}
    updated, old = after["1.004227"], before["1.004227"]
    assert updated["title"] == "Cấp giấy phép xây dựng mới (sửa đổi)" and updated["online"] == "mot-phan"
    assert updated["fees"] == "Lệ phí 100.000 đồng"
    # Kept: its address and id, its form, the board's order, the link of the line it still has.
    assert (updated["name"], updated["uid"], updated["forms"], updated["featured"]) == (
        old["name"], old["uid"], ["mau-01.pdf"], 1,
    )  # fmt: skip
    assert list(updated["links"]) == ["Quyết định số 5/2026/QĐ-UBND"]
    assert (
        updated["links"]["Quyết định số 5/2026/QĐ-UBND"]
        == old["links"]["Quyết định số 5/2026/QĐ-UBND của Ủy ban nhân dân thành phố"]
    )
    karaoke = after["1.002033"]
    assert (karaoke["title"], karaoke["forms"], karaoke["state"]) == (
        "Cấp giấy phép hoạt động karaoke", ["mau-k.pdf"], "published",
    )  # fmt: skip


def test_the_updated_procedure_is_found_by_its_new_name_and_the_new_one_by_its_code(ini, capsys):
    path = write(ini, "thu-tuc.csv", "\n".join([HEADER, *ROWS[:2]]) + "\n")
    assert main(["-c", str(ini), "import-procedures", str(path)]) == 0
    app = testing.make_app(testing.settings_for(ini.parent / "var"))
    try:
        browser = TestApp(app)
        page = browser.get("/dich-vu-cong/", params={"q": "sua doi"})
        assert [a.get_text() for a in page.html.select("table.procedures-list tbody a")] == [
            "Cấp giấy phép xây dựng mới (sửa đổi)"
        ]
        assert BUILDING_PERMIT not in browser.get("/dich-vu-cong/", params={"q": "1004227"}).text
        page = browser.get("/dich-vu-cong/", params={"q": "1002033"})
        assert "Cấp giấy phép hoạt động karaoke" in page.text
    finally:
        testing.database(app).close()


def test_a_dry_run_reports_the_same_and_changes_nothing(ini, capsys):
    before = catalogue(ini)
    path = write(ini, "thu-tuc.csv", "\n".join([HEADER, *ROWS]) + "\n")
    assert main(["-c", str(ini), "import-procedures", str(path), "--dry-run"]) == 1
    out, err = capsys.readouterr()
    assert "Would add 1 procedures, would update 1; 9 rows refused." in out
    for line, reason in REFUSED.items():
        assert f"line {line}: {reason}" in err, line
    assert catalogue(ini) == before


def test_json_rows_may_give_lists_and_documents_as_objects(ini, capsys):
    rows = [
        {
            "code": "1.001999",
            "name": "Đăng ký kết hôn",
            "field": "ho-tich",
            "agency": "Ủy ban nhân dân cấp xã",
            "level": "xa",
            "online": "toan-trinh",
            "steps": ["Nộp tờ khai", "Nhận giấy chứng nhận kết hôn"],
            "documents": [{"name": "Tờ khai đăng ký kết hôn", "copies": "01 bản chính", "form": "mau-k.pdf"}],
            "forms": ["mau-k.pdf"],
            "featured": "3",
        },
        {"code": "1.001999", "name": "Lần nữa", "field": "ho-tich", "agency": "UBND xã", "level": "xa"},
    ]
    path = write(ini, "thu-tuc.json", json.dumps(rows, ensure_ascii=False))
    assert main(["-c", str(ini), "import-procedures", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "Added 1 procedures, updated 0; 1 rows refused." in out
    assert "line 2: The code 1.001999 is given twice in the file." in err
    marriage = catalogue(ini)["1.001999"]
    assert (marriage["forms"], marriage["featured"]) == (["mau-k.pdf"], 3)


def test_a_file_that_is_no_list_or_a_portal_without_the_section_is_refused_whole(ini, capsys):
    path = write(ini, "sai.json", '{"code": "1.004227"}')
    assert main(["-c", str(ini), "import-procedures", str(path)]) == 2
    assert "must hold a list of objects" in capsys.readouterr().err
    path = write(ini, "thu-tuc.csv", "\n".join([HEADER, *ROWS[:1]]) + "\n")
    assert main(["-c", str(ini), "import-procedures", str(path), "--portal", "/khong-co"]) == 2
    assert "no portal at /khong-co" in capsys.readouterr().err
