"""Sections, pages, news articles and links (REGULATION Art. 5)."""

from __future__ import annotations

import html
import re

from zope.interface import implementer

from hpportal.core.content import Content, FolderContent, content_type
from hpportal.core.i18n import _
from hpportal.core.interfaces import IEditorial
from hpportal.core.media import Image
from hpportal.core.richtext import RichTextField
from hpportal.core.security import ADD
from hpportal.news.schemas import article_schema, link_schema, page_schema, section_schema

_TAG = re.compile(r"<[^>]+>")
CONTAINERS = ("Portal", "SubPortal", "Section", "LanguageRoot")


def html_to_text(value: str) -> str:
    return html.unescape(_TAG.sub(" ", value or ""))


@content_type(
    "Section",
    title=_("Section"),
    add_permission=ADD,
    schema=section_schema,
    addable_to=CONTAINERS,
    icon="folder",
    searchable=True,
    landing=True,
)
class Section(FolderContent):
    """Chuyên mục: a folder of news, pages and sub-sections."""

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("in_navigation", True)
        super().__init__(title, description, **attrs)


@content_type(
    "Page",
    title=_("Page"),
    add_permission=ADD,
    schema=page_schema,
    addable_to=CONTAINERS,
    icon="page",
    workflow="editorial",
    searchable=True,
    landing=True,
)
@implementer(IEditorial)
class Page(Content):
    """A standing page: introduction, organisation, contact."""

    body = RichTextField()

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("body", "")
        super().__init__(title, description, **attrs)

    def searchable_text(self) -> str:
        return " ".join([super().searchable_text(), html_to_text(self.body)])


@content_type(
    "NewsArticle",
    title=_("News article"),
    add_permission=ADD,
    schema=article_schema,
    addable_to=CONTAINERS,
    icon="newspaper",
    workflow="editorial",
    searchable=True,
    feed=True,
    featured=True,
)
@implementer(IEditorial)
class NewsArticle(Content):
    """Tin bài: title, lead (sapo), body, lead image with caption, byline, source, subjects."""

    body = RichTextField()

    LEAD_IMAGE = "lead-image"

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("body", "")
        attrs.setdefault("author", "")
        attrs.setdefault("source", "")
        attrs.setdefault("featured", False)
        attrs.setdefault("lead_image_caption", "")
        attrs.setdefault("lead_image", None)
        super().__init__(title, description, **attrs)

    def receive_upload(self, field: str, fp, filename: str, registry=None) -> None:
        if field != "lead_image":
            raise KeyError(field)
        image = Image(title=self.title)
        image.upload(fp, filename)  # raises UploadRefused before anything changes
        image.__parent__ = self
        image.__name__ = self.LEAD_IMAGE
        self.lead_image = image

    def __getitem__(self, name: str):
        # The lead image is traversable (/article/lead-image/thumbnail/thumb) but not a child in a folder.
        if name == self.LEAD_IMAGE and self.lead_image is not None:
            return self.lead_image
        raise KeyError(name)

    def searchable_text(self) -> str:
        return " ".join(
            [super().searchable_text(), html_to_text(self.body), self.author, self.lead_image_caption or ""]
        )


@content_type(
    "Link", title=_("Link"), add_permission=ADD, schema=link_schema, addable_to=CONTAINERS, icon="link", searchable=True
)
class Link(Content):
    """A link to another site (a related portal, the public service portal ...)."""

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("url", "")
        super().__init__(title, description, **attrs)


def includeme(config):
    for cls in (Section, Page, NewsArticle, Link):
        config.add_content_type(cls)
