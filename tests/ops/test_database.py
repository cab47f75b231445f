"""The database page: figures, and pack / back up / verify in the background, for Administrators."""

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
    page.forms["database-form"].submit("job", value=job).follow()
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
    assert "đạt" in page.text and "read 0 current blobs" in page.text

    page = run(admin, "pack")
    last_pack = page.html.find("dt", string="Lần nén gần nhất").find_next("dd").get_text()
    assert last_pack.startswith("20")
    entries = admin.get("/audit", {"action": "database_job"}).html.select("table.audit tbody tr")
    assert len(entries) == 3


def test_restore_from_the_web_goes_into_a_copy(admin, app_settings):
    run(admin, "backup")
    page = run(admin, "restore")
    lines = [li.get_text() for li in page.html.find(id="last-job").find_all("li")]
    assert "xong" in page.text and lines[1].startswith("zodbconn.uri = file://")
    restored = lines[1].removeprefix("zodbconn.uri = file://").split("?")[0]
    copy = testing.make_app(testing.settings_for(Path(restored).parent))
    try:
        assert "Cổng Thông tin điện tử thành phố Hải Phòng" in TestApp(copy).get("/").text
    finally:
        testing.database(copy).close()
