"""A Site Manager imports procedures from the web: the check reports what would change and the refused rows with
their line and reason and changes nothing; the import adds and updates by code; an editor may not import."""

from __future__ import annotations

from sv_helpers import SO_A
from webtest import TestApp, Upload

from hpportal import testing

CSV = "\n".join([
    "code,name,field,agency,level,online,forms",
    "1.009994,Cấp giấy phép xây dựng sửa chữa (cập nhật),xay-dung,Sở A,thanh-pho,mot-phan,",  # line 2: updates
    "1.008001,Cấp giấy phép chặt hạ cây xanh,xay-dung,Sở A,thanh-pho,toan-trinh,",  # line 3: new
    "1.0080,Mã sai,xay-dung,Sở A,thanh-pho,toan-trinh,",  # line 4
    "1.008002,Có mẫu,xay-dung,Sở A,thanh-pho,toan-trinh,mau.pdf",  # line 5: no forms from the web
]) + "\n"  # fmt: skip


def manager(app, login="so-a-qt"):
    browser = TestApp(app)
    testing.login(browser, login, testing.BOARD_PASSWORD)
    return browser


def send(browser, action: str, name="thu-tuc.csv", content=CSV.encode(), status=200):
    form = browser.get("/so-a/dich-vu-cong/import").forms["import-form"]
    form["file"] = Upload(name, content)
    return form.submit("action", value=action, status=status)


def names(app) -> dict[str, str]:
    return testing.read_site(app, lambda site: {p.code: p.title for p in site["so-a"]["dich-vu-cong"].values()})


def status(page) -> str:
    return " ".join(page.html.select_one(".import-report [role=status]").get_text().split())


def refused(page) -> dict[int, str]:
    return {int(tr.td.get_text()): tr.select("td")[1].get_text() for tr in page.html.select(".refused-rows tbody tr")}


def test_the_check_reports_and_changes_nothing_then_the_import_adds_and_updates(services_app):
    browser = manager(services_app)
    assert "/so-a/dich-vu-cong/import" in browser.get("/so-a/dich-vu-cong/").text
    before = names(services_app)
    page = send(browser, "check")
    assert (
        status(page) == "Đã kiểm tra: 1 thủ tục sẽ được thêm, 1 được cập nhật; 2 dòng bị từ chối. Chưa có gì thay đổi."
    )
    assert refused(page) == {
        4: "“1.0080” không phải là mã thủ tục: hãy viết như 1.004227.",
        5: "Mẫu đơn mau.pdf không gửi kèm được với tệp nhập từ web: hãy thêm trên trang của thủ tục, "
        "hoặc nhập bằng lệnh hpportal import-procedures.",
    }
    assert names(services_app) == before

    page = send(browser, "import")
    assert status(page) == "Đã nhập: 1 thủ tục được thêm, 1 được cập nhật; 2 dòng bị từ chối."
    assert names(services_app) == {
        SO_A.code: "Cấp giấy phép xây dựng sửa chữa (cập nhật)",
        "1.008001": "Cấp giấy phép chặt hạ cây xanh",
    }


def test_a_file_that_is_not_one_is_refused_whole_with_a_message(services_app):
    browser = manager(services_app)
    page = send(browser, "import", name="thu-tuc.json", content=b'{"code": "1.008001"}')
    assert "Không đọc được tệp" in page.html.select_one(".notice[role=alert]").get_text()
    page = send(browser, "import", name="thu-tuc.csv", content="mã;tên\n1;2\n".encode("utf-16"))
    assert "UTF-8" in page.html.select_one(".notice[role=alert]").get_text()
    assert names(services_app) == {SO_A.code: SO_A.title}


def test_only_the_portals_site_manager_may_import(services_app):
    editor = manager(services_app, "so-a-btv")
    editor.get("/so-a/dich-vu-cong/import", status=403)
    assert "/so-a/dich-vu-cong/import" not in editor.get("/so-a/dich-vu-cong/").text
    other = manager(services_app, "so-b-qt")
    other.get("/so-a/dich-vu-cong/import", status=403)
