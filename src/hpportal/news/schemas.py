"""Colander schemas of the news types' add/edit forms."""

from __future__ import annotations

import colander
import deform

from hpportal.core.forms import RichText, rich_text_widget
from hpportal.core.i18n import _
from hpportal.core.timezone import LOCAL_TZ


def title_node():
    return colander.SchemaNode(colander.String(), name="title", title=_("Title"), validator=colander.Length(1, 300))


def description_node(title=None):
    return colander.SchemaNode(
        colander.String(),
        name="description",
        title=title or _("Summary"),
        missing="",
        validator=colander.Length(0, 1000),
        widget=deform.widget.TextAreaWidget(rows=3),
    )


def body_node():
    return colander.SchemaNode(RichText(), name="body", title=_("Body"), missing="", widget=rich_text_widget())


class SectionSchema(colander.MappingSchema):
    title = title_node()
    description = description_node()
    in_navigation = colander.SchemaNode(
        colander.Boolean(), title=_("Show in the main menu"), missing=False, default=True
    )


class PageSchema(colander.MappingSchema):
    title = title_node()
    description = description_node()
    body = body_node()


class NewsArticleSchema(colander.MappingSchema):
    title = title_node()
    description = description_node(_("Lead (sapo)"))
    body = body_node()
    lead_image = colander.SchemaNode(
        deform.FileData(),
        title=_("Lead image"),
        description=_("JPEG, PNG, GIF or WebP."),
        missing=colander.null,
        widget=deform.widget.FileUploadWidget(None),
    )
    lead_image_caption = colander.SchemaNode(
        colander.String(), title=_("Caption of the lead image"), missing="", validator=colander.Length(0, 500)
    )
    author = colander.SchemaNode(colander.String(), title=_("Author"), missing="", validator=colander.Length(0, 200))
    source = colander.SchemaNode(colander.String(), title=_("Source"), missing="", validator=colander.Length(0, 200))
    subjects = colander.SchemaNode(
        colander.String(),
        title=_("Subjects"),
        description=_("Separated by commas."),
        missing="",
        validator=colander.Length(0, 500),
    )
    effective = colander.SchemaNode(
        colander.DateTime(default_tzinfo=LOCAL_TZ),
        title=_("Publication date"),
        description=_("A future date schedules the article: once approved, the public sees it from then."),
        missing=None,
        widget=deform.widget.DateTimeInputWidget(),
    )
    expires = colander.SchemaNode(
        colander.DateTime(default_tzinfo=LOCAL_TZ),
        title=_("Expiry date"),
        description=_("After this moment the public no longer sees the article. Leave empty to keep it."),
        missing=None,
        widget=deform.widget.DateTimeInputWidget(),
    )
    featured = colander.SchemaNode(colander.Boolean(), title=_("Featured on the home page"), missing=False)


def _dates_in_order(form, value):
    effective, expires = value.get("effective"), value.get("expires")
    if effective and expires and expires <= effective:
        exc = colander.Invalid(form, "")
        exc["expires"] = _("The expiry date must come after the publication date.")
        raise exc


def _http_url(node, value):
    if not value.lower().startswith(("http://", "https://")):
        raise colander.Invalid(node, _("The address must start with http:// or https://"))


class LinkSchema(colander.MappingSchema):
    title = title_node()
    description = description_node()
    url = colander.SchemaNode(
        colander.String(),
        title=_("Address (URL)"),
        validator=colander.All(colander.Length(1, 2000), _http_url, colander.url),
    )


def section_schema():
    return SectionSchema()


def page_schema():
    return PageSchema()


def article_schema():
    return NewsArticleSchema(validator=_dates_in_order)


def link_schema():
    return LinkSchema()
