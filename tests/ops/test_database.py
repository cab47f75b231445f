"""The database page: figures, and pack / back up / verify in the background, for Administrators."""

import re
import time
from pathlib import Path

import pytest
from webtest import TestApp

from hpportal import testing


@pytest.fixture
def admin(app_settings, tmp_path):
    app = testing.make_app({**app_settings, "hpportal.backup_dir": str(tmp_path / "backups")})
    browser = TestApp(app)
    testing.login(browser)
    yield browser
    testing.database(app).close()


def run(admin, job: str):
    page = admin.get("/database")
    started = page.forms["database-form"].submit("job", value=job)
    if started.status_int == 200:  # pack and restore ask first
        started = started.forms["confirm-form"].submit("job", value=job)
    started.follow()
    jobs = admin.app.registry.database_jobs
    deadline = time.monotonic() + 60
    while jobs.current is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    return admin.get("/database")


def test_back_up_verify_and_pack_from_the_web(admin, tmp_path):
    page = admin.get("/database")
    assert "Cơ sở dữ liệu" in page.text and "Data.fs" in page.text

    page = run(admin, "backup")
    assert "Sao lưu ngay" in page.html.find(id="last-job").get_text() and "xong" in page.text
    assert list((tmp_path / "backups" / "fs").glob("*.fs"))

    page = run(admin, "verify")
    assert "đạt" in page.text and "Đã đọc 0 tệp và ảnh (blob) của bản sao." in page.text

    page = run(admin, "pack")
    last_pack = page.html.find("dt", string="Lần nén gần nhất").find_next("dd").get_text()
    assert re.fullmatch(r"\d\d:\d\d \d\d/\d\d/20\d\d", last_pack), last_pack
    entries = admin.get("/audit", {"action": "database_job"}).html.select("table.audit tbody tr")
    assert len(entries) == 3


def test_restore_from_the_web_goes_into_a_copy(admin, app_settings):
    run(admin, "backup")
    page = run(admin, "restore")
    lines = [li.get_text() for li in page.html.find(id="last-job").find_all("li")]
    assert "xong" in page.text
    restored = lines[1].split("zodbconn.uri = file://")[1].split("?")[0]
    # Under var/, beside the live database: never in the working tree beside the code.
    live = Path(app_settings["zodbconn.uri"].removeprefix("file://").split("?")[0])
    assert Path(restored).parent.parent == live.parent
    copy = testing.make_app(testing.settings_for(Path(restored).parent))
    try:
        assert "Cổng Thông tin điện tử thành phố Hải Phòng" in TestApp(copy).get("/").text
    finally:
        testing.database(copy).close()


def test_pack_and_restore_ask_for_confirmation_before_anything_starts(admin):
    jobs = admin.app.registry.database_jobs
    for job, question in (("pack", "Nén ngay?"), ("restore", "Khôi phục ngay?")):
        asked = admin.get("/database").forms["database-form"].submit("job", value=job)
        assert asked.status_int == 200
        assert question in asked.html.find(id="confirm-form").get_text()
        assert jobs.current is None and jobs.last is None  # the first click starts nothing
    # A forged POST without the confirmation starts nothing either.
    token = admin.get("/database").forms["database-form"]["csrf_token"].value
    admin.post("/database", {"csrf_token": token, "job": "pack"})
    assert jobs.current is None and jobs.last is None
    assert not admin.get("/audit", {"action": "database_job"}).html.select("table.audit tbody tr")


def test_the_database_page_speaks_the_users_language_and_local_time(admin):
    run(admin, "backup")
    page = run(admin, "verify")
    text = page.html.find("main").get_text()
    assert "+00:00" not in text and "T" not in re.findall(r"\d{4}-\d\d-\d\dT", text)
    assert not re.search(r"\d,\d{3},\d{3} B", text)  # no US format of bytes
    size = page.html.find(id="database-size").get_text()
    assert re.fullmatch(r"\d+(,\d)? (KB|MB|GB)", size), size
    notes = [li.get_text() for li in page.html.find(id="last-job").find_all("li")]
    assert notes[0].startswith("Đã khôi phục bản sao lưu lúc ") and notes[0][-20:].count("/") == 2
    english = ("restored", "current blobs", "objects:", "live database", "full:", "incremental:")
    assert not [note for note in notes if any(word in note.lower() for word in english)], notes
    backup = run(admin, "backup").html.find(id="last-job").get_text()
    assert "Sao lưu bổ sung" in backup


def test_the_database_page_has_no_content_toolbar(admin):
    page = admin.get("/database")
    assert page.html.select_one(".manage-bar") is None
    assert "Thêm mới…" not in page.text
