"""The board's inbox through the web: an edXML upload, what it offers, what is refused, the dashboard."""

from __future__ import annotations

from edxml_samples import package
from webtest import TestApp, Upload

from hpportal import testing
from hpportal.core.workflow import state_of
from hpportal.intake.models import IntakeItem

INBOX = "/tiep-nhan/"


def upload(browser, data: bytes, inbox: str = INBOX, status=303):
    form = browser.get(inbox + "upload").forms["deform"]
    form["upload"] = Upload("van-ban.edxml", data, "application/xml")
    return form.submit("import", status=status)


def items_of(app, portal=""):
    def read(site):
        inbox = (site[portal] if portal else site)["tiep-nhan"]
        return [
            (item.title, state_of(item), item.result_uid) for item in inbox.values() if isinstance(item, IntakeItem)
        ]

    return testing.read_site(app, read)


def documents_of(app):
    return testing.read_site(
        app, lambda site: [(d.title, state_of(d), d.description) for d in site["van-ban"].values()]
    )


def test_a_package_naming_the_city_portal_is_offered_as_a_draft_legal_document(intake_app, person):
    editor = person(testing.EDITOR_LOGIN)
    before = documents_of(intake_app)
    item_page = upload(editor, package()).follow()
    assert "Quyết định về việc công bố quy hoạch chi tiết khu đô thị mới Bắc sông Cấm" in item_page
    assert "Sở Xây dựng thành phố Hải Phòng" in item_page and "000.00.00.X01" in item_page
    assert "125-QD-SXD.signed.pdf" in item_page
    # The legal document filled in from the envelope waits in Văn bản as a draft, linked both ways.
    link = item_page.html.select_one(".notice a")
    doc_page = editor.get(link["href"])
    assert "Quyết định 125/QĐ-SXD" in doc_page
    assert "Nguyễn Văn Minh" in doc_page and "Phó Giám đốc" in doc_page
    source = doc_page.html.select_one(".workflow-source a")
    assert source is not None and source["href"].rstrip("/").endswith(item_page.request.path.rstrip("/"))
    after = documents_of(intake_app)
    assert len(after) == len(before) + 1
    made = next(d for d in after if d not in before)
    assert made[:2] == ("Quyết định 125/QĐ-SXD", "draft")
    # Citizens see neither the draft nor the inbox.
    citizen = TestApp(intake_app)
    assert citizen.get(link["href"], status=(403, 404)).status_int in (403, 404)
    assert citizen.get(item_page.request.path, status=(403, 404)).status_int in (403, 404)


def test_a_package_not_naming_the_portal_stays_an_item_only(intake_app, person):
    editor = person(testing.EDITOR_LOGIN)
    before = documents_of(intake_app)
    upload(editor, package(places=("Như Điều 3", "Cổng Thông tin điện tử Sở Xây dựng", "Lưu: VT")))
    assert documents_of(intake_app) == before
    assert [(title, state, uid) for title, state, uid in items_of(intake_app)][0][1:] == ("new", "")
