"""Rich text: HTML from the editor, the demo, imports or mail intake is sanitised on every write, by one function.

A content class declares its rich-text attributes with :class:`RichTextField`; whatever is assigned to one
(through a form, ``setattr``, the constructor, a version restored) goes through :func:`sanitize_html` first.
Templates insert only such attributes with ``structure``; anything else is escaped.
"""

from __future__ import annotations

import unicodedata

import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote", "code", "pre",
    "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "figure",
    "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "hr", "span", "div",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "*": {"lang", "dir"},
}


def sanitize_html(html: str) -> str:
    """Rich text as it may be stored: NFC, an allow-list of tags, no scripts, handlers or ``javascript:``."""
    if not html:
        return ""
    return nh3.clean(
        unicodedata.normalize("NFC", str(html)),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        clean_content_tags={"script", "style"},
        strip_comments=True,
        link_rel="noopener noreferrer",
    )


class RichTextField:
    """A content attribute holding rich text, sanitised whenever it is assigned (stored in the instance's dict)."""

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        _activate(obj)
        return obj.__dict__.get(self.name, "")

    def __set__(self, obj, value) -> None:
        _activate(obj)  # a ghost's state would overwrite what is written before it is loaded
        obj.__dict__[self.name] = sanitize_html(value or "")
        obj._p_changed = True


def _activate(obj) -> None:
    activate = getattr(obj, "_p_activate", None)
    if activate is not None:
        activate()


def rich_text_fields(cls) -> list[str]:
    """The names of ``cls``'s rich-text attributes."""
    return sorted({name for klass in cls.__mro__ for name, v in vars(klass).items() if isinstance(v, RichTextField)})


def resanitize(obj) -> bool:
    """Pass ``obj``'s stored rich text through :func:`sanitize_html` again (text stored before it was the rule, or
    under an older allow-list); whether anything changed."""
    changed = False
    for name in rich_text_fields(type(obj)):
        stored = getattr(obj, name)
        if sanitize_html(stored) != stored:
            setattr(obj, name, stored)
            changed = True
    return changed
