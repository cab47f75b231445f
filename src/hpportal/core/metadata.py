"""What a page says of itself to search engines and to the sites that share it (Decree 224/2026 Art. 11.5).

Every public page carries a canonical link, Open Graph and Twitter card tags, and schema.org JSON-LD.
The kernel describes portals (``GovernmentOrganization``) and any page (``WebPage``); a capability
describes its own types once, at start-up::

    config.add_page_metadata(NewsArticle, article_metadata)

``provider(request, context, meta)`` returns a dict that may set ``og_type``, ``image`` (an
:class:`~hpportal.core.media.Image` whose 960 px rendition is shown) and ``json_ld`` (the schema.org
object, without ``@context``; the portal is added as its ``publisher``). The kernel knows no type
of a capability, and no capability imports another.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pyramid.traversal import find_interface

from hpportal.core.i18n import _
from hpportal.core.portal import find_portal, find_site

#: The attribution every reuse channel carries (REGULATION Art. 19.1): the footer, feeds, the API, JSON-LD.
ATTRIBUTION = _(
    "Source: Hai Phong City Electronic Information Portal (haiphong.gov.vn). "
    "Please cite the source when reusing information from this portal."
)
OG_LOCALES = {"vi": "vi_VN", "en": "en_US", "zh": "zh_CN", "ko": "ko_KR", "ja": "ja_JP"}
SHARED_SCALE = "preview"  # 960 px: what sharing cards show


@dataclass
class PageMetadata:
    canonical: str
    title: str
    description: str
    site_name: str
    locale: str
    og_type: str = "website"
    image: tuple[str, int, int] | None = None  # url, width, height
    json_ld: dict = field(default_factory=dict)

    @property
    def json_ld_text(self) -> str:
        """The JSON-LD, safe inside a ``<script>`` element (``</`` cannot close it)."""
        text = json.dumps({"@context": "https://schema.org", **self.json_ld}, ensure_ascii=False, default=str)
        return text.replace("</", "<\\/")


def add_page_metadata(config, for_: type, provider) -> None:
    """``config.add_page_metadata(cls, provider)``: ``provider(request, context, meta) -> dict``."""
    config.registry.page_metadata.append((for_, provider))


def organisation(request, portal) -> dict:
    """The schema.org object of a portal: its agency, as citizens and search engines know it."""
    found = {"@type": "GovernmentOrganization", "name": portal.title, "url": request.resource_url(portal)}
    contact = getattr(portal, "contact", None) or {}
    if contact.get("address"):
        found["address"] = contact["address"]
    if contact.get("phone") or contact.get("hotline"):
        found["telephone"] = contact.get("hotline") or contact.get("phone")
    if contact.get("email"):
        found["email"] = contact["email"]
    return found


def page_metadata(request, context, *, title: str, description: str) -> PageMetadata:
    """The metadata of the default view of ``context``."""
    site = find_site(context)
    locale = request.locale_name
    meta = PageMetadata(
        canonical=request.resource_url(context),
        title=title,
        description=description,
        site_name=site.title if site is not None else "",
        locale=OG_LOCALES.get(locale, "vi_VN"),
    )
    portal = find_portal(context)
    if context is portal:
        meta.json_ld = organisation(request, portal)
    else:
        meta.json_ld = {"@type": "WebPage", "name": title, "url": meta.canonical}
        if description:
            meta.json_ld["description"] = description
    for for_, provider in request.registry.page_metadata:
        if find_interface(context, for_) is context:
            found = provider(request, context, meta) or {}
            meta.og_type = found.get("og_type", meta.og_type)
            if found.get("json_ld"):
                meta.json_ld = found["json_ld"]
            if found.get("image") is not None:
                meta.image = shared_image(request, found["image"])
    if context is not portal and portal is not None:
        meta.json_ld.setdefault("publisher", organisation(request, portal))
        meta.json_ld.setdefault("inLanguage", locale)
        meta.json_ld.setdefault("copyrightNotice", request.localizer.translate(ATTRIBUTION))
    return meta


def shared_image(request, image) -> tuple[str, int, int] | None:
    """URL, width and height of the 960 px rendition of ``image`` (``None`` without one)."""
    scale = image.scale(SHARED_SCALE) if hasattr(image, "scale") else None
    if scale is None:
        return None
    _blob, width, height = scale
    return request.resource_url(image, "thumbnail", SHARED_SCALE), width, height


def includeme(config):
    config.registry.page_metadata = []
    config.add_directive("add_page_metadata", add_page_metadata)
