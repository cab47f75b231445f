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
