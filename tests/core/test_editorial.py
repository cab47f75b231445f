"""The editorial workflow as the board and the public live it (REGULATION Art. 11.4, 12.1(a); DESIGN §5).

The boards of /so-a and /so-b (``testing.two_portals``) work on an article written in /so-a by its
collaborator ``so-a-ctv``; mail goes to a real SMTP server.
"""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime, timedelta

import pytest
import transaction
from webtest import TestApp

from hpportal import testing
from hpportal.core import clock
from hpportal.core.catalog.search import SearchQuery, search
from hpportal.core.portal import ROOT_KEY
from hpportal.core.procedures import switch_procedure
from hpportal.news.models import NewsArticle


def mail_settings(port: int) -> dict:
    return {"mail.host": "127.0.0.1", "mail.port": str(port), "mail.default_sender": "no-reply@haiphong.gov.vn"}


ARTICLE = "/so-a/tin-tuc/ke-hoach/"
TITLE = "Kế hoạch chuyển đổi số của Sở A"
WHO = ("so-a-ctv", "so-a-btv", "so-a-pd", "so-a-qt", "so-b-btv", "so-b-pd", "so-b-qt", "thanhtra", "admin")


@pytest.fixture
def wf_app(tmp_path, boards_database, smtp_server):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory, **mail_settings(smtp_server.port)))
    yield app
    testing.database(app).close()


@pytest.fixture
def people(wf_app):
    """``people["so-a-pd"]``: a browser logged in as that account (made on first use)."""

    class People(dict):
        def __missing__(self, login):
            browser = TestApp(wf_app)
            if login == "admin":
                testing.login(browser)
            else:
                totp = testing.BOARD_TOTP if login.endswith("-qt") else None  # Site Managers: a second factor
                testing.login(browser, login, testing.BOARD_PASSWORD, totp=totp)
            self[login] = browser
            return browser

    return People()


@pytest.fixture
def frozen_clock():
    """``frozen_clock.now``: the portal's time, moved by the test."""

    class Clock:
        now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)

        def move(self, **delta):
            self.now += timedelta(**delta)

    controlled = Clock()
    clock.set_clock(lambda: controlled.now)
    yield controlled
    clock.set_clock(None)


def in_site(app, change):
    tm = transaction.TransactionManager()
    conn = testing.database(app).open(transaction_manager=tm)
    try:
        with tm:
            return change(conn.root()[ROOT_KEY])
    finally:
        conn.close()


def write_article(app, procedure=None, **attrs):
    """The collaborator's draft in /so-a (and the procedure both portals follow)."""

    def build(site):
        for name in ("so-a", "so-b"):
            if procedure:
                switch_procedure(site[name], procedure, registry=app.registry)
        writer = site.principals.by_login("so-a-ctv")
        article = NewsArticle(title=TITLE, description="Sapo.", body="<p>Nội dung kế hoạch.</p>", creator=writer.id)
        for key, value in attrs.items():
            setattr(article, key, value)
        site["so-a"]["tin-tuc"].add("ke-hoach", article, registry=app.registry)

    in_site(app, build)


def state(app, path=ARTICLE):
    return in_site(app, lambda site: site["so-a"]["tin-tuc"]["ke-hoach"].workflow_state)


def offered(browser, url=ARTICLE) -> set[str]:
    """The workflow buttons the page offers this user (none when they cannot see the page)."""
    response = browser.get(url, expect_errors=True)
    if response.status_int != 200:
        return set()
    return {button["value"] for button in response.html.select("form.workflow-actions button[name=transition]")}


def step(browser, name, comment="", url=ARTICLE):
    """POST the step as the button would (also for users who were not offered it)."""
    token = browser.get("/login").forms["deform"]["csrf_token"].value
    return browser.post(
        url + "transition", {"csrf_token": token, "transition": name, "comment": comment}, expect_errors=True
    )


# -- who may take which step ---------------------------------------------------------

#: state -> who is offered which steps, for an article of /so-a written by its collaborator.
DEFAULT_MATRIX = {
    "draft": {"so-a-ctv": {"submit"}, "so-a-btv": {"submit"}, "admin": {"submit"}},
    "pending": {
        "so-a-ctv": {"withdraw"},
        "so-a-pd": {"approve", "reject"},
        "admin": {"approve", "reject", "withdraw"},
    },
    "published": {
        "so-a-pd": {"retract", "archive"},
        "so-a-qt": {"retract", "archive"},
        "admin": {"retract", "archive"},
    },
    "archived": {"so-a-pd": {"unarchive"}, "admin": {"unarchive"}},
}
DEFAULT_PATH = [("so-a-ctv", "submit", "pending"), ("so-a-pd", "approve", "published"),
                ("so-a-qt", "archive", "archived"), ("so-a-pd", "unarchive", "published")]  # fmt: skip

TWO_STEP_MATRIX = {
    "draft": DEFAULT_MATRIX["draft"],
    "pending_review": {
        "so-a-ctv": {"withdraw_review"},
        "so-a-btv": {"forward", "reject_review"},
        "admin": {"forward", "reject_review", "withdraw_review"},
    },
    "pending_approval": {
        "so-a-ctv": {"withdraw"},
        "so-a-pd": {"approve", "reject"},
        "admin": {"approve", "reject", "withdraw"},
    },
    "published": DEFAULT_MATRIX["published"],
    "archived": DEFAULT_MATRIX["archived"],
}
TWO_STEP_PATH = [("so-a-ctv", "submit", "pending_review"), ("so-a-btv", "forward", "pending_approval"),
                 ("so-a-pd", "approve", "published"), ("so-a-pd", "archive", "archived"),
                 ("so-a-pd", "unarchive", "published")]  # fmt: skip


@pytest.mark.parametrize(
    ("procedure", "matrix", "path"),
    [(None, DEFAULT_MATRIX, DEFAULT_PATH), ("editorial_two_step", TWO_STEP_MATRIX, TWO_STEP_PATH)],
    ids=["default", "two-step"],
)
def test_who_may_take_which_step(wf_app, people, procedure, matrix, path):
    write_article(wf_app, procedure)
    for actor, name, after in path:
        current = state(wf_app)
        for login in WHO:
            assert offered(people[login]) == matrix[current].get(login, set()), (current, login)
        # Nobody else may take the step, even by posting it: the state does not move.
        for login in WHO:
            if name not in matrix[current].get(login, set()):
                step(people[login], name)
                assert state(wf_app) == current, (login, name)
        assert step(people[actor], name).status_int == 303
        assert state(wf_app) == after
    assert offered(TestApp(wf_app)) == set()


def test_send_back_needs_a_reason_and_the_author_sees_it(wf_app, people, smtp):
    write_article(wf_app)
    writer, approver = people["so-a-ctv"], people["so-a-pd"]
    step(writer, "submit")
    refused = step(approver, "reject").follow()
    assert "Vui lòng nêu lý do." in refused.text
    assert state(wf_app) == "pending"
    step(approver, "reject", "Cần bổ sung số liệu quý IV.")
    page = writer.get(ARTICLE)
    assert "Bản nháp" in page.html.select_one(".workflow-state").text
    assert "Cần bổ sung số liệu quý IV." in page.html.select_one(".workflow-last").text
    history = writer.get(ARTICLE + "history")
    rows = [
        [td.get_text(" ", strip=True) for td in tr.select("td")] for tr in history.html.select("table.steps tbody tr")
    ]
    assert rows[0][2:] == ["Chờ duyệt", "Bản nháp", "Cần bổ sung số liệu quý IV."]
    assert rows[1][2:4] == ["Bản nháp", "Chờ duyệt"]


def test_mail_tells_the_approvers_then_the_author(wf_app, people, smtp):
    write_article(wf_app)
    step(people["so-a-ctv"], "submit")
    assert smtp.recipients == [["so-a-pd@haiphong.gov.vn"]]  # not the other portal's, not the author
    assert TITLE in smtp.messages[0]["Subject"] and "Gửi duyệt" in smtp.messages[0]["Subject"]
    assert "http://localhost/so-a/tin-tuc/ke-hoach/" in smtp.messages[0].get_content()
    smtp.clear()
    step(people["so-a-pd"], "reject", "Thiếu nguồn trích dẫn.")
    assert smtp.recipients == [["so-a-ctv@haiphong.gov.vn"]]
    assert "Thiếu nguồn trích dẫn." in smtp.messages[0].get_content()
    smtp.clear()
    step(people["so-a-ctv"], "submit")
    smtp.clear()
    step(people["so-a-pd"], "approve")
    assert smtp.recipients == [["so-a-ctv@haiphong.gov.vn"]]
    assert "Duyệt và đăng" in smtp.messages[0]["Subject"]


def test_my_work_lists_what_waits_for_me(wf_app, people):
    write_article(wf_app)
    assert TITLE in people["so-a-ctv"].get("/my-work").html.select_one("table.mine").text
    step(people["so-a-ctv"], "submit")
    waiting = people["so-a-pd"].get("/my-work").html.select_one("table.waiting")
    assert waiting is not None and TITLE in waiting.text and "Chờ duyệt" in waiting.text
    # The author waits too, but nothing waits for them; the other portal's approver sees nothing.
    assert people["so-a-ctv"].get("/my-work").html.select_one("table.waiting") is None
    assert TITLE not in people["so-b-pd"].get("/my-work").text
    assert "Việc của tôi" in people["so-a-pd"].get("/").text
    TestApp(wf_app).get("/my-work", status=303)  # the public: to the login page


# -- what the public sees ---------------------------------------------------------------


def public_sees(app, words="chuyển đổi số") -> dict[str, bool]:
    """Where an anonymous visitor meets the article: its page, the listing, home, search, the feed, counts."""
    public = TestApp(app)
    page = public.get(ARTICLE, expect_errors=True)
    found = in_site(
        app,
        lambda site: search(site.catalog, SearchQuery(text=words), allowed=testing.ANONYMOUS_TOKENS).total,
    )
    return {
        "page": page.status_int == 200 and TITLE in page.text,
        "listing": TITLE in public.get("/so-a/tin-tuc/").text,
        "home": TITLE in public.get("/so-a/").text,
        "city home": TITLE in public.get("/").text,
        "search": TITLE in public.get("/search", {"q": words}).text,
        "feed": TITLE in public.get("/so-a/rss.xml").text,
        "count": found > 0,
    }


NOWHERE = dict.fromkeys(("page", "listing", "home", "city home", "search", "feed", "count"), False)
EVERYWHERE = dict.fromkeys(NOWHERE, True)


def test_the_public_sees_only_what_was_approved(wf_app, people):
    write_article(wf_app)
    assert public_sees(wf_app) == NOWHERE  # draft
    # A draft answers as missing, like an address that does not exist, and tells nothing of itself.
    hidden, missing = TestApp(wf_app).get(ARTICLE, status=404), TestApp(wf_app).get("/so-a/khong-co/", status=404)
    assert hidden.html.select_one("main").text.split() == missing.html.select_one("main").text.split()
    assert "Sapo." not in hidden.text
    assert "/login?came_from=" in hidden.html.select_one("main a[href*=came_from]")["href"]
    step(people["so-a-ctv"], "submit")
    assert public_sees(wf_app) == NOWHERE  # pending
    assert people["so-b-pd"].get(ARTICLE, expect_errors=True).status_int == 403  # another portal's board
    step(people["so-a-pd"], "approve")
    assert public_sees(wf_app) == EVERYWHERE
    step(people["so-a-pd"], "archive")
    # Archived: still readable and searchable, out of the listings and the feed.
    assert public_sees(wf_app) == {**EVERYWHERE, "listing": False, "home": False, "city home": False, "feed": False}
    step(people["so-a-pd"], "unarchive")
    step(people["so-a-pd"], "retract", "Sai số liệu.")
    assert public_sees(wf_app) == NOWHERE


def test_the_lead_image_follows_its_article(wf_app, people):
    write_article(wf_app)
    add_lead_image(wf_app)
    public = TestApp(wf_app)
    assert public.get(ARTICLE + "lead-image/thumbnail/thumb", expect_errors=True).status_int in (303, 403, 404)
    assert people["so-a-ctv"].get(ARTICLE + "lead-image/thumbnail/thumb").status_int == 200
    step(people["so-a-ctv"], "submit")
    step(people["so-a-pd"], "approve")
    assert public.get(ARTICLE + "lead-image/thumbnail/thumb").status_int == 200


def add_lead_image(app):
    import io

    from PIL import Image as PILImage

    out = io.BytesIO()
    PILImage.new("RGB", (300, 200), (20, 120, 200)).save(out, "PNG")

    def attach(site):
        site["so-a"]["tin-tuc"]["ke-hoach"].receive_upload("lead_image", io.BytesIO(out.getvalue()), "anh.png")

    in_site(app, attach)


def test_scheduled_publishing_and_expiry(wf_app, people, frozen_clock):
    start = frozen_clock.now
    write_article(wf_app, effective=start + timedelta(hours=2), expires=start + timedelta(days=3))
    step(people["so-a-ctv"], "submit")
    step(people["so-a-pd"], "approve")
    assert public_sees(wf_app) == NOWHERE  # approved, not yet due
    panel = people["so-a-pd"].get(ARTICLE).html.select_one(".workflow-state").text
    assert "đã hẹn giờ" in panel
    assert TITLE in people["so-a-pd"].get("/my-work").html.select_one("#scheduled-title").find_parent("section").text
    frozen_clock.move(hours=2)
    assert public_sees(wf_app) == EVERYWHERE
    frozen_clock.move(days=3)
    assert public_sees(wf_app) == NOWHERE
    assert TITLE in people["so-a-pd"].get(ARTICLE).text  # the board still reads it
    assert "đã hết hạn" in people["so-a-pd"].get(ARTICLE).html.select_one(".workflow-state").text


def test_the_page_cache_changes_when_the_article_is_due(tmp_path, boards_database, frozen_clock):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory, **{"hpportal.page_cache_size": "100"}))
    try:
        write_article(app, effective=frozen_clock.now + timedelta(minutes=30))
        in_site(app, lambda site: testing.publish(site["so-a"]["tin-tuc"]["ke-hoach"], app.registry))
        public = TestApp(app)
        assert TITLE not in public.get("/so-a/tin-tuc/").text
        assert public.get("/so-a/tin-tuc/").headers.get("X-Cache") == "hit"
        frozen_clock.move(minutes=31)
        listing = public.get("/so-a/tin-tuc/")
        assert listing.headers.get("X-Cache") != "hit" and TITLE in listing.text
    finally:
        testing.database(app).close()


def test_an_expiry_before_the_publication_date_is_refused(wf_app, people):
    write_article(wf_app)
    form = people["so-a-ctv"].get(ARTICLE + "edit").forms["edit-form"]
    form.set("date", "2026-12-10", index=0)  # publication date
    form.set("time", "08:00", index=0)
    form.set("date", "2026-12-09", index=1)  # expiry
    form.set("time", "08:00", index=1)
    page = form.submit("save")
    assert page.status_int == 200 and "Ngày hết hạn phải sau ngày đăng." in page.text


# -- versions and edits ---------------------------------------------------------------


def edit(browser, **fields):
    form = browser.get(ARTICLE + "edit").forms["edit-form"]
    for key, value in fields.items():
        form[key] = value
    return form.submit("save")


def test_versions_diff_and_revert(wf_app, people):
    write_article(wf_app)
    writer = people["so-a-ctv"]
    edit(writer, body="<p>Nội dung kế hoạch, bản sửa lần một.</p>")
    edit(writer, title="Kế hoạch chuyển đổi số năm 2027")
    history = writer.get(ARTICLE + "history")
    numbers = [tr.select("td")[0].get_text(strip=True) for tr in history.html.select("table.versions tbody tr")]
    assert numbers == ["3", "2", "1"]  # the original, kept at the first save, then each save
    diff = writer.get(ARTICLE + "diff", {"a": 1, "b": 2})
    assert [i.get_text() for i in diff.html.select(".diff ins")] == ["hoạch, bản sửa lần một."]
    assert [d.get_text() for d in diff.html.select(".diff del")] == ["hoạch."]
    assert "Tiêu đề" not in diff.text  # only what changed
    # Restore version 1: a new version 4 with the old title and body.
    token = history.forms["revert-1"]["csrf_token"].value
    writer.post(ARTICLE + "revert", {"csrf_token": token, "version": "1"}, status=303)
    page = writer.get(ARTICLE)
    assert TITLE in page.html.h1.text and "bản sửa lần một" not in page.text
    numbers = [tr.select("td")[0].get_text(" ", strip=True) for tr in writer.get(ARTICLE + "history").html.select(
        "table.versions tbody tr")]  # fmt: skip
    assert numbers[0].startswith("4") and "phiên bản 1" in numbers[0]
    writer.get(ARTICLE + "diff", {"a": 1, "b": 99}, status=404)


def test_saving_over_a_newer_change_shows_both_texts(wf_app, people):
    write_article(wf_app)
    first, second = people["so-a-btv"], people["so-a-ctv"]
    theirs = first.get(ARTICLE + "edit").forms["edit-form"]
    mine = second.get(ARTICLE + "edit").forms["edit-form"]
    theirs["body"] = "<p>Bản của biên tập viên.</p>"
    theirs.submit("save", status=303)
    mine["body"] = "<p>Bản của cộng tác viên.</p>"
    page = mine.submit("save")
    assert page.status_int == 200
    heading = page.html.select_one(".conflict h2").get_text(" ", strip=True)
    assert re.search(r"so-a-btv đã thay đổi mục này lúc \d\d:\d\d", heading), heading
    assert "Bản của biên tập viên." in page.html.select_one(".their-text").text
    assert "Bản của cộng tác viên." in page.forms["edit-form"]["body"].value  # what was typed is kept
    assert "Bản của biên tập viên." in first.get(ARTICLE).text  # nothing was overwritten
    # Saving again, knowingly, replaces theirs.
    page.forms["edit-form"].submit("save", status=303)
    assert "Bản của cộng tác viên." in first.get(ARTICLE).text


# -- each board's procedure -------------------------------------------------------------


def test_a_portal_switches_procedure_and_its_items_follow(wf_app, people):
    write_article(wf_app)
    step(people["so-a-ctv"], "submit")
    manager = people["so-a-qt"]
    page = manager.get("/so-a/procedure")
    choices = [i["value"] for i in page.html.select("input[name=procedure]")]
    assert choices == ["editorial", "editorial_two_step"]
    token = page.html.select_one("input[name=csrf_token]")["value"]
    done = manager.post("/so-a/procedure", {"csrf_token": token, "procedure": "editorial_two_step"}).follow()
    assert "1 mục từ “Chờ duyệt” sang “Đã thẩm định, chờ duyệt”" in done.text
    assert state(wf_app) == "pending_approval"
    assert offered(people["so-a-pd"]) == {"approve", "reject"}
    assert in_site(wf_app, lambda site: getattr(site["so-b"], "procedures", None)) is None  # so-b keeps its own
    # New drafts now go to an Editor first.
    step(people["so-a-pd"], "reject", "Viết lại phần mở đầu.")
    step(people["so-a-ctv"], "submit")
    assert state(wf_app) == "pending_review"
    back = manager.post("/so-a/procedure", {"csrf_token": token, "procedure": "editorial"}).follow()
    assert "1 mục từ “Chờ biên tập thẩm định” sang “Chờ duyệt”" in back.text
    assert state(wf_app) == "pending"
    people["so-a-btv"].get("/so-a/procedure", status=403)


# -- site policy in workflows.zcml ------------------------------------------------------------


def test_a_new_state_in_workflows_zcml_needs_no_python(tmp_path, boards_database):
    """The city adds a legal review between approval and publication, by editing the file only."""
    policy = (testing.CHECKOUT / "workflows.zcml").read_text()
    default = policy.index('name="editorial"')
    head, tail = policy[:default], policy[default:]
    tail = tail.replace(
        '<transition name="approve" from_state="pending" to_state="published"',
        '<transition name="approve" from_state="pending" to_state="legal_review"',
        1,
    ).replace(
        '    <state name="published" title="Published">',
        """    <state name="legal_review" title="Legal review">
      <key name="view" value="Owner, Editor, Approver, Site Manager, Inspector"/>
      <key name="edit" value="Site Manager"/>
      <key name="delete" value=""/>
      <key name="submit" value=""/>
      <key name="review" value="Site Manager"/>
      <key name="retract" value=""/>
      <key name="awaiting" value="yes"/>
    </state>
    <transition name="legal_ok" from_state="legal_review" to_state="published" permission="review"
                title="Legally sound"/>
    <state name="published" title="Published">""",
        1,
    )
    changed = tmp_path / "workflows.zcml"
    changed.write_text(head + tail)
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory, **{"hpportal.workflows": str(changed)}))
    try:
        write_article(app)
        writer, approver, manager = (TestApp(app) for _ in range(3))
        testing.login(writer, "so-a-ctv", testing.BOARD_PASSWORD)
        testing.login(approver, "so-a-pd", testing.BOARD_PASSWORD)
        testing.login(manager, "so-a-qt", testing.BOARD_PASSWORD, totp=testing.BOARD_TOTP)
        step(writer, "submit")
        step(approver, "approve")
        assert state(app) == "legal_review"
        assert TestApp(app).get(ARTICLE, expect_errors=True).status_int != 200
        assert offered(approver) == set() and offered(manager) == {"legal_ok"}
        step(manager, "legal_ok")
        assert state(app) == "published" and TestApp(app).get(ARTICLE).status_int == 200
    finally:
        testing.database(app).close()


def test_a_misspelt_permission_stops_the_start(tmp_path):
    policy = (testing.CHECKOUT / "workflows.zcml").read_text().replace('<key name="submit"', '<key name="sumbit"', 1)
    changed = tmp_path / "workflows.zcml"
    changed.write_text(policy)
    with pytest.raises(Exception, match="sumbit"):
        testing.make_app(testing.settings_for(tmp_path / "var", **{"hpportal.workflows": str(changed)}))


# -- reading never writes ------------------------------------------------------------------


def test_reading_writes_nothing(wf_app, people):
    write_article(wf_app)
    step(people["so-a-ctv"], "submit")
    edit(people["so-a-btv"], description="Sapo mới.")
    for login in ("so-a-ctv", "so-a-pd"):
        people[login]  # log in first: a login writes
    before = testing.last_transaction(wf_app)
    for login, url in (
        ("so-a-pd", ARTICLE),
        ("so-a-pd", ARTICLE + "history"),
        ("so-a-pd", ARTICLE + "diff?a=1&b=2"),
        ("so-a-pd", ARTICLE + "edit"),
        ("so-a-pd", "/my-work"),
        ("so-a-ctv", "/my-work"),
        ("so-a-pd", "/so-a/tin-tuc/"),
    ):
        assert people[login].get(url).status_int == 200, url
    TestApp(wf_app).get("/so-a/rss.xml")
    assert testing.last_transaction(wf_app) == before


def test_items_made_before_the_workflow_become_published_on_upgrade(wf_app):
    from hpportal.core.evolve import upgrade

    def forget_workflow(site):
        article = site["so-a"]["tin-tuc"]["bai-1"]
        article._p_activate()
        for attribute in ("workflow_state", "permission_map", "listed"):
            article.__dict__.pop(attribute, None)
        article._p_changed = True
        site.catalog_version = 1

    in_site(wf_app, forget_workflow)
    done = in_site(wf_app, lambda site: upgrade(site, wf_app.registry))
    assert any("published" in line for line in done)
    assert in_site(wf_app, lambda site: site["so-a"]["tin-tuc"]["bai-1"].workflow_state) == "published"
    assert TestApp(wf_app).get("/so-a/tin-tuc/bai-1/").status_int == 200
    assert in_site(wf_app, lambda site: upgrade(site, wf_app.registry)) == []  # nothing left to do


def test_a_publication_date_typed_in_the_form_is_vietnamese_time(wf_app, people, frozen_clock):
    write_article(wf_app)
    form = people["so-a-ctv"].get(ARTICLE + "edit").forms["edit-form"]
    form.set("date", "2026-12-10", index=0)
    form.set("time", "08:00", index=0)
    form.submit("save", status=303)
    step(people["so-a-ctv"], "submit")
    step(people["so-a-pd"], "approve")
    assert public_sees(wf_app)["page"] is False
    frozen_clock.now = datetime(2026, 12, 10, 0, 59, tzinfo=UTC)  # 07:59 in Hai Phong
    assert public_sees(wf_app)["page"] is False
    frozen_clock.now = datetime(2026, 12, 10, 1, 0, tzinfo=UTC)  # 08:00 in Hai Phong
    assert public_sees(wf_app) == EVERYWHERE
    # Editing it again keeps the date (and can be saved: dates are stored in UTC).
    people["so-a-pd"].get(ARTICLE + "edit").forms["edit-form"].submit("save", status=303)
    assert article_dates(wf_app)[0] == datetime(2026, 12, 10, 1, 0, tzinfo=UTC)


def article_dates(app):
    return in_site(app, lambda site: (site["so-a"]["tin-tuc"]["ke-hoach"].effective,
                                      site["so-a"]["tin-tuc"]["ke-hoach"].expires))  # fmt: skip


def test_saving_an_article_ten_times_leaves_its_dates_where_they_were(wf_app, people):
    """An embargoed article must not go out 7 hours early because someone fixed a typo."""
    effective, expires = datetime(2030, 1, 1, 1, 0, tzinfo=UTC), datetime(2030, 2, 1, 3, 30, tzinfo=UTC)
    write_article(wf_app, effective=effective, expires=expires)
    editor = people["so-a-btv"]
    form = editor.get(ARTICLE + "edit").forms["edit-form"]
    assert (form.get("date", index=0).value, form.get("time", index=0).value) == ("2030-01-01", "08:00:00")  # Vietnam
    for _ in range(10):
        editor.get(ARTICLE + "edit").forms["edit-form"].submit("save", status=303)
    assert article_dates(wf_app) == (effective, expires)


def test_approving_keeps_the_publication_time_that_was_typed(wf_app, people, frozen_clock):
    write_article(wf_app)
    form = people["so-a-ctv"].get(ARTICLE + "edit").forms["edit-form"]
    form.set("date", "2026-11-30", index=0)  # the day before: the article is dated from the event it reports
    form.set("time", "15:45", index=0)
    form.submit("save", status=303)
    step(people["so-a-ctv"], "submit")
    frozen_clock.move(hours=3)
    # The Approver reads it in the edit form and saves it as it is before approving.
    people["so-a-pd"].get(ARTICLE + "edit").forms["edit-form"].submit("save", status=303)
    step(people["so-a-pd"], "approve")
    assert state(wf_app) == "published"
    assert article_dates(wf_app)[0] == datetime(2026, 11, 30, 8, 45, tzinfo=UTC)


def test_approving_an_undated_article_dates_it_at_approval(wf_app, people, frozen_clock):
    write_article(wf_app)
    step(people["so-a-ctv"], "submit")
    frozen_clock.move(hours=3)
    step(people["so-a-pd"], "approve")
    assert article_dates(wf_app)[0] == frozen_clock.now


def test_a_collaborator_cannot_touch_anothers_draft(wf_app, people):
    def by_editor(site):
        editor = site.principals.by_login("so-a-btv")
        site["so-a"]["tin-tuc"].add("ke-hoach", NewsArticle(title=TITLE, creator=editor.id), registry=wf_app.registry)

    in_site(wf_app, by_editor)
    collaborator = people["so-a-ctv"]
    assert collaborator.get(ARTICLE, expect_errors=True).status_int == 403
    step(collaborator, "submit")
    assert state(wf_app) == "draft"
    assert offered(people["so-a-btv"]) == {"submit"}
    contents = people["so-a-btv"].get("/so-a/tin-tuc/contents")
    assert "Bản nháp" in contents.html.select_one("table").text and "Đã đăng" in contents.text
