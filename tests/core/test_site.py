"""The portal through WebTest on a real FileStorage: what an anonymous visitor and a manager see and do."""

import io

from PIL import Image as PILImage
from webtest import TestApp

from hpportal import testing
from hpportal.core.portal import ROOT_KEY


def add(browser, folder_url, type_name, **fields):
    page = browser.get(f"{folder_url}add?type={type_name}")
    form = page.forms["add-form"]
    for key, value in fields.items():
        form[key] = value
    return form.submit("save")


def site_of(app):
    conn = testing.database(app).open()
    return conn, conn.root()[ROOT_KEY]


def png_bytes(size=(600, 400)):
    out = io.BytesIO()
    PILImage.new("RGB", size, (200, 30, 40)).save(out, "PNG")
    return out.getvalue()


def test_anonymous_sees_the_home_page_in_vietnamese(testapp):
    page = testapp.get("/")
    assert page.status_int == 200
    assert '<html lang="vi"' in page.text
    assert "Cổng Thông tin điện tử thành phố Hải Phòng" in page.text
    assert "Nguồn: Cổng Thông tin điện tử thành phố Hải Phòng" in page.text
    assert "Đăng nhập" in page.text  # the login link, translated


def test_anonymous_is_sent_to_login_from_management_views(testapp):
    for url in ("/contents", "/add?type=Section", "/edit"):
        response = testapp.get(url, status=303)
        assert "/login?came_from=" in response.location


def test_anonymous_cannot_post_management_forms(testapp):
    testapp.post("/contents", {"delete": "1", "selected": "x"}, status=403)


def test_a_post_without_csrf_token_is_refused(admin_app):
    page = admin_app.post("/add?type=Section", {"title": "Không có mã CSRF"}, status=400)
    assert "Biểu mẫu đã hết hạn" in page.text


def test_wrong_password_is_refused_with_a_message(testapp):
    page = testapp.get("/login")
    form = page.forms["deform"]
    form["login"] = testing.ADMIN_LOGIN
    form["password"] = "not the password"
    result = form.submit("log_in")
    assert result.status_int == 200
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in result.text
    assert result.forms["deform"]["login"].value == testing.ADMIN_LOGIN


def test_login_then_logout(testapp):
    home = testing.login(testapp)
    assert "Quản trị hệ thống" in home.text  # the user's name in the menu
    form = [f for f in home.forms.values() if f.action.endswith("/logout")][0]
    form.submit().follow()
    testapp.get("/contents", status=303)


def test_manager_adds_edits_and_deletes_an_article(admin_app, app):
    section = add(admin_app, "/", "Section", title="Tin tức").follow()
    assert section.request.path == "/tin-tuc/"
    article = add(
        admin_app,
        "/tin-tuc/",
        "NewsArticle",
        title="Hải Phòng khánh thành cầu mới",
        description="Sáng nay, thành phố khánh thành cây cầu mới.",
        body='<p>Cầu dài 1,2 km.<script>alert("x")</script><a href="javascript:alert(1)">xem</a></p>',
        subjects="giao thông, hạ tầng",
    ).follow()
    assert article.request.path == "/tin-tuc/hai-phong-khanh-thanh-cau-moi/"
    TestApp(app).get("/tin-tuc/hai-phong-khanh-thanh-cau-moi/", status=404)  # a draft: as if missing
    testing.publish_through_web(admin_app, "/tin-tuc/hai-phong-khanh-thanh-cau-moi/")
    assert "Cầu dài 1,2 km." in article.text
    assert 'alert("x")' not in article.text and "javascript:" not in article.text

    # Anyone can read it, and search finds it without diacritics.
    anonymous = TestApp(app)
    assert "Hải Phòng khánh thành cầu mới" in anonymous.get("/tin-tuc/hai-phong-khanh-thanh-cau-moi/").text
    assert "Hải Phòng khánh thành cầu mới" in anonymous.get("/search", {"q": "khanh thanh cau"}).text
    assert "Hải Phòng khánh thành cầu mới" in anonymous.get("/").text  # latest news on the home page

    edit = admin_app.get("/tin-tuc/hai-phong-khanh-thanh-cau-moi/edit")
    form = edit.forms["edit-form"]
    assert form["subjects"].value == "giao thông, hạ tầng"
    form["title"] = "Hải Phòng khánh thành cầu Hoàng Văn Thụ mới"
    shown = form.submit("save").follow()
    assert "cầu Hoàng Văn Thụ mới" in shown.text
    assert "cầu Hoàng Văn Thụ" in anonymous.get("/search", {"q": "hoang van thu"}).text

    confirm = admin_app.get("/tin-tuc/hai-phong-khanh-thanh-cau-moi/delete")
    assert "Xác nhận xoá" in confirm.text
    confirm.forms["confirm-form"].submit("confirm").follow()
    anonymous.get("/tin-tuc/hai-phong-khanh-thanh-cau-moi/", status=404)
    assert "0</strong> kết quả" in anonymous.get("/search", {"q": "hoang van thu"}).text


def test_invalid_form_keeps_what_was_typed(admin_app):
    add(admin_app, "/", "Section", title="Tin tức")
    result = add(admin_app, "/tin-tuc/", "NewsArticle", title="", body="<p>Nội dung đã gõ</p>", author="Minh Anh")
    assert result.status_int == 200
    assert "Bắt buộc" in result.text  # colander's "Required", in Vietnamese
    assert result.forms["add-form"]["author"].value == "Minh Anh"
    assert "Nội dung đã gõ" in result.forms["add-form"]["body"].value


def test_add_menu_lists_only_types_allowed_here(admin_app):
    add(admin_app, "/", "Section", title="Tin tức")
    home = admin_app.get("/")
    assert "add?type=SubPortal" in home.text and "add?type=NewsArticle" in home.text
    article = add(admin_app, "/tin-tuc/", "NewsArticle", title="Một bài").follow()
    assert "add?type=" not in article.text  # an article holds nothing
    admin_app.get("/tin-tuc/add?type=SubPortal", status=404)  # a component portal only goes under the city portal


def test_upload_lands_in_a_blob_and_thumbnails_are_made(admin_app, app):
    page = admin_app.get("/add?type=Image")
    form = page.forms["add-form"]
    form["title"] = "Cảng Lạch Huyện"
    form["upload"] = ("cang.png", png_bytes(), "image/png")
    shown = form.submit("save").follow()
    assert shown.request.path == "/cang-lach-huyen/"
    conn, site = site_of(app)
    image = site["cang-lach-huyen"]
    assert image.blob is not None and image.mimetype == "image/png" and (image.width, image.height) == (600, 400)
    with image.blob.open("r") as stored:
        assert stored.read() == png_bytes()
    assert set(image.scales) == {"thumb", "preview"}
    conn.close()
    thumb = admin_app.get("/cang-lach-huyen/thumbnail/thumb")
    assert thumb.content_type == "image/jpeg"
    assert PILImage.open(io.BytesIO(thumb.body)).size == (320, 213)
    download = admin_app.get("/cang-lach-huyen/download")
    assert download.body == png_bytes()
    # Files answer conditional requests: a browser that has it gets a 304.
    assert download.headers["Last-Modified"] and download.headers["ETag"]
    again = admin_app.get("/cang-lach-huyen/download", headers={"If-None-Match": download.headers["ETag"]}, status=304)
    assert again.body == b""


def test_upload_of_the_wrong_type_is_refused(admin_app, app):
    page = admin_app.get("/add?type=Image")
    form = page.forms["add-form"]
    form["title"] = "Không phải ảnh"
    form["upload"] = ("anh.png", b"#!/bin/sh\necho this is a script\n", "image/png")
    result = form.submit("save")
    assert result.status_int == 200
    assert "không được chấp nhận" in result.text
    conn, site = site_of(app)
    assert "khong-phai-anh" not in site
    conn.close()


def test_file_of_an_accepted_type(admin_app):
    page = admin_app.get("/add?type=File")
    form = page.forms["add-form"]
    form["upload"] = ("bao-cao.txt", "Báo cáo tháng 11".encode(), "application/octet-stream")
    shown = form.submit("save").follow()
    assert "bao-cao.txt" in shown.text
    assert admin_app.get(shown.request.path + "download").body == "Báo cáo tháng 11".encode()


#: The city's language versions, documents, public services, Q&A, board's inbox and dialogues come first.
LANGUAGE_ROOTS = ["en", "zh", "ko", "ja", "van-ban", "dich-vu-cong", "hoi-dap", "tiep-nhan", "doi-thoai"]


def test_contents_reorder_rename_and_bulk_delete(admin_app, app):
    for title in ("Giới thiệu", "Tin tức", "Liên hệ"):
        add(admin_app, "/", "Section", title=title)
    contents = admin_app.get("/contents")
    contents.forms["contents-form"].submit("down", index=len(LANGUAGE_ROOTS))  # "Giới thiệu" down
    conn, site = site_of(app)
    assert site.keys() == [*LANGUAGE_ROOTS, "tin-tuc", "gioi-thieu", "lien-he"]
    conn.close()

    rename = admin_app.get("/rename?name=lien-he")
    form = rename.forms["rename-form"]
    form["new_name"] = "search"
    refused = form.submit()
    assert "dành riêng" in refused.text  # reserved
    form = refused.forms["rename-form"]
    form["new_name"] = "lien-he-gop-y"
    form.submit().follow()

    contents = admin_app.get("/contents")
    form = contents.forms["contents-form"]
    for box in form.fields["selected"]:
        if box._value in ("gioi-thieu", "lien-he-gop-y"):
            box.checked = True
    confirm = form.submit("delete").follow()
    assert "Giới thiệu" in confirm.text and "Liên hệ" in confirm.text
    confirm.forms["confirm-form"].submit("confirm").follow()
    conn, site = site_of(app)
    assert site.keys() == [*LANGUAGE_ROOTS, "tin-tuc"]
    conn.close()


def test_a_get_never_writes(app, admin_app):
    add(admin_app, "/", "Section", title="Tin tức")
    add(admin_app, "/tin-tuc/", "NewsArticle", title="Bài viết thử")
    before = testing.last_transaction(app)
    anonymous = TestApp(app)
    for url in ("/", "/tin-tuc/", "/tin-tuc/bai-viet-thu/", "/search?q=bai+viet", "/login", "/khong-co/"):
        anonymous.get(url, expect_errors=True)
    for url in ("/contents", "/tin-tuc/bai-viet-thu/edit", "/add?type=Section"):
        admin_app.get(url)
    assert testing.last_transaction(app) == before


def test_malformed_search_gets_a_friendly_message(testapp):
    for words in ('"hai phong', "AND", "NOT OR", "*"):
        page = testapp.get("/search", {"q": words})
        assert page.status_int == 200
    page = testapp.get("/search", {"q": '"hai phong'})
    assert "không hiểu" in page.text or "0</strong>" in page.text
    page = testapp.get("/search", {"q": "x", "from": "28/11/2026"})
    assert "năm-tháng-ngày" in page.text


def test_print_and_save_an_article(admin_app, testapp):
    add(admin_app, "/", "Section", title="Tin tức")
    add(admin_app, "/tin-tuc/", "NewsArticle", title="Bài để in", body="<p>Nội dung để lưu</p>")
    testing.publish_through_web(admin_app, "/tin-tuc/bai-de-in/")
    page = testapp.get("/tin-tuc/bai-de-in/")
    assert 'media="print"' in page.text and "data-print" in page.text
    saved = testapp.get("/tin-tuc/bai-de-in/save")
    assert saved.content_disposition.startswith("attachment;")
    assert "Nội dung để lưu" in saved.text and "Nguồn: Cổng Thông tin điện tử" in saved.text


def test_an_empty_database_explains_how_to_create_the_portal(tmp_path):
    app = testing.make_app(testing.settings_for(tmp_path / "empty"))
    page = TestApp(app).get("/", status=503)
    assert "hpportal init" in page.text and "Cổng thông tin chưa được khởi tạo" in page.text
    # The GET created nothing.
    assert testing.database(app).open().root().get("hpportal") is None
    testing.database(app).close()


def test_a_taken_name_gets_a_number(admin_app):
    first = add(admin_app, "/", "Section", title="Sở Xây dựng").follow()
    second = add(admin_app, "/", "Section", title="Sở Xây dựng").follow()
    assert (first.request.path, second.request.path) == ("/so-xay-dung/", "/so-xay-dung-2/")


def test_an_unexpected_error_gets_a_page_and_keeps_nothing(app, admin_app, monkeypatch):
    import hpportal.news.views

    def broken(site, section, **kw):
        section.title = "Đã bị ghi dở"  # a write the failing request must not keep
        raise RuntimeError("lỗi thử")

    add(admin_app, "http://localhost/", "Section", title="Tin tức").follow()
    monkeypatch.setattr(hpportal.news.views, "section_items", broken)
    page = TestApp(app).get("/tin-tuc/", status=500)
    assert "Đã có lỗi xảy ra" in page.text
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    conn, site = site_of(app)
    assert site["tin-tuc"].title == "Tin tức"
    conn.close()
