"""Builds the demo city: deterministic, realistic, in Vietnamese (``hpportal demo``).

The same run gives the same tree, dates and texts (a seeded random number
generator); only the demo passwords are new each time, and are printed.
"""

from __future__ import annotations

import io
import random
import secrets
from datetime import UTC, datetime, timedelta

from PIL import Image as PILImage
from PIL import ImageDraw

from hpportal.core.boards import create_board
from hpportal.core.bootstrap import add_manager, create_portal
from hpportal.core.languages import add_language_root, home_in, link
from hpportal.core.localroles import grant
from hpportal.core.media import File, Image
from hpportal.core.portal import SubPortal, find_portal
from hpportal.core.principals import User
from hpportal.core.security import (
    ADMINISTRATOR,
    APPROVER,
    COLLABORATOR,
    EDITOR,
    INSPECTOR,
    RESPONDER,
    SITE_MANAGER,
    user_principal,
)
from hpportal.core.starter import add_starter_sections
from hpportal.core.workflow import force_state, workflow_for
from hpportal.demo import data_city as city
from hpportal.demo import data_paragraphs as texts
from hpportal.demo import data_portals as portals
from hpportal.demo import data_translations as foreign
from hpportal.demo.dialogues import build_dialogues
from hpportal.demo.documents import build_documents
from hpportal.demo.drafts import build_drafts
from hpportal.demo.procedures import build_procedures
from hpportal.demo.questions import build_questions
from hpportal.news.models import NewsArticle, Page, Section

SEED = 20251106  # the date of Decision 204/2025/QĐ-UBND
NEWEST = datetime(2026, 11, 27, 8, 30, tzinfo=UTC)
IMAGE_EVERY = 6  # one article in six gets a generated lead image
PORTALS_BY_TITLE = {spec["title"]: spec for spec in portals.PORTALS}
#: Accounts of the whole system: login, full name, unit, global role.
SYSTEM_USERS = (
    ("admin", "Quản trị hệ thống", "Sở Khoa học và Công nghệ", ADMINISTRATOR),
    ("quantri", "Nguyễn Thị Quản Trị", "Văn phòng UBND thành phố", SITE_MANAGER),
    ("thanhtra", "Phạm Minh Thanh", "Sở Văn hóa, Thể thao và Du lịch", INSPECTOR),
)
#: A board per portal: login suffix, board role (each a member of the board group of that role).
BOARD_MEMBERS = (("pd", APPROVER), ("btv", EDITOR), ("ctv", COLLABORATOR), ("qt", SITE_MANAGER), ("tl", RESPONDER))
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô")
MIDDLE = ("Văn", "Thị", "Minh", "Thu", "Đức", "Thanh", "Quang", "Ngọc")
GIVEN = ("An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Sơn", "Trang")


def build_demo(root, registry, progress=None) -> list[tuple[str, str, str]]:
    """Create the portal and fill it; return ``(login, password, role)`` of the demo accounts."""
    rng = random.Random(SEED)
    site = create_portal(root, registry, title=city.CITY["title"], description=city.CITY["description"])
    site.contact = dict(city.CITY["contact"])
    logins = _system_users(site)
    logins += _board(site, site, "tp", "Văn phòng UBND thành phố", registry, rng)
    articles = _plan_articles(rng)
    if progress is not None:
        progress.total = len(articles)

    news = _portal_sections(site, registry, intro=city.CITY["intro"], contact=city.CITY["contact"])
    _add(news.__parent__["gioi-thieu"], Page(title="Cơ cấu tổ chức", body=city.CITY["organisation"]), registry)
    targets = {"city": news}
    for spec in portals.PORTALS:
        sub = SubPortal(
            title=spec["title"], description=spec["description"], contact=dict(spec["contact"]), kind=spec["kind"]
        )
        _add(site, sub, registry)
        add_starter_sections(sub, registry, fill=False)  # the demo writes their pages itself
        targets[spec["title"]] = _portal_sections(sub, registry, intro=spec["intro"], contact=spec["contact"])
        logins += _board(site, sub, sub.__name__, spec["title"], registry, rng)
        _work_in_progress(site, sub, targets[spec["title"]], registry)
    _files(site, registry, rng)
    build_documents(site, registry, random.Random(SEED + 1), NEWEST)  # its own generator: the news stay as they were
    build_drafts(site, registry, NEWEST)
    build_procedures(site, registry)  # after the documents: the legal basis of some links them

    by_headline = {}
    for count, (owner, headline, date, subjects) in enumerate(articles, start=1):
        article = _article(rng, owner, headline, date, subjects, with_image=count % IMAGE_EVERY == 0)
        by_headline[headline] = _add(targets[owner], article, registry)
        if progress is not None:
            progress.update(count)
    _translations(site, registry, by_headline)
    build_questions(site, registry, rng, NEWEST)
    build_dialogues(site, registry)  # one announced, one live, two past with their scripts
    if progress is not None:
        progress.close()
    return logins


def _system_users(site) -> list[tuple[str, str, str]]:
    logins = []
    for login, title, unit, role in SYSTEM_USERS:
        password = secrets.token_urlsafe(12)
        if role == ADMINISTRATOR:
            user = add_manager(site, login, password, title=title)
        else:
            user = site.principals.add_user(User(login, title, roles={role}, password=password))
        user.unit = unit
        user.email = f"{login}@haiphong.gov.vn"
        logins.append((login, password, role))
    return logins


def _board(site, portal, code: str, unit: str, registry, rng) -> list[tuple[str, str, str]]:
    """The editorial board of ``portal`` (Art. 11, 12): its groups with one member each, and a Responder.

    The city portal's Site Manager is ``quantri``, a global role: a local one on the root would lose sight
    of each component portal it creates, since those block inherited roles.
    """
    is_city = portal is site
    roles = {role for _suffix, role in BOARD_MEMBERS if not (is_city and role == SITE_MANAGER)}
    groups = create_board(portal, site.principals, registry=registry, roles=roles)
    home = None if is_city else portal.uid
    logins = []
    for suffix, role in BOARD_MEMBERS:
        if role not in roles:
            continue
        login = f"{code}-{suffix}"
        password = secrets.token_urlsafe(12)
        title = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        user = User(login, title, email=f"{login}@haiphong.gov.vn", unit=unit, home=home, password=password)
        site.principals.add_user(user)
        if role in groups:
            site.principals.add_member(groups[role], user)
        else:
            grant(portal, user_principal(user.id), role, registry=registry)
        logins.append((login, password, f"{role} — {portal.title}"))
    return logins


def _add(folder, obj, registry, state: str = "published", name: str | None = None):
    """Add ``obj``; what goes through the editorial workflow is put in ``state`` (published: approved)."""
    folder.add(folder.unique_name(name or obj.title, registry=registry), obj, registry=registry)
    if workflow_for(registry, obj) is not None:
        force_state(obj, state, registry=registry)
    return obj


def _work_in_progress(site, portal, news, registry) -> None:
    """What a board has on its desk: an article its collaborator submitted, and one still in draft."""
    writer = site.principals.by_login(f"{portal.__name__}-ctv")
    for title, state in (
        (f"Dự thảo: {portal.title} triển khai kế hoạch chuyển đổi số năm 2027", "pending"),
        (f"Bản nháp: {portal.title} tổng kết công tác năm 2026", "draft"),
    ):
        article = NewsArticle(
            title=title,
            description="Bài viết đang trong quy trình biên tập, chưa công bố.",
            body="<p>Nội dung đang được Ban Biên tập xem xét trước khi đăng.</p>",
            creator=writer.id if writer is not None else None,
        )
        _add(news, article, registry, state=state)


def _section(portal, name: str, title: str, registry, description: str = "") -> Section:
    """The portal's section ``name`` (a component portal has it from its starter sections), else a new one."""
    if name in portal:
        return portal[name]
    return _add(portal, Section(title=title, description=description), registry, name=name)


def _portal_sections(portal, registry, *, intro: str, contact: dict) -> Section:
    """Giới thiệu, Tin tức and Liên hệ with their pages: what every portal has. Returns the news section."""
    about = _section(portal, "gioi-thieu", "Giới thiệu", registry)
    _add(
        about,
        Page(title=f"Giới thiệu {portal.title}" if portal.__parent__ else "Giới thiệu chung", body=intro),
        registry,
    )
    news = _section(portal, "tin-tuc", "Tin tức", registry, description="Tin tức, sự kiện, hoạt động")
    contact_section = _section(portal, "lien-he", "Liên hệ", registry)
    _add(contact_section, Page(title="Thông tin liên hệ", body=_contact_html(portal.title, contact)), registry)
    return news


def _contact_html(title: str, contact: dict, labels: dict | None = None) -> str:
    labels = labels or VIETNAMESE_LABELS
    rows = [(labels[key], contact.get(key)) for key in ("address", "phone", "fax", "email", "hours")]
    items = "".join(f"<li><strong>{label}:</strong> {value}</li>" for label, value in rows if value)
    return f"<p>{title}</p><ul>{items}</ul>"


VIETNAMESE_LABELS = {
    "address": "Địa chỉ",
    "phone": "Điện thoại",
    "fax": "Fax",
    "email": "Thư điện tử",
    "hours": "Giờ làm việc",
}


def _language_version(portal, code: str, text: dict, registry, *, organisation: str | None = None) -> None:
    """A portal's pages in another language, each linked to its Vietnamese original (Art. 3.1)."""
    root = home_in(portal, code)
    if root is None:
        root = add_language_root(portal, code, text["title"], registry=registry)
    root.description = text.get("description", "")
    root.contact = dict(text.get("contact", {}))  # the address and hours in that language
    about_vi, news_vi, contact_vi = portal["gioi-thieu"], portal["tin-tuc"], portal["lien-he"]
    # Each translation keeps its original's name: /gioi-thieu/... becomes /en/gioi-thieu/...
    about = Section(title=text.get("about_section", "About"))
    link(about_vi, about, registry=registry)
    _add(root, about, registry, name=about_vi.__name__)
    intro_vi = next(iter(about_vi.values()))
    intro = Page(title=text.get("intro_page", "Introduction"), body=text["intro"])
    link(intro_vi, intro, registry=registry)
    _add(about, intro, registry, name=intro_vi.__name__)
    if organisation:
        page = Page(title=text.get("organisation_page", "Organisation"), body=organisation)
        original = about_vi.get("co-cau-to-chuc")
        if original is not None:
            link(original, page, registry=registry)
        _add(about, page, registry, name="co-cau-to-chuc")
    news = Section(title=text.get("news_section", "News"))
    link(news_vi, news, registry=registry)
    _add(root, news, registry, name=news_vi.__name__)
    contact = Section(title=text.get("contact_section", "Contact"))
    link(contact_vi, contact, registry=registry)
    _add(root, contact, registry, name=contact_vi.__name__)
    labels = text.get("contact_labels") or ENGLISH_LABELS
    details = {**portal.contact, **text.get("contact", {})}
    page = Page(
        title=text.get("contact_page", "Contact information"), body=_contact_html(text["title"], details, labels)
    )
    contact_page = next(iter(contact_vi.values()))
    link(contact_page, page, registry=registry)
    _add(contact, page, registry, name=contact_page.__name__)


ENGLISH_LABELS = {"address": "Address", "phone": "Telephone", "fax": "Fax", "email": "Email", "hours": "Office hours"}


def _translations(site, registry, by_headline: dict) -> None:
    """The city in English, Chinese, Korean and Japanese; each component portal in English; some news."""
    for code, text in foreign.CITY.items():
        _language_version(site, code, text, registry, organisation=text.get("organisation"))
    for sub in site.values():
        text = foreign.PORTALS_EN.get(getattr(sub, "title", None)) if isinstance(sub, SubPortal) else None
        if text is not None:
            _language_version(sub, "en", text, registry, organisation=text.get("organisation"))
            add_starter_sections(sub, registry, fill=False)  # the other starter sections in English too
    for headline, versions in foreign.NEWS.items():
        original = by_headline.get(headline)
        if original is None:
            continue
        portal = find_portal(original)
        for code, text in versions.items():
            root = home_in(portal, code)
            if root is None or "tin-tuc" not in root:
                continue
            article = NewsArticle(
                title=text["title"],
                description=text["description"],
                body=text["body"],
                author=original.author,
                effective=original.effective,
            )
            article.created = article.modified = original.created
            link(original, article, registry=registry)
            _add(root["tin-tuc"], article, registry, name=original.__name__)


def _plan_articles(rng) -> list[tuple[str, str, datetime, list[str]]]:
    """Every headline once, with a date going back from :data:`NEWEST`, interleaved across portals."""
    pools = [("city", list(city.CITY_HEADLINES), city.CITY_SUBJECTS)]
    pools += [(p["title"], list(p["headlines"]), p["subjects"]) for p in portals.PORTALS]
    planned = []
    date = NEWEST
    while any(headlines for _, headlines, _ in pools):
        for owner, headlines, subjects in pools:
            if headlines:
                date -= timedelta(minutes=rng.randint(40, 600))
                planned.append((owner, headlines.pop(0), date, rng.sample(subjects, k=min(2, len(subjects)))))
    planned.reverse()  # oldest first, so the order of adding follows time
    return planned


def _place(rng, owner: str) -> str:
    """Where the news happened: anywhere in the city for the city portal, at home for a component portal."""
    spec = PORTALS_BY_TITLE.get(owner)
    if spec is None:
        return rng.choice(city.PLACES)
    title = spec["title"]
    return f"trụ sở {title}" if spec["kind"] == "department" else title[0].lower() + title[1:]


def _article(rng, owner: str, headline: str, date: datetime, subjects: list[str], with_image: bool) -> NewsArticle:
    place = _place(rng, owner)
    day = date.strftime("%d/%m/%Y")
    themes = texts.PORTAL_THEMES[owner]
    paragraphs = [rng.choice(texts.PARAGRAPHS[rng.choice(themes)]) for _ in range(rng.randint(3, 5))]
    body = "".join(f"<p>{_fill(p, place, day)}</p>" for p in dict.fromkeys(paragraphs))
    article = NewsArticle(
        title=headline,
        description=_fill(rng.choice(city.LEADS), place, day),
        body=body,
        author=rng.choice(city.AUTHORS),
        source=owner if owner != "city" else rng.choice(city.SOURCES),
        subjects=tuple(subjects),
        effective=date,
        featured=owner == "city" and rng.random() < 0.08,
    )
    article.created = article.modified = date
    if with_image:
        article.receive_upload("lead_image", io.BytesIO(_picture(rng, 960, 540)), "anh-minh-hoa.jpg")
        article.lead_image_caption = f"Ảnh minh họa: {place}"
    return article


def _fill(text: str, place: str, day: str) -> str:
    return text.replace("{place}", place).replace("{date}", day)


def _picture(rng, width: int, height: int, fmt: str = "JPEG") -> bytes:
    """A generated picture (sea, sky and sun in varying colours): no download needed."""
    img = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(img)
    sky = (rng.randint(90, 160), rng.randint(150, 200), rng.randint(200, 250))
    sea = (rng.randint(0, 40), rng.randint(80, 130), rng.randint(140, 190))
    horizon = rng.randint(height // 3, height * 2 // 3)
    for y in range(height):
        base = sky if y < horizon else sea
        shade = 1 - 0.25 * (y / height)
        draw.line([(0, y), (width, y)], fill=tuple(int(c * shade) for c in base))
    r = rng.randint(30, 70)
    cx, cy = rng.randint(r, width - r), rng.randint(r, max(r + 1, horizon - r))
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(255, 210, 90))
    for _ in range(rng.randint(2, 5)):  # ships on the sea
        x, y = rng.randint(0, width - 120), rng.randint(horizon + 10, height - 40)
        draw.polygon([(x, y), (x + 110, y), (x + 90, y + 25), (x + 15, y + 25)], fill=(170, 30, 40))
    out = io.BytesIO()
    img.save(out, fmt, quality=80)
    return out.getvalue()


def _files(site, registry, rng) -> None:
    """A section of files and images: a PDF, a CSV table and photos, all generated (documents are in Văn bản)."""
    docs = _add(site, Section(title="Tài liệu", description="Tài liệu, biểu mẫu, hình ảnh"), registry)
    pdf = File(title="Kế hoạch chuyển đổi số thành phố năm 2026")
    pdf.upload(io.BytesIO(_picture(rng, 595, 842, fmt="PDF")), "ke-hoach-chuyen-doi-so-2026.pdf")
    _add(docs, pdf, registry)
    csv = File(title="Danh sách cổng thông tin thành phần")
    rows = ["STT,Cổng thông tin,Thư điện tử"] + [
        f"{i},{p['title']},{p['contact']['email']}" for i, p in enumerate(portals.PORTALS, start=1)
    ]
    csv.upload(io.BytesIO("\n".join(rows).encode("utf-8")), "danh-sach-cong-thanh-phan.csv")
    _add(docs, csv, registry)
    for n in range(1, 4):
        photo = Image(title=f"Toàn cảnh cảng biển Hải Phòng - ảnh {n}")
        photo.upload(io.BytesIO(_picture(rng, 1280, 720)), f"cang-hai-phong-{n}.jpg")
        _add(docs, photo, registry)
