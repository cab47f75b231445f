"""The board's inbox through the web: an edXML upload, what it offers, what is refused, the dashboard."""

from __future__ import annotations

from pdfsigning import Authority, changed_after_signing, decision_pdf
from webtest import TestApp, Upload

from hpportal import testing
from hpportal.core.workflow import state_of
from hpportal.intake.models import IntakeItem
from hpportal.intake.samples import package

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


def test_a_refused_package_names_the_field_and_leaves_nothing(intake_app, person):
    editor = person(testing.EDITOR_LOGIN)
    documents, items = documents_of(intake_app), items_of(intake_app)
    page = upload(editor, package(code_number=None), status=200)
    assert "Code/CodeNumber" in page.html.select_one(".error").text
    page = upload(editor, package(encoded="JVBERi0x@@@"), status=200)
    assert "ContentTransferEncoded" in page.html.select_one(".error").text
    # A package whose attachment is of a refused type keeps neither the item nor the document.
    page = upload(
        editor, package(attachments=(("trang.html", "text/html", b"<html><script>x</script></html>"),)), status=200
    )
    assert "trang.html" in page.html.select_one(".error").text
    assert (documents_of(intake_app), items_of(intake_app)) == (documents, items)


def test_a_revocation_finds_the_earlier_item_and_an_update_fills_its_draft_again(intake_app, person):
    editor = person(testing.EDITOR_LOGIN)
    first = upload(editor, package()).follow()
    update = upload(
        editor, package(business_type="2", subject="Quyết định (đính chính) về quy hoạch Bắc sông Cấm")
    ).follow()
    assert first.request.url.rstrip("/") in [a["href"].rstrip("/") for a in update.html.select(".notice a")]
    docs = [d for d in documents_of(intake_app) if d[0] == "Quyết định 125/QĐ-SXD"]
    assert docs == [("Quyết định 125/QĐ-SXD", "draft", "Quyết định (đính chính) về quy hoạch Bắc sông Cấm")]
    assert sorted(state for _t, state, _uid in items_of(intake_app)) == ["new", "rejected"]
    page = upload(editor, package(business_type="1", document_id="000.00.00.X01,2026/01/01,1/QĐ-SXD"), status=200)
    assert "DocumentId" in page.html.select_one(".error").text


def test_the_dashboard_counts_by_channel_and_state_and_lists_the_oldest_first(intake_app, person):
    editor = person(testing.EDITOR_LOGIN)
    for day, title in (("2026-11-20", "Thư thứ hai"), ("2026-11-10", "Thư thứ nhất")):
        form = editor.get(INBOX + "record").forms["deform"]
        form["channel"], form["date"], form["time"] = "email", day, "09:00"
        form["sender"], form["title"] = "Nguyễn Văn An", title
        form.submit("save", status=303)
    upload(editor, package(places=("Lưu: VT",)))
    page = editor.get(INBOX)
    assert [a.text for a in page.html.select(".intake-waiting a")][:2] == ["Thư thứ nhất", "Thư thứ hai"]
    rows = {row.th.text: [td.text for td in row.select("td")] for row in page.html.select(".intake-counts tbody tr")}
    email_row = next(cells for title, cells in rows.items() if title in ("Thư điện tử", "Email"))
    edxml_row = next(cells for title, cells in rows.items() if "edXML" in title)
    assert email_row[0] == "2" and email_row[-1] == "2"  # new, total
    assert edxml_row[0] == "1"
    assert page.html.select_one(".intake-counts tfoot").select("td")[-1].text == "3"


def signature_rows(page):
    return [[td.text.strip() for td in row.select("td")] for row in page.html.select(".intake-signatures tbody tr")]


def test_the_item_shows_who_signed_each_pdf_when_and_whether_it_holds(intake_app, person, authority):
    signed = authority.sign(decision_pdf())
    files = (
        ("ban-ky-so.pdf", "application/pdf", signed),
        ("ban-bi-sua.pdf", "application/pdf", changed_after_signing(signed)),
        ("ban-giay.pdf", "application/pdf", decision_pdf()),
    )
    page = upload(person(testing.EDITOR_LOGIN), package(attachments=files)).follow()
    holds, changed = signature_rows(page)
    assert "Nguyễn Văn Tùng" in holds[0] and holds[1] != "—" and holds[2:] == ["Có", "Có"]
    assert "Nguyễn Văn Tùng" in changed[0] and changed[2:] == ["Không", "Có"]
    assert "Tệp đã bị sửa đổi sau khi ký." in changed[0]
    assert "Không có chữ ký số." in page.text  # the paper copy's scan


def test_a_signer_unknown_to_the_portals_trust_roots_is_not_trusted(intake_app, person):
    stranger = Authority.make("Người Lạ")
    page = upload(
        person(testing.EDITOR_LOGIN),
        package(attachments=(("la.pdf", "application/pdf", stranger.sign(decision_pdf())),)),
    ).follow()
    [row] = signature_rows(page)
    assert "Người Lạ" in row[0] and row[2:] == ["Có", "Không"]
