"""Anonymous uploads cannot exhaust the server (issue 12, points 21 and 22): a body over the limit is refused
before it is read, files of a failed submission wait on disk (not in memory) and expire, a form takes no
more files than it shows, and an image bomb is refused from its header, after the rate limit."""

from __future__ import annotations

import gc
import io
import os
import shutil
import time
import tracemalloc

import pytest
from PIL import Image as PILImage
from webtest import TestApp, Upload

from hpportal import testing
from hpportal.core import media
from hpportal.core.forms import TMP_STORE
from hpportal.core.personaldata import RateLimit
from hpportal.qa.models import Question

PDF = b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024) + b"\n%%EOF\n"  # 3 MB


@pytest.fixture
def upload_app(tmp_path, boards_database):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory, **{"hpportal.max_request_body": str(8 * 1024 * 1024)}))
    yield app
    testing.database(app).close()


def ask_fields(browser, files: list[tuple[str, bytes]], **typed) -> list:
    """The ask form's fields in order, with ``files`` as attachments (peppercorn needs the order)."""
    form = browser.get("/so-a/hoi-dap/ask").forms["ask-form"]
    values = {
        "full_name": "Nguyễn Văn An",
        "citizen_id": "031085001234",
        "address": "Số 5 Lạch Tray, phường Gia Viên",
        "phone": "0912345678",
        "field": "xay-dung",
        "title": "Giấy tờ xin phép xây dựng",
        "text": "Tôi cần những giấy tờ gì để xin phép xây nhà ở riêng lẻ?",
        "consent": True,
        **typed,
    }
    for key, value in values.items():
        form[key] = value
    fields = []
    for name, value in form.submit_fields("send"):
        fields.append((name, value))
        if (name, value) == ("__start__", "attachments:sequence"):
            for filename, data in files:
                fields += [
                    ("__start__", "attachment:mapping"),
                    ("upload", Upload(filename, data)),
                    ("uid", ""),
                    ("__end__", "attachment:mapping"),
                ]
    return fields


def questions(app) -> list:
    return testing.read_site(
        app, lambda site: [q.title for q in site["so-a"]["hoi-dap"].values() if isinstance(q, Question)]
    )


def test_a_body_over_the_limit_is_refused_before_it_is_read(upload_app, monkeypatch):
    browser = TestApp(upload_app)
    fields = ask_fields(browser, [("lon.pdf", PDF + PDF + PDF)])  # 9 MB, the limit is 8
    parsed = []
    monkeypatch.setattr(
        "webob.request.BaseRequest.POST", property(lambda self: parsed.append(self.content_length) or {})
    )
    page = browser.post("/so-a/hoi-dap/ask", fields, content_type="multipart/form-data", status=413)
    assert [length for length in parsed if length] == []  # the body was never parsed
    assert "Nội dung gửi quá lớn" in page.text and "8 MB" in page.text
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert questions(upload_app) == []


def test_files_of_failed_submissions_wait_on_disk_not_in_memory(upload_app):
    browser = TestApp(upload_app)
    browser.post("/so-a/hoi-dap/ask", ask_fields(browser, [("a.pdf", PDF)], consent=False))  # warm up
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        for _ in range(6):  # consent missing: the form comes back, the file kept for the next submit
            page = browser.post("/so-a/hoi-dap/ask", ask_fields(browser, [("ban-ve.pdf", PDF)], consent=False))
            assert "ban-ve.pdf" in page.text
        del page  # its request holds the last body
        gc.collect()
        grown = sum(stat.size_diff for stat in tracemalloc.take_snapshot().compare_to(before, "filename"))
    finally:
        tracemalloc.stop()
    assert grown < len(PDF), f"the process kept {grown} bytes of six 3 MB uploads"
    assert TMP_STORE.size() >= 6 * len(PDF)


def test_kept_files_expire(upload_app):
    browser = TestApp(upload_app)
    browser.post("/so-a/hoi-dap/ask", ask_fields(browser, [("ban-ve.pdf", PDF)], consent=False))
    assert TMP_STORE.size() >= len(PDF)
    an_hour_ago = time.time() - TMP_STORE.max_age - 1
    for path in TMP_STORE.directory.iterdir():
        os.utime(path, (an_hour_ago, an_hour_ago))
    browser.post("/so-a/hoi-dap/ask", ask_fields(browser, [("khac.pdf", b"%PDF-1.4\n%%EOF\n")], consent=False))
    assert TMP_STORE.size() < len(PDF)  # the old one is gone when a new one arrives


def test_the_form_never_stores_more_files_than_it_takes(upload_app):
    browser = TestApp(upload_app)
    small = b"%PDF-1.4\n" + b"1" * 1000 + b"\n%%EOF\n"
    files = [(f"tep-{n}.pdf", small) for n in range(12)]
    page = browser.post("/so-a/hoi-dap/ask", ask_fields(browser, files, consent=False))
    assert page.status_int == 200 and "Giấy tờ xin phép xây dựng" in page.text  # what was typed is kept
    assert TMP_STORE.size() <= 3 * len(small)
    assert "tep-3.pdf" not in page.text


def _bomb() -> bytes:
    out = io.BytesIO()
    PILImage.new("1", (12_000, 12_000)).save(out, "PNG")  # 144 million pixels in a few KB
    return out.getvalue()


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_an_image_bomb_is_refused_from_its_header(upload_app, monkeypatch):
    decoded = []
    monkeypatch.setattr(media, "_scaled", lambda img, size: decoded.append(size))
    browser = TestApp(upload_app)
    page = browser.post("/so-a/hoi-dap/ask", ask_fields(browser, [("anh.png", _bomb())]))
    assert "Ảnh quá lớn: tối đa 50 triệu điểm ảnh." in page.text
    assert "Giấy tờ xin phép xây dựng" in page.text and decoded == []
    assert questions(upload_app) == []


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_the_rate_limit_is_checked_before_any_file_is_decoded(upload_app, monkeypatch):
    opened = []
    monkeypatch.setattr(media.Image, "upload", lambda self, fp, name: opened.append(name))
    browser = TestApp(upload_app)
    upload_app.registry.qa_limits = {"ask": RateLimit(0), "track": RateLimit(20)}
    page = browser.post("/so-a/hoi-dap/ask", ask_fields(browser, [("anh.png", _bomb())]))
    assert "quá nhiều câu hỏi" in page.text and opened == []
    assert questions(upload_app) == []
