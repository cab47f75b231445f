"""The sections of news every new component portal starts with, and their first pages (drafts for its board).

"Văn bản" is a plain section here until the legal documents capability contributes its own.
"""

from __future__ import annotations

from html import escape

from hpportal.core.i18n import _
from hpportal.core.starter import localizer_for
from hpportal.news.models import Page

CONTACT_FIELDS = (
    ("address", _("Address")),
    ("phone", _("Telephone")),
    ("fax", _("Fax")),
    ("email", _("Email")),
    ("hours", _("Office hours")),
)


def vietnamese(registry, message) -> str:
    return localizer_for(registry, "vi").translate(message)


def about_page(section, portal, registry) -> None:
    """Giới thiệu: a first page about the portal, from its description, for the board to complete."""
    body = f"<p>{escape(portal.description)}</p>" if portal.description else ""
    section.add("gioi-thieu-chung", Page(title=f"Giới thiệu {portal.title}", body=body), registry=registry)


def contact_page(section, portal, registry) -> None:
    """Liên hệ: the portal's contact block as a page, for the board to check and publish."""
    contact = getattr(portal, "contact", None) or {}
    rows = "".join(
        f"<li><strong>{escape(vietnamese(registry, label))}:</strong> {escape(contact[key])}</li>"
        for key, label in CONTACT_FIELDS
        if contact.get(key)
    )
    body = f"<p>{escape(portal.title)}</p>" + (f"<ul>{rows}</ul>" if rows else "")
    page = Page(title=f"Thông tin liên hệ — {portal.title}", body=body)
    section.add("thong-tin-lien-he", page, registry=registry)


def includeme(config):
    config.add_starter_section("gioi-thieu", _("Giới thiệu"), order=10, fill=about_page)
    config.add_starter_section("tin-tuc", _("Tin tức"), description=_("Tin tức, sự kiện, hoạt động"), order=20)
    config.add_starter_section("lien-he", _("Liên hệ"), order=90, fill=contact_page)
