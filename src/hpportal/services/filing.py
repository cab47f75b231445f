"""The link to file a procedure online: an address on the public service portal with the code in it.

The address is the setting ``hpportal.services.filing_url`` (the national portal by default); a
portal's procedures section may set its own (``filing_url``), a component portal without one uses
the city's. ``{code}`` stands for the procedure's code, ``{id}`` for the portal's own id of it.
"""

from __future__ import annotations

from string import Formatter
from urllib.parse import quote, urlsplit

from hpportal.core.i18n import _
from hpportal.services.vocabularies import OFFLINE

SETTING = "hpportal.services.filing_url"
NATIONAL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}"
_PLACES = {"code", "id"}


def check_template(value: str):
    """``None`` when ``value`` is a usable address (or empty), else what is wrong with it."""
    if not value:
        return None
    try:
        names = {name for _text, name, _spec, _conv in Formatter().parse(value) if name is not None}
    except ValueError:
        names = {"?"}
    if urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).netloc:
        return _("The address must begin with https:// or http://.")
    if not names or not names <= _PLACES:
        return _("The address must hold {code} (or {id}) where the procedure's code goes, and nothing else in braces.")
    return None


def filing_template(settings, *sections) -> str:
    """The first address set among ``sections`` (the portal's, then the city's), else the setting's."""
    for section in sections:
        if section is not None and getattr(section, "filing_url", ""):
            return section.filing_url
    return (settings or {}).get(SETTING) or NATIONAL


def filing_url(procedure, template: str) -> str | None:
    """Where ``procedure`` is filed online; ``None`` when it cannot be filed online."""
    if procedure.online == OFFLINE or not procedure.code:
        return None
    return template.format(code=quote(procedure.code), id=quote(procedure.portal_id or procedure.code))
