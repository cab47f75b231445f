"""What the home pages show besides the blocks of other capabilities: featured news, news by section, portals."""

from __future__ import annotations

from hpportal.core.homeblocks import home_blocks
from hpportal.core.portal import PORTAL_KINDS, SubPortal, find_site
from hpportal.core.security import VIEW
from hpportal.news.listings import latest_news, section_items
from hpportal.news.models import NewsArticle, Section

FEATURED_SIZE = 5  # the big story and four beside it
SECTION_ITEMS = 4
SECTIONS_SHOWN = 4


def top_stories(featured: list, latest: list) -> tuple[list, list]:
    """The featured row (topped up with pictured news when fewer are featured), and the rest of the latest news."""
    top = list(featured[:FEATURED_SIZE])
    if top:
        # Topped up with the latest stories that have a picture; a story with a picture leads the row.
        pictured = [item for item in latest if item not in top and has_image(item)]
        top.extend(pictured[: FEATURED_SIZE - len(top)])
        top.sort(key=lambda item: not has_image(item))
    return top, [item for item in latest if item not in top]


def has_image(item) -> bool:
    image = getattr(item, "lead_image", None)
    return image is not None and bool(image.scale("preview"))


def news_by_section(request, home) -> list[dict]:
    """The latest news of each of the home's sections that has some (``{"section", "items"}``)."""
    site = find_site(home)
    found = []
    for section in home.values():
        if not isinstance(section, Section) or not request.has_permission(VIEW, section):
            continue
        _total, items = section_items(site, section, allowed=request.allowed_tokens, limit=SECTION_ITEMS, offset=0)
        items = [item for item in items if isinstance(item, NewsArticle)]
        if items:
            found.append({"section": section, "items": items})
        if len(found) >= SECTIONS_SHOWN:
            break
    return found


def portals_by_kind(request, portal) -> list[dict]:
    """The open component portals the visitor may see, grouped by kind (departments, communes and wards, special
    zone). One not open yet is not listed, not even to its board."""
    groups: dict[str, list] = {}
    for child in portal.values():
        if isinstance(child, SubPortal) and child.opened and request.has_permission(VIEW, child):
            kind = getattr(child, "kind", "") or ""
            groups.setdefault(PORTAL_KINDS.get(kind, PORTAL_KINDS[""])[0], []).append(child)
    order = [group for group, _title in PORTAL_KINDS.values()]
    titles = dict(PORTAL_KINDS.values())
    return [{"title": titles[group], "portals": groups[group]} for group in dict.fromkeys(order) if group in groups]


def home_values(request, home, *, featured: list, latest: list) -> dict:
    """Everything a home template needs: the top stories, the rest of the news, sections, the other blocks."""
    top, rest = top_stories(featured, latest)
    return {
        "featured": top,
        "latest": rest,
        "by_section": news_by_section(request, home),
        "blocks": home_blocks(request, home),
    }


def portal_news(request, context, **query) -> tuple[list, list]:
    """(featured, latest) news for a home, as ``latest_news`` finds them with ``query``."""
    site, types = find_site(context), request.registry.content_types
    _, featured = latest_news(site, types, allowed=request.allowed_tokens, featured=True, limit=FEATURED_SIZE, **query)
    _, latest = latest_news(site, types, allowed=request.allowed_tokens, limit=12, **query)
    return featured, latest
