"""Nhập văn bản from the web: a portal's Site Manager sends a CSV (or a ZIP with its files), the import runs
in the background as the database jobs do, and the page reports how many were imported and each refused row
with its line and reason; a refused row leaves nothing behind; a dry run imports nothing; nobody else may."""

from __future__ import annotations

import io
import json
import time
import zipfile

import pytest
from webtest import Upload

from hpportal import testing
from hpportal.legaldocs import webimport

IMPORT = "/so-a/van-ban/import"
HEADER = "number,form,issuer,summary,issued,in_force,fields,signer,files"
ROWS = [
    "15/2026/QĐ-UBND,Quyết định,Sở A,Quy định về quản lý chợ,2026-02-02,2026-02-12,dau-tu;tai-chinh,Lê Nam,",
    ",Quyết định,Sở A,Không có số,2026-02-03,,,,",  # line 3: no number
    "16/2026/QĐ-UBND,Sắc lệnh,Sở A,Loại không có,2026-02-04,,,,",  # line 4: unknown form
    "17/2026/QĐ-UBND,Quyết định,Sở A,Ngày sai,30/02/2026,,,,",  # line 5: not a date
    "5/2026/QĐ-UBND,Quyết định,Sở A,Trùng số đã có,2026-03-02,,,,",  # line 6: Sở A has it already
    "15/2026/QĐ-UBND,Quyết định,Sở A,Trùng số trong tệp,2026-02-05,,,,",  # line 7: twice in the file
    "4/KH-UBND,Kế hoạch,Sở A,Kế hoạch phòng cháy chợ năm 2026,07/01/2026,,,,",
]
CSV = ("\n".join([HEADER, *ROWS]) + "\n").encode()
#: Line -> the reason the page gives (in Vietnamese, the language of the portal).
REFUSED = {
    3: "Thiếu number.",
    4: "“Sắc lệnh” không phải là loại văn bản của cổng này.",
    5: "issued: “30/02/2026” không phải là ngày.",
    6: "Sở A đã có văn bản số 5/2026/QĐ-UBND.",
    7: "Sở A đã có văn bản số 15/2026/QĐ-UBND.",
}


def send(browser, filename: str, content: bytes, mode: str = "import", status=303):
    form = browser.get(IMPORT).forms["import-form"]
    form["upload"] = Upload(filename, content)
    form["mode"] = mode
    return form.submit("start", status=status)


def finished(browser):
    """The import page once the background job is done (the tests wait for it as the ops tests do)."""
    jobs = browser.app.registry.document_imports
    deadline = time.monotonic() + 60
    while jobs.current is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert jobs.current is None, "the import did not finish"
    return browser.get(IMPORT)


def refused_rows(page) -> dict[int, str]:
    rows = page.html.select("#import-report table.refused-rows tbody tr")
    return {int(row.find_all("td")[0].get_text()): row.find_all("td")[1].get_text() for row in rows}


def stored(app) -> dict[str, tuple]:
    return testing.read_site(
        app,
        lambda site: {
            d.number: (d.workflow_state, d.description, [f.filename for f in d.files()], d.creator)
            for d in site["so-a"]["van-ban"].values()
        },
    )


@pytest.fixture
def manager(person):
    return person("so-a-qt")


def test_a_site_manager_imports_a_csv_and_reads_the_rows_refused_by_line_and_reason(manager, documents_app):
    section = manager.get("/so-a/van-ban/")
    assert section.html.find("a", string="Nhập văn bản")["href"].endswith("/so-a/van-ban/import")
    started = send(manager, "van-ban.csv", CSV).follow()
    assert "Đã bắt đầu. Trang này sẽ cho biết khi nào xong." in started.text
    page = finished(manager)
    report = page.html.select_one("#import-report")
    assert "van-ban.csv" in report.h2.get_text() and "xong" in report.h2.get_text()
    assert "Đã nhập 2 văn bản; 5 dòng bị từ chối." in report.get_text()
    assert refused_rows(page) == REFUSED
    found = stored(documents_app)
    assert set(found) == {"5/2026/QĐ-UBND", "15/2026/QĐ-UBND", "4/KH-UBND"}  # nothing of a refused row
    state, summary, _files, creator = found["15/2026/QĐ-UBND"]
    assert (state, summary) == ("published", "Quy định về quản lý chợ")  # the first, not the repeated one
    assert creator == testing.read_site(documents_app, lambda site: site.principals.by_login("so-a-qt").id)
    listed = manager.get("/so-a/van-ban/", params={"number": "15/2026/QĐ-UBND"})
    assert "Quy định về quản lý chợ" in listed.text


def test_a_dry_run_reports_the_same_rows_and_imports_nothing(manager, documents_app):
    send(manager, "van-ban.csv", CSV, mode="check")
    page = finished(manager)
    report = page.html.select_one("#import-report")
    assert "chạy thử: không nhập gì" in report.h2.get_text()
    assert "Sẽ nhập được 2 văn bản; 5 dòng bị từ chối." in report.get_text()
    assert refused_rows(page) == REFUSED
    assert set(stored(documents_app)) == {"5/2026/QĐ-UBND"}


def test_a_zip_brings_the_files_its_rows_name_and_nothing_from_outside_it(manager, documents_app):
    rows = [
        {"number": "21/2026/QĐ-UBND", "form": "Quyết định", "issuer": "Sở A", "summary": "Quy định có tệp",
         "issued": "2026-04-01", "files": ["tep/qd-21.pdf"]},
        {"number": "22/2026/QĐ-UBND", "form": "Quyết định", "issuer": "Sở A", "summary": "Tệp ngoài ZIP",
         "issued": "2026-04-02", "files": ["../../../../etc/hostname"]},
    ]  # fmt: skip
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("nhap/van-ban.json", json.dumps(rows, ensure_ascii=False))
        zipped.writestr("nhap/tep/qd-21.pdf", testing.PDF)
    send(manager, "van-ban.zip", archive.getvalue())
    page = finished(manager)
    assert refused_rows(page) == {2: "Không tìm thấy tệp ../../../../etc/hostname."}
    found = stored(documents_app)
    assert found["21/2026/QĐ-UBND"][2] == ["qd-21.pdf"]
    assert "22/2026/QĐ-UBND" not in found
    document = manager.get("/so-a/van-ban/", params={"number": "21/2026/QĐ-UBND"})
    link = document.html.select_one("table.documents-list tbody a")["href"]
    download = manager.get(link).html.select_one(".document-files a")["href"]
    assert manager.get(download).body == testing.PDF


@pytest.mark.parametrize(
    ("filename", "content", "message"),
    [
        ("van-ban.txt", b"number\n1/QD-UBND\n", "Hãy gửi tệp .csv hoặc .json, hoặc tệp .zip chứa một tệp như vậy."),
        # Saved by a Windows program in its Vietnamese code page, not in UTF-8:
        ("van-ban.csv", b"number,form\n1/2026/Q\xd0-UBND,Quy\xd2t \xf0\xecnh\n", "không phải văn bản UTF-8"),
        ("van-ban.csv", b"so,loai\n1,2\n", "Tệp không có dòng tiêu đề nêu tên các cột"),
        ("van-ban.csv", (HEADER + "\n").encode(), "Tệp không có văn bản nào"),
        ("van-ban.json", b"{not json", "Tệp không phải JSON"),
        ("van-ban.zip", b"PK\x03\x04 not a zip", "Không đọc được tệp ZIP."),
        ("van-ban.zip", b"", "Không đọc được tệp ZIP."),
    ],
)
def test_a_file_that_cannot_be_imported_is_said_on_the_form(manager, documents_app, filename, content, message):
    page = send(manager, filename, content, status=200)
    assert message in page.html.select_one("#import-form").get_text()
    assert documents_app.registry.document_imports.last_for("/so-a/van-ban") is None  # no job started
    assert set(stored(documents_app)) == {"5/2026/QĐ-UBND"}


def test_a_zip_without_rows_or_a_file_too_large_is_refused(manager, documents_app):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("tep/qd.pdf", testing.PDF)
    page = send(manager, "van-ban.zip", archive.getvalue(), status=200)
    assert "Tệp ZIP không chứa tệp .csv hay .json nào." in page.text
    documents_app.registry.settings["hpportal.documents_import_max_mb"] = "1"
    big = CSV + b"x" * (1024 * 1024)
    page = send(manager, "van-ban.csv", big, status=200)
    assert "Tệp quá lớn: tối đa 1 MB." in page.text
    assert documents_app.registry.document_imports.last_for("/so-a/van-ban") is None


def test_only_the_portals_site_managers_may_import(person, citizen, documents_app):
    for login in ("so-a-btv", "so-a-pd", "so-b-qt"):
        browser = person(login)
        assert browser.get("/so-a/van-ban/").html.find("a", string="Nhập văn bản") is None
        browser.get(IMPORT, status=403)
        browser.post(IMPORT, {"mode": "import"}, status=403)
    assert "/login?came_from=" in citizen.get(IMPORT, status=303).location  # a visitor is asked to log in
    assert documents_app.registry.document_imports.last_for("/so-a/van-ban") is None


def test_rows_imported_in_several_transactions_still_find_a_number_repeated_in_an_earlier_one(
    manager, documents_app, monkeypatch
):
    monkeypatch.setattr(webimport, "BATCH", 2)  # line 7 repeats line 2, committed two batches before
    send(manager, "van-ban.csv", CSV)
    page = finished(manager)
    assert refused_rows(page) == REFUSED
    assert set(stored(documents_app)) == {"5/2026/QĐ-UBND", "15/2026/QĐ-UBND", "4/KH-UBND"}
