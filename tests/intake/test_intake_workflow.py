"""Who may do what with an inbox: the portal's board only; a collaborator records but never accepts; another
portal's board sees nothing. Paper counts from the office's next opening; items are forwarded between boards."""

from __future__ import annotations

from datetime import UTC, datetime

from test_inbox import upload
from webtest import TestApp

from hpportal import testing
from hpportal.core.evolve import upgrade
from hpportal.core.starter import add_starter_sections
from hpportal.core.workflow import state_of
from hpportal.intake.models import IntakeItem
from hpportal.intake.samples import package

SO_A = "/so-a/tiep-nhan/"
SO_A_PLACE = "Cổng Thông tin điện tử Sở A"


def item_url(page) -> str:
    return page.request.path


def test_another_portals_board_and_citizens_see_nothing_of_an_inbox(intake_app, person):
    item = upload(person("so-a-btv"), package(places=(SO_A_PLACE,)), inbox=SO_A).follow()
    for browser in (person("so-b-btv"), person("so-b-pd"), TestApp(intake_app)):
        assert browser.get(SO_A, status=(403, 404)).status_int in (403, 404)
        assert browser.get(item_url(item), status=(403, 404)).status_int in (403, 404)
    # The city's own Editor has no role in a component portal either.
    assert person(testing.EDITOR_LOGIN).get(SO_A, status=(403, 404)).status_int in (403, 404)
    # Search never shows the items to the public.
    found = TestApp(intake_app).get("/search", params={"q": "Bắc sông Cấm"})
    assert not [a for a in found.html.select("main a") if "tiep-nhan" in a.get("href", "")]


def test_a_collaborator_records_and_sees_but_cannot_accept_into_a_legal_document(intake_app, person):
    item = upload(person("so-a-btv"), package(places=(SO_A_PLACE,)), inbox=SO_A).follow()
    collaborator = person("so-a-ctv")
    page = collaborator.get(item_url(item))
    assert "Quyết định về việc công bố" in page
    assert not [f for f in page.forms.values() if f.action.endswith("/transition")]
    collaborator.get(item_url(item) + "accept", status=403)
    collaborator.get(item_url(item) + "forward", status=403)
    assert collaborator.get(SO_A + "record").status_int == 200


def test_an_editor_reviews_and_accepts_an_item_into_a_legal_document(intake_app, person):
    editor = person("so-a-btv")
    item = upload(editor, package(places=(SO_A_PLACE,)), inbox=SO_A).follow()
    testing.take_step(editor, item_url(item), "review")
    form = editor.get(item_url(item) + "accept").forms["deform"]
    form["into"] = "document"
    doc = form.submit("accept", status=303).follow()
    assert "Quyết định 125/QĐ-SXD" in doc
    assert doc.html.select_one(".workflow-source a")["href"].rstrip("/").endswith(item_url(item).rstrip("/"))
    page = editor.get(item_url(item))
    assert "state-accepted" in page.html.select_one("#workflow-state")["class"]
    assert page.html.select_one(".notice a")["href"].rstrip("/") == doc.request.url.rstrip("/")


def test_not_for_publication_needs_a_reason(intake_app, person):
    editor = person("so-a-btv")
    item = upload(editor, package(places=("Lưu: VT",)), inbox=SO_A).follow()
    testing.take_step(editor, item_url(item), "review")
    refused = testing.take_step(editor, item_url(item), "reject", status=303).follow()
    assert testing.read_site(intake_app, lambda site: [state_of(i) for i in site["so-a"]["tiep-nhan"].values()]) == [
        "in_review"
    ]
    assert refused.status_int == 200
    testing.take_step(editor, item_url(item), "reject", "Thông tin nội bộ, không đăng tải")
    assert testing.read_site(intake_app, lambda site: [state_of(i) for i in site["so-a"]["tiep-nhan"].values()]) == [
        "rejected"
    ]


def test_paper_received_at_18_on_a_friday_counts_from_monday_opening(intake_app, person):
    staff = person("so-a-ctv")
    form = staff.get(SO_A + "record").forms["deform"]
    form["channel"] = "paper"
    form["date"] = "2026-11-27"  # a Friday
    form["time"] = "18:00"
    form["sender"] = "Hợp tác xã Dịch vụ Nông nghiệp Tiên Lãng"
    form["sender_address"] = "Xã Tiên Lãng, Hải Phòng"
    form["title"] = "Đề nghị đăng tin hội chợ nông sản"
    form["body"] = "Hội chợ nông sản diễn ra ngày 5/12."
    page = form.submit("save", status=303).follow()
    assert "Đề nghị đăng tin hội chợ nông sản" in page

    def read(site):
        item = next(i for i in site["so-a"]["tiep-nhan"].values() if isinstance(i, IntakeItem))
        return item.channel, item.arrived, item.received

    channel, arrived, received = testing.read_site(intake_app, read)
    assert channel == "paper"
    assert arrived == datetime(2026, 11, 27, 11, 0, tzinfo=UTC)  # 18:00 in Hải Phòng
    assert received == datetime(2026, 11, 30, 0, 30, tzinfo=UTC)  # Monday 07:30 in Hải Phòng


def test_a_facebook_message_counts_from_its_arrival(intake_app, person):
    staff = person("so-a-ctv")
    form = staff.get(SO_A + "record").forms["deform"]
    form["channel"] = "facebook"
    form["date"] = "2026-11-28"  # a Saturday
    form["time"] = "21:15"
    form["sender"] = "Trần Thị Hoa"
    form["title"] = "Phản ánh đèn đường hỏng"
    form.submit("save", status=303)
    received = testing.read_site(intake_app, lambda site: [i.received for i in site["so-a"]["tiep-nhan"].values()])
    assert received == [datetime(2026, 11, 28, 14, 15, tzinfo=UTC)]


def test_the_city_board_forwards_to_a_component_portal_and_back(intake_app, person):
    admin = person(testing.ADMIN_LOGIN)
    item = upload(admin, package(places=("Lưu: VT",))).follow()
    testing.take_step(admin, item_url(item), "review")
    form = admin.get(item_url(item) + "forward").forms["deform"]
    form["target"] = "/so-a/tiep-nhan"
    form["comment"] = "Đề nghị Sở A xem xét"
    form.submit("forward", status=303)
    board = person("so-a-btv")
    copies = board.get(SO_A).html.select(".intake-waiting a")
    assert [a.text for a in copies] == [item.html.select_one("h1").text]
    copy = board.get(copies[0]["href"])
    assert "Cổng Thông tin điện tử thành phố Hải Phòng" in copy.html.select_one(".notice").text
    testing.take_step(board, copy.request.path, "review")
    back = board.get(copy.request.path + "forward").forms["deform"]
    assert [value for value, _sel, _text in back["target"].options] == ["/tiep-nhan"]
    back["target"] = "/tiep-nhan"
    back.submit("forward", status=303)
    states = testing.read_site(intake_app, lambda site: sorted(state_of(i) for i in site["tiep-nhan"].values()))
    assert states == ["forwarded", "new"]


def test_a_new_component_portal_gets_its_inbox_and_the_upgrade_gives_it_to_older_ones(intake_app):
    def build(root, registry):
        site = root["hpportal"]
        made = add_starter_sections(site["so-b"], registry, only=("tiep-nhan",))
        site["so-a"].remove("tiep-nhan", registry=registry)
        done = upgrade(site, registry)
        return made, done, [type(p.get("tiep-nhan")).__name__ for p in (site, site["so-a"], site["so-b"])]

    made, done, inboxes = [], [], []

    def run(root, registry):
        made[:], done[:], inboxes[:] = build(root, registry)

    testing.populate(intake_app, run)
    assert made == []  # /so-b has its inbox already
    assert any("starter sections" in line for line in done)
    assert inboxes == ["Inbox", "Inbox", "Inbox"]
    # Not in any language version: the inbox is the board's, not a public section.
    assert testing.read_site(intake_app, lambda site: "tiep-nhan" in site["so-a"]["en"]) is False


def test_a_paper_item_becomes_an_article_linked_both_ways(intake_app, person):
    editor = person("so-a-btv")
    form = editor.get(SO_A + "record").forms["deform"]
    form["channel"], form["date"], form["time"] = "paper", "2026-11-26", "09:00"
    form["sender"], form["title"] = "Trường THCS Lê Lợi", "Lễ khai giảng năm học mới"
    form["body"] = "Trường tổ chức lễ khai giảng.\nCó sự tham dự của lãnh đạo Sở."
    item = form.submit("save", status=303).follow()
    testing.take_step(editor, item_url(item), "review")
    form = editor.get(item_url(item) + "accept").forms["deform"]
    assert [value for value, _sel, _text in form["into"].options] == ["document", "section:tin-tuc"]
    form["into"] = "section:tin-tuc"
    article = form.submit("accept", status=303).follow()
    assert article.html.select_one("h1").text == "Lễ khai giảng năm học mới"
    assert "Có sự tham dự của lãnh đạo Sở." in article
    assert article.html.select_one(".workflow-source a").text == "Lễ khai giảng năm học mới"


def test_a_new_legal_document_made_from_an_item_opens_its_form_to_be_completed(intake_app, person):
    editor = person("so-a-btv")
    form = editor.get(SO_A + "record").forms["deform"]
    form["channel"], form["date"], form["time"] = "email", "2026-11-26", "09:00"
    form["sender"], form["title"] = "Phòng Tư pháp", "Kế hoạch tuyên truyền pháp luật năm 2027"
    item = form.submit("save", status=303).follow()
    testing.take_step(editor, item_url(item), "review")
    form = editor.get(item_url(item) + "accept").forms["deform"]
    form["into"] = "document"
    page = form.submit("accept", status=303)
    assert page.headers["Location"].endswith("/edit")
    assert "Kế hoạch tuyên truyền pháp luật năm 2027" in page.follow()


def test_the_board_names_its_portal_for_recipients_lists_and_finds_its_inbox_in_its_menu(intake_app, person):
    editor = person("so-a-btv")
    assert SO_A.rstrip("/") in [
        a["href"].rstrip("/").removeprefix("http://localhost") for a in editor.get("/so-a/").html.select("a")
    ]
    form = editor.get(SO_A + "edit").forms["edit-form"]
    form["names"] = "Ban Biên tập Cổng TTĐT Sở A"
    form.submit("save", status=303)
    item = upload(editor, package(places=("Như trên", "Ban Biên tập Cổng TTĐT Sở A")), inbox=SO_A).follow()
    assert item.html.select_one(".notice a").text == "Quyết định 125/QĐ-SXD"


def test_what_waits_in_the_inbox_is_on_the_my_work_page_of_those_who_decide(intake_app, person):
    item = upload(person("so-a-btv"), package(places=("Lưu: VT",)), inbox=SO_A).follow()
    title = item.html.select_one("h1").text
    assert title in person("so-a-pd").get("/my-work").text
    assert title not in person("so-b-pd").get("/my-work").text


def test_the_user_menu_links_each_members_inbox_and_only_theirs(intake_app, person):
    def inboxes(login):
        page = person(login).get("/so-a/tin-tuc/")
        return sorted(a["href"].removeprefix("http://localhost") for a in page.html.select("a[href$='/tiep-nhan/']"))

    assert inboxes("so-a-ctv") == ["/so-a/tiep-nhan/"]
    assert inboxes("so-b-pd") == ["/so-b/tiep-nhan/"]
    assert inboxes(testing.EDITOR_LOGIN) == ["/tiep-nhan/"]
    assert inboxes("thanhtra") == ["/tiep-nhan/"]  # the Inspector reads every inbox, from the city's
