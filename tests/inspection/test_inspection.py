"""Inspection notes (Art. 18.2): the Inspector writes, the portal's board reads, nobody else sees them."""

import transaction
from webtest import TestApp

from hpportal import testing
from hpportal.core import audit
from hpportal.core.portal import ROOT_KEY

ARTICLE = "/so-a/tin-tuc/bai-1"
NOTE = "Bài viết chưa ghi nguồn tin theo Điều 19 của Quy chế."


def open_site(app):
    conn = testing.database(app).open(transaction_manager=transaction.TransactionManager())
    return conn, conn.root()[ROOT_KEY]


def write_note(browser, url=ARTICLE, text=NOTE):
    form = browser.get(url + "/inspection").forms["inspection-form"]
    form["text"] = text
    return form.submit("save")


def test_the_inspector_notes_an_article_and_its_board_reads_it(boards_app, browser_as):
    conn, site = open_site(boards_app)
    modified = site["so-a"]["tin-tuc"]["bai-1"].modified
    conn.close()

    write_note(browser_as("thanhtra")).follow()
    for login in ("so-a-btv", "so-a-pd", "so-a-qt", "thanhtra"):
        board = browser_as(login)
        assert NOTE in board.get(ARTICLE + "/inspection").text, login
        assert "inspection-form" not in board.get(ARTICLE + "/inspection").forms or login == "thanhtra"
    assert "Tin của Sở A" in browser_as("so-a-btv").get("/so-a/inspections").text
    assert "Tin của Sở A" in browser_as("thanhtra").get("/inspections").text

    conn, site = open_site(boards_app)
    article = site["so-a"]["tin-tuc"]["bai-1"]
    assert article.modified == modified  # a note does not change the content
    assert article.inspection_notes[0].author_title == "thanhtra"
    notes = [e for e in site.audit.entries() if e.action == audit.INSPECTION_NOTE]
    assert [(e.actor, e.target, e.detail) for e in notes] == [("thanhtra", ARTICLE, NOTE)]
    conn.close()


def test_nobody_else_sees_the_notes(boards_app, browser_as):
    write_note(browser_as("thanhtra"))
    other_board = browser_as("so-b-btv")
    other_board.get(ARTICLE + "/inspection", status=403)
    assert "Tin của Sở A" not in other_board.get("/so-b/inspections").text
    browser_as("so-a-ctv").get(ARTICLE + "/inspection", status=403)
    assert "/login" in TestApp(boards_app).get(ARTICLE + "/inspection", status=303).location


def test_only_inspectors_write_notes(browser_as):
    editor = browser_as("so-a-btv")
    page = editor.get("/so-a/tin-tuc/contents")
    token = page.forms["contents-form"]["csrf_token"].value
    editor.post(ARTICLE + "/inspection", {"csrf_token": token, "text": "Không được", "save": "1"}, status=403)


def test_an_empty_note_is_refused_with_a_message(browser_as):
    page = write_note(browser_as("thanhtra"), text="   ")
    assert page.status_int == 200 and "inspection-form" in page.forms


def test_the_inspector_views_everything_and_changes_nothing(browser_as):
    inspector = browser_as("thanhtra")
    for url in (ARTICLE, "/so-b/tin-tuc/bai-1", "/so-a/", "/so-b/"):
        assert inspector.get(url).status_int == 200
    for url in (ARTICLE + "/edit", ARTICLE + "/delete", "/so-a/tin-tuc/contents", "/so-b/sharing", "/edit"):
        inspector.get(url, status=403)
    inspector.get("/so-a/tin-tuc/add?type=NewsArticle", status=403)


def dashboard_titles(page):
    return [row.select("td")[0].get_text() for row in page.html.select("table.inspections tbody tr")]


def test_each_dashboard_lists_what_its_readers_may_read(browser_as):
    inspector = browser_as("thanhtra")
    write_note(inspector, "/so-b/tin-tuc/bai-1", "Thiếu tên tác giả.")
    write_note(inspector, ARTICLE, "Ghi chú thứ nhất.")
    write_note(inspector, ARTICLE, NOTE)

    for login in ("thanhtra", "quantri-tp", testing.ADMIN_LOGIN):
        city = browser_as(login).get("/inspections")
        assert dashboard_titles(city) == ["Tin của Sở A", "Tin của Sở B"], login  # latest note first
    row = browser_as("thanhtra").get("/inspections").html.select_one("table.inspections tbody tr")
    cells = [cell.get_text(" ", strip=True) for cell in row.select("td")]
    assert cells[1] == "Sở A" and cells[3] == "2" and NOTE in cells[2] and "Ghi chú thứ nhất" not in cells[2]
    assert row.select_one("a")["href"] == "http://localhost" + ARTICLE + "/inspection"

    for login in ("so-a-btv", "so-a-pd", "so-a-qt"):
        board = browser_as(login)
        assert dashboard_titles(board.get("/so-a/inspections")) == ["Tin của Sở A"], login
        board.get("/inspections", status=403)  # the city's dashboard is not theirs
        board.get("/so-b/inspections", status=403)
    assert dashboard_titles(browser_as("so-b-pd").get("/so-b/inspections")) == ["Tin của Sở B"]
    assert dashboard_titles(browser_as("thanhtra").get("/so-b/inspections")) == ["Tin của Sở B"]
    browser_as("so-a-ctv").get("/so-a/inspections", status=403)


def test_the_board_reads_notes_newest_first_and_cannot_write(browser_as):
    inspector = browser_as("thanhtra")
    write_note(inspector, ARTICLE, "Ghi chú thứ nhất.")
    write_note(inspector, ARTICLE, NOTE)
    page = browser_as("so-a-pd").get(ARTICLE + "/inspection")
    assert [p.get_text() for p in page.html.select("ol.inspection-notes .note-text")] == [NOTE, "Ghi chú thứ nhất."]
    assert "inspection-form" not in page.forms and "thanhtra" in page.html.select_one("ol.inspection-notes").text


def test_a_note_is_text_not_markup(boards_app, browser_as):
    write_note(browser_as("thanhtra"), text='<script>alert("x")</script><b>đậm</b>')
    page = browser_as("so-a-btv").get(ARTICLE + "/inspection")
    assert not page.html.select("ol.inspection-notes script, ol.inspection-notes b")
    assert '<script>alert("x")</script>' in page.html.select_one(".note-text").get_text()


def test_notes_are_limited_to_5000_characters(boards_app, browser_as):
    inspector = browser_as("thanhtra")
    refused = write_note(inspector, text="a" * 5001)
    assert refused.status_int == 200 and "inspection-form" in refused.forms
    write_note(inspector, text="b" * 5000).follow()
    conn, site = open_site(boards_app)
    assert [len(n.text) for n in site["so-a"]["tin-tuc"]["bai-1"].inspection_notes] == [5000]
    conn.close()


def test_the_administrator_finds_the_note_in_the_audit_log(browser_as):
    long_note = "Nội dung dài. " * 30
    write_note(browser_as("thanhtra"), text=long_note)
    admin = browser_as(testing.ADMIN_LOGIN)
    page = admin.get("/audit", {"action": "inspection_note"})
    cells = [td.get_text() for td in page.html.select("table.audit tbody tr td")]
    assert cells[1:5] == ["Ghi chú kiểm tra", "thanhtra", ARTICLE, long_note.strip()[:200]]
    assert page.html.select("table.audit tbody tr")[0]["class"] == ["action-inspection_note"]
    everything = admin.get("/audit").html.select("table.audit tbody tr")
    assert {"action-login", "action-inspection_note"} <= {row["class"][0] for row in everything}


def test_the_inspector_changes_nothing_in_any_portal(browser_as):
    inspector = browser_as("thanhtra")
    for portal in ("", "/so-a", "/so-b"):
        for view in ("edit", "contents", "sharing", "add?type=Section"):
            inspector.get(f"{portal}/{view}", status=403)
        assert inspector.get(f"{portal}/inspections").status_int == 200
    for portal in ("/so-a", "/so-b"):
        article = f"{portal}/tin-tuc/bai-1"
        for view in ("edit", "delete"):
            inspector.get(f"{article}/{view}", status=403)
        for view in ("contents", "sharing", "rename", "edit", "delete"):
            inspector.get(f"{portal}/tin-tuc/{view}", status=403)
        inspector.get(f"{portal}/tin-tuc/delete-items?name=bai-1", status=403)
        inspector.get(f"{portal}/tin-tuc/add?type=NewsArticle", status=403)
        assert inspector.get(article).status_int == 200
        assert inspector.get(article + "/inspection").status_int == 200
    browser_as("so-a-btv").get("/so-b/tin-tuc/bai-1/inspection", status=403)


def test_the_dashboard_is_paged(browser_as, monkeypatch):
    monkeypatch.setattr("hpportal.inspection.views.PAGE_SIZE", 1)
    inspector = browser_as("thanhtra")
    write_note(inspector, "/so-b/tin-tuc/bai-1", "Thiếu tên tác giả.")
    write_note(inspector, ARTICLE)
    first = inspector.get("/inspections")
    assert dashboard_titles(first) == ["Tin của Sở A"]
    assert first.html.select_one("nav.pagination a[rel=next]")["href"] == "http://localhost/inspections?page=2"
    assert dashboard_titles(inspector.get("/inspections", {"page": "2"})) == ["Tin của Sở B"]
    assert dashboard_titles(inspector.get("/inspections", {"page": "9"})) == ["Tin của Sở B"]
    assert dashboard_titles(inspector.get("/inspections", {"page": "x"})) == ["Tin của Sở A"]
