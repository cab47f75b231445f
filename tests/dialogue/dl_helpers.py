"""What the dialogue tests share: a complete plan on /so-a, a Deputy Head beside the Head, the accounts."""

from __future__ import annotations

import io
from datetime import UTC, datetime, time, timedelta

from PIL import Image as PILImage
from webtest import TestApp

from hpportal import testing
from hpportal.core.boards import board_of
from hpportal.core.portal import ROOT_KEY
from hpportal.core.principals import User
from hpportal.core.security import APPROVER
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.workflow import force_state
from hpportal.dialogue import ensure_section
from hpportal.dialogue.head import set_head
from hpportal.dialogue.models import Dialogue

URL = "/so-a/doi-thoai/cai-cach-hanh-chinh"
HEAD, DEPUTY, EDITOR, COLLABORATOR, OTHER_HEAD = "so-a-pd", "so-a-pho", "so-a-btv", "so-a-ctv", "so-b-pd"
CITIZEN_ID = "031085001234"
SENDER = {
    "full_name": "Nguyễn Văn An",
    "citizen_id": CITIZEN_ID,
    "address": "Số 5 Lạch Tray, phường Gia Viên",
    "phone": "0912345678",
    "email": "nguyen.van.an@example.vn",
}
#: The session starts five days from now, at 09:00 in Hai Phong, for two hours.
DAY = (datetime.now(UTC) + timedelta(days=5)).astimezone(LOCAL_TZ).date()
STARTS = datetime.combine(DAY, time(9, 0), LOCAL_TZ)
ENDS = STARTS + timedelta(minutes=120)


def png() -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def complete_plan(**changes) -> Dialogue:
    """A plan with every field of Art. 8.2 filled in, the poster included."""
    dialogue = Dialogue(
        title="Cải cách hành chính trong cấp phép xây dựng",
        description="Lãnh đạo Sở A trả lời câu hỏi về cấp phép xây dựng.",
        hot_issue="Thời gian cấp giấy phép xây dựng nhà ở riêng lẻ còn dài",
        purpose="Lắng nghe, giải đáp kiến nghị của người dân và doanh nghiệp.",
        day=DAY,
        start_time=time(9, 0),
        duration=120,
        venue="Hội trường tầng 3, Sở A",
        mode="livestream",
        leaders=[
            {"full_name": "Trần Văn Bình", "position": "Giám đốc", "agency": "Sở A"},
            {"full_name": "Lê Thị Chi", "position": "Phó Giám đốc", "agency": "Sở A"},
        ],
        units=[{"unit": "Văn phòng Sở A", "responsibility": "Chuẩn bị hội trường, tổng hợp câu hỏi"}],
    )
    dialogue.receive_upload("poster", io.BytesIO(png()), "poster.png")
    for key, value in changes.items():
        setattr(dialogue, key, value)
    return dialogue


def add_dialogues(root, registry, *, state="draft"):
    """Sections on the city, /so-a and /so-b; the Heads named; a Deputy Head on /so-a; the plan on /so-a."""
    site = root[ROOT_KEY]
    for portal in (site, site["so-a"], site["so-b"]):
        ensure_section(portal, registry)
    group = board_of(site["so-a"], site.principals)[APPROVER]
    deputy = User(DEPUTY, "Phó Trưởng ban", email="pho@haiphong.gov.vn", password=testing.BOARD_PASSWORD)
    deputy.home = site["so-a"].uid
    site.principals.add_user(deputy)
    site.principals.add_member(group, deputy)
    for name, login in (("so-a", HEAD), ("so-b", OTHER_HEAD)):
        set_head(site[name], site.principals.by_login(login).id)
    dialogue = complete_plan()
    dialogue.creator = site.principals.by_login(EDITOR).id
    site["so-a"]["doi-thoai"].add("cai-cach-hanh-chinh", dialogue, registry=registry)
    if state != "draft":
        force_state(dialogue, state, registry=registry)
    return dialogue


def change_dialogue(app, work):
    """``work(dialogue, registry)`` on the stored plan, committed."""
    testing.populate(
        app, lambda root, registry: work(root[ROOT_KEY]["so-a"]["doi-thoai"]["cai-cach-hanh-chinh"], registry)
    )


def read_dialogue(app, read):
    return testing.read_site(app, lambda site: read(site["so-a"]["doi-thoai"]["cai-cach-hanh-chinh"]))


def person(app, login: str) -> TestApp:
    """A WebTest browser logged in as that board account."""
    browser = TestApp(app)
    testing.login(browser, login, testing.BOARD_PASSWORD)
    return browser


def csrf_token(browser) -> str:
    """The logged-in user's CSRF token, from any page's forms."""
    return browser.get("/").html.find("input", {"name": "csrf_token"})["value"]
