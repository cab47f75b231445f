"""The authorization matrix: this table is the specification of who may use which view, where.

Every view registered by the portal has a row. A row says, for each place, which of the eight
kinds of user may use the view: ``site`` is the city portal itself, ``inside`` the component
portal /so-a (the portal of the board accounts below), ``outside`` another component portal,
/so-b. A view registered without a row fails the test, so a new view cannot slip in unreviewed.

"Allowed" means the page answers 200 (or, for an action, redirects somewhere else than the login
page); "denied" means 403, 404 or, for an anonymous visitor, a redirect to the login page.
Anything else (a 500, a 400) fails the test.
"""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass
from datetime import date, time, timedelta

import pytest
from PIL import Image as PILImage
from webtest import TestApp

from hpportal import testing
from hpportal.core import clock
from hpportal.core.languages import add_language_root
from hpportal.core.localroles import grant
from hpportal.core.media import File, Image
from hpportal.core.names import reserved_names
from hpportal.core.portal import ROOT_KEY
from hpportal.core.principals import User
from hpportal.core.security import RESPONDER, user_principal
from hpportal.core.starter import add_starter_sections
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.versions import keep_version
from hpportal.core.workflow import force_state
from hpportal.dialogue.models import Dialogue
from hpportal.dialogue.vocabularies import MODES
from hpportal.intake import ensure_inbox
from hpportal.intake.models import IntakeItem
from hpportal.legaldocs.drafts import DraftDocument
from hpportal.legaldocs.records import Record, create
from hpportal.news.models import Link, Page, Section
from hpportal.qa.models import Agency, Question
from hpportal.services.models import Procedure

# -- who ----------------------------------------------------------------
ANON = "anonymous"
CTV = "collaborator"  # of /so-a
BTV = "editor"  # of /so-a
PD = "approver"  # of /so-a
QT = "site manager"  # of /so-a
QT_B = "site manager of another portal"  # of /so-b
INSP = "inspector"
ADMIN = "administrator"
TL_A = "responder of /so-a"  # the portal the questions are asked on: not the agency answering them
TL_B = "responder of /so-b"  # the agency the question at "assigned" is assigned to
ROLES = (ANON, CTV, BTV, PD, QT, QT_B, INSP, ADMIN, TL_A, TL_B)
LOGINS = {
    CTV: "so-a-ctv",
    BTV: "so-a-btv",
    PD: "so-a-pd",
    QT: "so-a-qt",
    QT_B: "so-b-qt",
    INSP: "thanhtra",
    ADMIN: testing.ADMIN_LOGIN,
    TL_A: "so-a-tl",
    TL_B: "so-b-tl",
}

EVERYONE = frozenset(ROLES)
MODES_FIRST = next(iter(MODES))
LOGGED_IN = EVERYONE - {ANON}
NOBODY = frozenset()

# -- where --------------------------------------------------------------
#: A sample object per context type, per place.
SAMPLES = {
    "Portal": {"site": "/"},
    "PortalBase": {"site": "/", "inside": "/so-a", "outside": "/so-b"},
    "SubPortal": {"inside": "/so-a", "outside": "/so-b"},
    "Section": {"inside": "/so-a/tin-tuc", "outside": "/so-b/tin-tuc"},
    "Folder": {"site": "/", "inside": "/so-a/tin-tuc", "outside": "/so-b/tin-tuc"},
    "NewsArticle": {"inside": "/so-a/tin-tuc/bai-1", "outside": "/so-b/tin-tuc/bai-1"},
    "Content": {"site": "/", "inside": "/so-a/tin-tuc/bai-1", "outside": "/so-b/tin-tuc/bai-1"},
    "Page": {"inside": "/so-a/gioi-thieu", "outside": "/so-b/gioi-thieu"},
    "Link": {"inside": "/so-a/tin-tuc/lien-ket", "outside": "/so-b/tin-tuc/lien-ket"},
    "File": {
        "inside": "/so-a/tai-lieu/van-ban",
        "outside": "/so-b/tai-lieu/van-ban",
        "attached": "/so-a/hoi-dap/giao-b/tep-1",  # a citizen's attachment to a question being answered
        "published": "/so-a/hoi-dap/da-dang/tep-1",  # ... to a published question, kept private
        "public": "/so-a/hoi-dap/da-dang/tep-2",  # ... made public by the board when publishing
    },
    "Image": {"inside": "/so-a/tai-lieu/anh", "outside": "/so-b/tai-lieu/anh"},
    "LanguageRoot": {"site": "/en", "inside": "/so-a/en", "outside": "/so-b/en"},
    "QASection": {"site": "/hoi-dap", "inside": "/so-a/hoi-dap", "outside": "/so-b/hoi-dap"},
    "Question": {
        "inside": "/so-a/hoi-dap/cau-hoi",
        "outside": "/so-b/hoi-dap/cau-hoi",
        "assigned": "/so-a/hoi-dap/giao-b",  # asked on /so-a, assigned to /so-b
    },
    "Agency": {"site": "/hoi-dap/cong-an"},
    "LegalDocumentsSection": {"site": "/van-ban", "inside": "/so-a/van-ban", "outside": "/so-b/van-ban"},
    "LegalDocument": {"inside": "/so-a/van-ban/qd-1", "outside": "/so-b/van-ban/qd-1"},
    "Inbox": {"site": "/tiep-nhan", "inside": "/so-a/tiep-nhan", "outside": "/so-b/tiep-nhan"},
    "IntakeItem": {"inside": "/so-a/tiep-nhan/thu-1", "outside": "/so-b/tiep-nhan/thu-1"},
    "DraftDocument": {"inside": "/so-a/van-ban/du-thao", "outside": "/so-b/van-ban/du-thao"},  # open for comment
    "DialogueSection": {"inside": "/so-a/doi-thoai", "outside": "/so-b/doi-thoai"},
    "Dialogue": {"inside": "/so-a/doi-thoai/doi-thoai-1", "outside": "/so-b/doi-thoai/doi-thoai-1"},  # announced
    "ProceduresSection": {"inside": "/so-a/dich-vu-cong", "outside": "/so-b/dich-vu-cong"},
    "Procedure": {"inside": "/so-a/dich-vu-cong/thu-tuc", "outside": "/so-b/dich-vu-cong/thu-tuc"},  # published
}


@dataclass(frozen=True)
class Row:
    """Who may use one view: place -> roles allowed (places not named are not tested)."""

    allowed: dict[str, frozenset[str]]
    query: str = ""  # added to the URL
    method: str = "GET"
    fresh: bool = False  # the request ends the session (log out): use a new browser each time


def everywhere(roles) -> dict[str, frozenset[str]]:
    return {"site": frozenset(roles), "inside": frozenset(roles), "outside": frozenset(roles)}


def board(inside, outside, site=(ADMIN,)) -> dict[str, frozenset[str]]:
    return {"site": frozenset(site), "inside": frozenset(inside), "outside": frozenset(outside)}


#: Who may change content or manage a folder: the portal's editors, approvers and site manager.
MANAGERS = board(inside={BTV, PD, QT, ADMIN}, outside={QT_B, ADMIN})
#: Who may run the portal: its site manager (and Administrators).
PORTAL_MANAGERS = board(inside={QT, ADMIN}, outside={QT_B, ADMIN})
#: Who may read inspection notes: the portal's board and the Inspectors.
#: Who sees a question assigned to /so-b (and its attachments): /so-a's board, the inspector, /so-b's Responder.
ASSIGNED_READERS = frozenset({BTV, PD, QT, INSP, ADMIN, TL_B})
#: Who answers it: the people of the agency assigned, never /so-a's own Responder.
ANSWERERS = frozenset({TL_B, ADMIN})
INSPECTION_READERS = board(inside={BTV, PD, QT, INSP, ADMIN}, outside={QT_B, INSP, ADMIN}, site={INSP, ADMIN})
#: Who sees a board's inbox: the portal's board (its Collaborators too) and the Inspectors.
INBOX_READERS = board(inside={CTV, BTV, PD, QT, INSP, ADMIN}, outside={QT_B, INSP, ADMIN}, site={INSP, ADMIN})
#: Who records what came in: the portal's board, its Collaborators too.
INBOX_RECORDERS = board(inside={CTV, BTV, PD, QT, ADMIN}, outside={QT_B, ADMIN})

MATRIX: dict[tuple[str, str, str], Row] = {
    # -- public pages: everyone, everywhere ---------------------------------
    ("Portal", "", "GET"): Row(everywhere(EVERYONE)),
    ("SubPortal", "", "GET"): Row(everywhere(EVERYONE)),
    ("Section", "", "GET"): Row(everywhere(EVERYONE)),
    ("NewsArticle", "", "GET"): Row(everywhere(EVERYONE)),
    ("NewsArticle", "save", "GET"): Row(everywhere(EVERYONE)),
    ("Page", "", "GET"): Row(everywhere(EVERYONE)),
    ("Page", "save", "GET"): Row(everywhere(EVERYONE)),
    ("Link", "", "GET"): Row(everywhere(EVERYONE)),
    ("File", "", "GET"): Row(
        {
            **everywhere(EVERYONE),
            "attached": ASSIGNED_READERS,
            "published": ASSIGNED_READERS,
            "public": EVERYONE,
        }
    ),
    ("File", "download", "GET"): Row(
        {**everywhere(EVERYONE), "attached": ASSIGNED_READERS, "published": ASSIGNED_READERS, "public": EVERYONE}
    ),
    ("Image", "thumbnail", "GET"): Row(everywhere(EVERYONE)),
    ("LegalDocumentsSection", "", "GET"): Row(everywhere(EVERYONE)),
    ("LegalDocument", "", "GET"): Row(everywhere(EVERYONE)),
    # Drafts for public comment: everyone reads and comments (a GET of the form's address goes back to the
    # draft); who may change the published draft moderates, erases a sender's data and writes the summary
    # (before closing the summary's address goes back to the draft).
    ("LegalDocumentsSection", "drafts", "GET"): Row(everywhere(EVERYONE)),
    # The import from the web: the portal's Site Manager only.
    ("LegalDocumentsSection", "import", "GET"): Row(PORTAL_MANAGERS),
    ("DraftDocument", "", "GET"): Row(everywhere(EVERYONE)),
    ("DraftDocument", "comment", "GET"): Row(everywhere(EVERYONE)),
    ("DraftDocument", "comments", "GET"): Row(board(inside={PD, QT, ADMIN}, outside={QT_B, ADMIN})),
    ("DraftDocument", "erase-sender", "POST"): Row(board(inside={PD, QT, ADMIN}, outside={QT_B, ADMIN}), method="POST"),
    ("DraftDocument", "summary", "GET"): Row(board(inside={PD, QT, ADMIN}, outside={QT_B, ADMIN})),
    # The generic folder view is shadowed by every folder type's own view; it is tested on none.
    ("Folder", "", "GET"): Row({}),
    ("Portal", "search", "GET"): Row(everywhere(EVERYONE), query="q=tin"),
    ("PortalBase", "rss.xml", "GET"): Row(everywhere(EVERYONE)),
    # Open data: the API (its page for people; /api/v1/... answers JSON), the sitemaps, robots.txt.
    ("PortalBase", "api", "GET"): Row(everywhere(EVERYONE)),
    ("PortalBase", "atom.xml", "GET"): Row(everywhere(EVERYONE)),
    ("LanguageRoot", "atom.xml", "GET"): Row(everywhere(EVERYONE)),
    ("Section", "atom.xml", "GET"): Row(everywhere(EVERYONE)),
    ("QASection", "rss.xml", "GET"): Row(everywhere(EVERYONE)),
    ("QASection", "atom.xml", "GET"): Row(everywhere(EVERYONE)),
    ("LegalDocumentsSection", "rss.xml", "GET"): Row(everywhere(EVERYONE)),
    ("LegalDocumentsSection", "atom.xml", "GET"): Row(everywhere(EVERYONE)),
    ("LanguageRoot", "api", "GET"): Row(everywhere(EVERYONE)),
    ("PortalBase", "sitemap.xml", "GET"): Row(everywhere(EVERYONE)),
    ("Portal", "robots.txt", "GET"): Row(everywhere(EVERYONE)),
    ("LanguageRoot", "", "GET"): Row(everywhere(EVERYONE)),
    ("LanguageRoot", "search", "GET"): Row(everywhere(EVERYONE), query="q=tin"),
    ("LanguageRoot", "rss.xml", "GET"): Row(everywhere(EVERYONE)),
    ("LanguageRoot", "login", "GET"): Row(everywhere(EVERYONE)),
    ("LanguageRoot", "logout", "POST"): Row(everywhere(EVERYONE), method="POST", fresh=True),
    ("LanguageRoot", "login-code", "GET"): Row(everywhere(EVERYONE)),  # without a pending login: its login page
    ("Section", "rss.xml", "GET"): Row(everywhere(EVERYONE)),
    ("Portal", "login", "GET"): Row(everywhere(EVERYONE)),
    ("Portal", "logout", "POST"): Row(everywhere(EVERYONE), method="POST", fresh=True),
    ("Portal", "login-code", "GET"): Row({"site": EVERYONE}),  # without a pending login: back to the login page
    ("Portal", "forgot-password", "GET"): Row({"site": EVERYONE}),
    ("Portal", "reset-password", "GET"): Row({"site": EVERYONE}),  # without a valid token: "ask for a new link"
    # -- the user's own account --------------------------------------------------
    ("Portal", "profile", "GET"): Row({"site": LOGGED_IN}),
    ("Portal", "change-password", "GET"): Row({"site": LOGGED_IN}),
    ("Portal", "two-factor-setup", "GET"): Row({"site": LOGGED_IN}),
    # Ends every session of the user: runs last (fresh rows come after the others).
    ("Portal", "logout-everywhere", "POST"): Row({"site": LOGGED_IN}, method="POST", fresh=True),
    # -- content management ----------------------------------------------------
    # The sample article is published: its Approvers and Site Managers edit it, Site Managers delete it.
    ("Content", "edit", "GET"): Row(board(inside={PD, QT, ADMIN}, outside={QT_B, ADMIN})),
    # The city portal cannot be deleted.
    ("Content", "delete", "GET"): Row(board(inside={QT, ADMIN}, outside={QT_B, ADMIN}, site=())),
    # -- the editorial workflow --------------------------------------------------------
    # Without a step named, the logged-in user is sent back to the item with "not available".
    ("Content", "transition", "POST"): Row(everywhere(LOGGED_IN), method="POST"),
    # The city portal itself has no workflow and no versions: nothing to show anyone.
    ("Content", "history", "GET"): Row({**INSPECTION_READERS, "site": NOBODY}),
    ("Content", "diff", "GET"): Row({**INSPECTION_READERS, "site": NOBODY}, query="a=1&b=2"),
    ("Content", "revert", "POST"): Row(
        board(inside={PD, QT, ADMIN}, outside={QT_B, ADMIN}, site=()), method="POST", query="version=1"
    ),
    ("Portal", "my-work", "GET"): Row({"site": LOGGED_IN}),
    ("PortalBase", "procedure", "GET"): Row(PORTAL_MANAGERS),
    # -- languages -----------------------------------------------------------------
    ("PortalBase", "languages", "GET"): Row(PORTAL_MANAGERS),
    # Opening a component portal to the public: its Site Manager (the sample portals are open: a no-op).
    ("SubPortal", "open-portal", "POST"): Row(PORTAL_MANAGERS, method="POST"),
    # Portals get their language versions on the Languages page, not here.
    ("Content", "translate", "GET"): Row(board(inside={PD, QT, ADMIN}, outside={QT_B, ADMIN}, site=())),
    # -- Hỏi - Đáp: citizens ask and track; the board reads and routes (the sample question is accepted) ----
    ("QASection", "", "GET"): Row(everywhere(EVERYONE)),
    ("QASection", "ask", "GET"): Row(everywhere(EVERYONE)),
    ("QASection", "sent", "GET"): Row(everywhere(EVERYONE), query="code=HD-AAAA-BBBB"),
    ("QASection", "track", "GET"): Row(everywhere(EVERYONE)),
    ("QASection", "record", "GET"): Row(MANAGERS),
    ("QASection", "report", "GET"): Row(MANAGERS),
    ("QASection", "report.csv", "GET"): Row(MANAGERS),
    ("Question", "", "GET"): Row({**INSPECTION_READERS, "assigned": ASSIGNED_READERS}),
    ("Question", "assign", "GET"): Row(MANAGERS),
    # Nobody answers before the question is assigned: no form to show.
    ("Question", "progress", "GET"): Row({**everywhere(NOBODY), "assigned": ANSWERERS}),
    ("Question", "answer", "GET"): Row({**everywhere(NOBODY), "assigned": ANSWERERS}),
    ("Question", "publish", "GET"): Row({**everywhere(NOBODY), "assigned": NOBODY}),  # once answered
    ("Question", "anonymise", "POST"): Row(MANAGERS, method="POST"),
    # What an agency must answer: its Responders (none among the sample accounts) and Administrators.
    ("PortalBase", "questions", "GET"): Row(board(inside={TL_A, ADMIN}, outside={TL_B, ADMIN})),
    ("Agency", "questions", "GET"): Row({"site": frozenset({ADMIN})}),
    # The sample is not published: the board is told so and sent back to it.
    ("Question", "feature", "POST"): Row(MANAGERS, method="POST"),
    ("Folder", "add", "GET"): Row(
        board(inside={CTV, BTV, PD, QT, ADMIN}, outside={QT_B, ADMIN}), query="type=NewsArticle"
    ),
    ("Folder", "contents", "GET"): Row(MANAGERS),
    ("Folder", "contents", "POST"): Row(MANAGERS, method="POST"),
    ("Folder", "rename", "GET"): Row(MANAGERS, query="name=bai-1"),
    ("Folder", "delete-items", "GET"): Row(MANAGERS, query="name=bai-1"),
    ("Folder", "sharing", "GET"): Row(PORTAL_MANAGERS),
    # -- Tiếp nhận (Art. 6): the portal's board only; its Collaborators record but never decide ------
    ("Inbox", "", "GET"): Row(INBOX_READERS),
    ("Inbox", "upload", "GET"): Row(INBOX_RECORDERS),
    ("Inbox", "record", "GET"): Row(INBOX_RECORDERS),
    # The drop folder's endpoint takes only the shared secret (none is set here): nobody, whoever logs in.
    ("Inbox", "edxml-drop", "POST"): Row(everywhere(NOBODY), method="POST"),
    ("IntakeItem", "", "GET"): Row(INBOX_READERS),
    # The intake SMTP server's two calls: with the intake secret only, never a person's session.
    ("Portal", "mail-addresses", "GET"): Row(everywhere(NOBODY)),
    ("Portal", "mail-drop", "POST"): Row(everywhere(NOBODY), method="POST"),
    # Dịch vụ công: everyone reads; the portal's Site Manager imports.
    ("ProceduresSection", "", "GET"): Row(everywhere(EVERYONE)),
    ("ProceduresSection", "import", "GET"): Row(PORTAL_MANAGERS),
    ("Procedure", "", "GET"): Row(everywhere(EVERYONE)),
    # Đối thoại, an announced dialogue: everyone reads and asks; the board moderates, scripts and steps;
    # submitting is over (but for Administrators), deciding is the Head's alone (none is named here); the Site Manager
    # names the Head.
    ("DialogueSection", "", "GET"): Row(everywhere(EVERYONE)),
    ("DialogueSection", "head", "GET"): Row(PORTAL_MANAGERS),
    ("Dialogue", "", "GET"): Row(everywhere(EVERYONE)),
    ("Dialogue", "ask", "GET"): Row(everywhere(EVERYONE)),
    ("Dialogue", "sent", "GET"): Row(everywhere(EVERYONE)),
    ("Dialogue", "moderate", "GET"): Row(MANAGERS),
    ("Dialogue", "script", "GET"): Row(MANAGERS),
    ("Dialogue", "record", "GET"): Row(MANAGERS),
    ("Dialogue", "steps", "GET"): Row(MANAGERS),
    ("Dialogue", "submit", "GET"): Row(board(inside={ADMIN}, outside={ADMIN})),  # Administrators may do all
    ("Dialogue", "decide", "GET"): Row(everywhere(NOBODY)),
    ("IntakeItem", "accept", "GET"): Row(MANAGERS),
    ("IntakeItem", "forward", "GET"): Row(MANAGERS),
    # -- inspection (Art. 18.2): the portal's board and the Inspectors read ----------
    ("Content", "inspection", "GET"): Row(INSPECTION_READERS),
    ("PortalBase", "inspections", "GET"): Row(INSPECTION_READERS),
    # -- the audit log: Administrators only ---------------------------------------
    ("Portal", "audit", "GET"): Row({"site": frozenset({ADMIN})}),
    ("Portal", "audit.csv", "GET"): Row({"site": frozenset({ADMIN})}),
    ("Portal", "maintenance", "GET"): Row({"site": frozenset({ADMIN})}),
    ("Portal", "database", "GET"): Row({"site": frozenset({ADMIN})}),
    ("Portal", "outbox", "GET"): Row({"site": frozenset({ADMIN})}),
    # -- people: users and groups, scoped by portal -----------------------------
    ("PortalBase", "users", "GET"): Row(PORTAL_MANAGERS),
    ("PortalBase", "add-user", "GET"): Row(PORTAL_MANAGERS),
    ("PortalBase", "user", "GET"): Row(PORTAL_MANAGERS),  # without an id: back to the list
    ("PortalBase", "groups", "GET"): Row(PORTAL_MANAGERS),
    ("PortalBase", "add-group", "GET"): Row(PORTAL_MANAGERS),
    ("PortalBase", "group", "GET"): Row(PORTAL_MANAGERS),  # without an id: back to the list
}


def _png() -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 30, 40)).save(out, "PNG")
    return out.getvalue()


def _pdf(title: str) -> File:
    document = File(title=title)
    document.upload(io.BytesIO(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"), f"{title}.pdf")
    return document


def _questions_with_attachments(site, registry) -> None:
    """giao-b: asked on /so-a, assigned to /so-b; da-dang: published, one attachment kept private, one public."""
    section = site["so-a"]["hoi-dap"]
    for name, state in (("giao-b", "assigned"), ("da-dang", "published")):
        question = Question(title=f"Câu hỏi {name}", text="Cần giấy tờ gì?", full_name="Trần Thị Bình")
        section.add(name, question, registry=registry)
        question.attach(_pdf("ban-ve"), registry=registry)
        question.grant_agency(site["so-b"])
        force_state(question, state, registry=registry)
    section["da-dang"].attach(_pdf("so-do"), registry=registry)
    section["da-dang"]["tep-2"].private = False


def _samples(root, registry) -> None:
    site = root[ROOT_KEY]
    site["hoi-dap"].add("cong-an", Agency(title="Công an thành phố"), registry=registry)
    for login, where in (("so-a-tl", "so-a"), ("so-b-tl", "so-b")):
        user = site.principals.add_user(User(login, login, password=testing.BOARD_PASSWORD))
        grant(site[where], user_principal(user.id), RESPONDER, registry=registry)
    _questions_with_attachments(site, registry)
    for name in ("so-a", "so-b"):
        portal = site[name]
        portal.add("gioi-thieu", Page(title="Giới thiệu", body="<p>Giới thiệu.</p>"), registry=registry)
        testing.publish(portal["gioi-thieu"], registry)
        add_language_root(portal, "en", f"{portal.title} (English)", registry=registry)
        asked = Question(title="Thủ tục cấp phép xây dựng", text="Cần giấy tờ gì?", full_name="Nguyễn Văn An")
        portal["hoi-dap"].add("cau-hoi", asked, registry=registry)
        force_state(asked, "accepted", registry=registry)
        article = portal["tin-tuc"]["bai-1"]
        for _saved in range(2):  # two versions to compare
            keep_version(article, ["title", "body"], user=None)
        portal["tin-tuc"].add(
            "lien-ket", Link(title="Cổng dịch vụ công", url="https://dichvucong.gov.vn"), registry=registry
        )
        docs = Section(title="Tài liệu")
        portal.add("tai-lieu", docs, registry=registry)
        document = File(title="Văn bản")
        document.upload(io.BytesIO(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"), "van-ban.pdf")
        docs.add("van-ban", document, registry=registry)
        record = Record(
            number="1/2026/QĐ-UBND", form="Quyết định", issuer=portal.title, description="Quyết định mẫu",
            issued=date(2026, 1, 5),
        )  # fmt: skip
        create(portal["van-ban"], record, registry).__parent__.rename(
            "quyet-dinh-1-2026-qd-ubnd", "qd-1", registry=registry
        )
        ensure_inbox(portal, registry)
        portal["tiep-nhan"].add("thu-1", IntakeItem(title="Thư đề nghị đăng tin", channel="email"), registry=registry)
        force_state(portal["tiep-nhan"]["thu-1"], "in_review", registry=registry)
        today = clock.now().astimezone(LOCAL_TZ).date()
        draft = DraftDocument(title="Dự thảo mẫu", description="Dự thảo mẫu", agency=portal.title,
                              opens=today - timedelta(days=1), closes=today + timedelta(days=30))  # fmt: skip
        portal["van-ban"].add("du-thao", draft, registry=registry)
        force_state(draft, "published", registry=registry)
        add_starter_sections(portal, registry, only=("doi-thoai", "dich-vu-cong"))
        leader = {"full_name": "Nguyễn Văn A", "position": "Giám đốc", "agency": portal.title}
        dialogue = Dialogue(title="Đối thoại mẫu", hot_issue="Thủ tục đất đai", day=today + timedelta(days=10),
                            start_time=time(9, 0), duration=120, venue="Hội trường", mode=MODES_FIRST,
                            leaders=(leader,))  # fmt: skip
        portal["doi-thoai"].add("doi-thoai-1", dialogue, registry=registry)
        force_state(dialogue, "announced", registry=registry)
        procedure = Procedure(title="Cấp giấy phép xây dựng", code="1.004227", field="xay-dung", agency=portal.title)
        portal["dich-vu-cong"].add("thu-tuc", procedure, registry=registry)
        force_state(procedure, "published", registry=registry)
        picture = Image(title="Ảnh")
        picture.upload(io.BytesIO(_png()), "anh.png")
        docs.add("anh", picture, registry=registry)


@pytest.fixture(scope="module")
def matrix_app(tmp_path_factory, boards_database):
    directory = tmp_path_factory.mktemp("matrix") / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory))
    testing.populate(app, _samples)
    yield app
    testing.database(app).close()


def _browser(app, role: str) -> TestApp:
    browser = TestApp(app)
    if role == ADMIN:
        testing.login(browser)
    elif role != ANON:
        testing.login(browser, LOGINS[role], testing.BOARD_PASSWORD)
    return browser


def registered_views(app) -> set[tuple[str, str, str]]:
    """(context type, view name, method) of every view the portal registers (not static files, not errors)."""
    found = set()
    for entry in app.registry.introspector.get_category("views"):
        view = entry["introspectable"]
        context = view["context"]
        if view.get("route_name") or not isinstance(context, type) or issubclass(context, BaseException):
            continue
        methods = view["request_methods"] or ("GET",)
        for method in (methods,) if isinstance(methods, str) else methods:
            found.add((context.__name__, view["name"], method))
    return found


def test_every_registered_view_has_a_row(matrix_app):
    missing = sorted(registered_views(matrix_app) - set(MATRIX))
    assert missing == [], f"views without a row in the authorization matrix: {missing}"
    stale = sorted(set(MATRIX) - registered_views(matrix_app))
    assert stale == [], f"rows for views that are not registered: {stale}"


def test_no_folder_item_can_hide_a_view(matrix_app):
    names = {name for _context, name, _method in registered_views(matrix_app) if name}
    assert sorted(names - reserved_names(matrix_app.registry)) == []


def outcome(browser: TestApp, row: Row, url: str) -> str:
    if row.method == "POST":
        token = browser.get("/login").forms["deform"]["csrf_token"].value
        response = browser.post(url, {"csrf_token": token}, expect_errors=True)
    else:
        response = browser.get(url, expect_errors=True)
    status = response.status_int
    if status == 200:
        return "allowed"
    if status in (403, 404):
        return "denied"
    if status in (302, 303):
        return "denied" if "/login" in response.location and "came_from" in response.location else "allowed"
    return f"HTTP {status}"


@pytest.mark.parametrize("role", ROLES)
def test_the_matrix(matrix_app, role):
    browser = _browser(matrix_app, role)
    wrong = []
    # Rows that end sessions come last, so they cannot log the shared browser out early.
    for (context, name, method), row in sorted(MATRIX.items(), key=lambda item: (item[1].fresh, item[0])):
        for place, allowed in row.allowed.items():
            path = SAMPLES[context].get(place)
            if path is None:
                continue
            url = path.rstrip("/") + "/" + name + (f"?{row.query}" if row.query else "")
            client = _browser(matrix_app, role) if row.fresh else browser
            got = outcome(client, row, url)
            expected = "allowed" if role in allowed else "denied"
            if got != expected:
                wrong.append(f"{method} {url}: expected {expected}, got {got}")
    assert wrong == [], f"{role}:\n" + "\n".join(wrong)
