"""A board keeps its catalogue through the web: its editor adds a procedure with a form, its approver publishes
it, citizens find it by code; a code the portal has already, or no code at all, is refused with a message."""

from __future__ import annotations

from webtest import TestApp, Upload

from hpportal import testing

PROCEDURE = {
    "code": "1002255",
    "title": "Cấp giấy phép chặt hạ, dịch chuyển cây xanh đô thị",
    "field": "xay-dung",
    "agency": "Sở A",
    "level": "thanh-pho",
    "online": "toan-trinh",
    "processing_time": "10 ngày làm việc",
    "fees": "Không",
    "documents": "Đơn đề nghị | 01 bản chính | don-cay-xanh.pdf\nSơ đồ vị trí cây xanh | 01 bản chính",
    "steps": "Nộp hồ sơ\nKiểm tra hiện trạng\nTrả giấy phép",
    "legal_basis": "Quyết định số 5/2026/QĐ-UBND của Ủy ban nhân dân thành phố",
}


def person(app, login):
    browser = TestApp(app)
    testing.login(browser, login, testing.BOARD_PASSWORD)
    return browser


def add_procedure(browser, status=303, **values):
    form = browser.get("/so-a/dich-vu-cong/add?type=Procedure").forms["add-form"]
    for name, value in values.items():
        form[name] = value
    form.set("upload", Upload("don-cay-xanh.pdf", testing.PDF))
    for box in form.fields["checkbox"]:
        box.checked = box._value in ("truc-tuyen", "truc-tiep")
    return form.submit("save", status=status)


def test_the_editor_adds_the_approver_publishes_a_citizen_finds_it_by_code(services_app, citizen):
    editor = person(services_app, "so-a-btv")
    assert "add?type=Procedure" in editor.get("/so-a/dich-vu-cong/").text
    url = add_procedure(editor, **PROCEDURE).follow().request.path_url
    assert citizen.get("/so-a/dich-vu-cong/", params={"q": "1.002255"}).html.select("table.procedures-list") == []
    testing.take_step(editor, url, "submit")
    testing.take_step(person(services_app, "so-a-pd"), url, "approve")

    found = citizen.get("/dich-vu-cong/", params={"q": "1.002255"})
    assert found.html.select_one("table.procedures-list tbody a")["href"] == url
    page = citizen.get(url)
    properties = {tr.th.get_text(): tr.td.get_text() for tr in page.html.select("table.properties tr")}
    assert properties["Mã thủ tục"] == "1.002255"  # written with its dot whatever was typed
    assert properties["Cách thức thực hiện"] == "Trực tuyến, Trực tiếp tại Bộ phận một cửa"
    rows = [
        [td.get_text(strip=True) for td in tr.select("td")] for tr in page.html.select(".procedure-documents tr")[1:]
    ]
    assert rows == [["Đơn đề nghị", "01 bản chính", "don-cay-xanh.pdf"], ["Sơ đồ vị trí cây xanh", "01 bản chính", ""]]
    assert page.html.select_one(".procedure-basis a").get_text() == PROCEDURE["legal_basis"]


def test_a_missing_or_repeated_code_is_refused_and_nothing_is_added(services_app):
    editor = person(services_app, "so-a-btv")
    cases = [
        ({"code": "1.0042"}, "không phải là mã thủ tục"),
        ({"code": "1009994"}, "Cổng này đã có thủ tục 1.009994"),  # Sở A's, in the fixture
        ({"title": ""}, "Bắt buộc"),
    ]
    for change, message in cases:
        page = add_procedure(editor, status=200, **{**PROCEDURE, **change})
        assert message in page.text, change
        assert page.forms["add-form"]["agency"].value == "Sở A"  # what was typed is kept
    names = editor.get("/so-a/dich-vu-cong/contents").text
    assert "cay-xanh" not in names


def test_saving_the_edit_form_unchanged_keeps_every_value(services_app):
    def values(site):
        p = next(p for p in site["dich-vu-cong"].values() if p.code == "1.004227")
        return (p.title, p.documents, tuple(sorted(p.channels)), p.steps, p.legal_basis, p.featured, p.online)

    before = testing.read_site(services_app, values)
    admin = TestApp(services_app)
    testing.login(admin)
    url = admin.get("/dich-vu-cong/", params={"q": "1.004227"}).html.select_one("table.procedures-list tbody a")["href"]
    admin.get(url + "edit").forms["edit-form"].submit("save", status=303)
    assert testing.read_site(services_app, values) == before
    form = admin.get(url + "edit").forms["edit-form"]
    form["online"] = "khong"
    form.submit("save", status=303)
    page = TestApp(services_app).get(url)
    assert page.html.select_one("a.filing-link") is None
    assert "không thể nộp hồ sơ trực tuyến" in page.html.select_one(".not-online").get_text()
