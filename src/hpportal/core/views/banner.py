"""What the top bar, the banner and the footer show: today's date, the hotline, the emblem, names in their language."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import cached_property

from hpportal.core import clock
from hpportal.core.i18n import _
from hpportal.core.security import VIEW
from hpportal.core.timezone import LOCAL_TZ

#: The neutral emblem drawn for every portal that has not uploaded a logo of its own.
DEFAULT_LOGO = "emblem.svg"


class BannerParts:
    """Mixed into the layout's Chrome: it has ``request``, ``portal``, ``contact``, ``brand``, ``locale``."""

    @cached_property
    def now(self) -> datetime:
        return clock.now()

    @cached_property
    def today(self) -> date:
        return self.now.astimezone(LOCAL_TZ).date()

    @cached_property
    def hotline(self) -> tuple[str, str] | None:
        """(label, number) for the top bar: the portal's hotline, else its telephone."""
        contact = self.contact
        if contact.get("hotline"):
            return self.request.localizer.translate(_("Hotline")), contact["hotline"]
        if contact.get("phone"):
            return self.request.localizer.translate(_("Telephone")), contact["phone"]
        return None

    @cached_property
    def logo_url(self) -> str:
        """The portal's uploaded logo (an image named ``logo`` in it), else the neutral emblem."""
        logo = self.portal.get("logo") if hasattr(self.portal, "get") else None
        usable = logo is not None and callable(getattr(logo, "scale", None)) and logo.scale("thumb")
        if usable and self.request.has_permission(VIEW, logo):
            return self.request.resource_url(logo, "thumbnail", "thumb")
        return self.static(DEFAULT_LOGO)

    @cached_property
    def portal_title(self) -> str:
        """The portal's name in the page's language (the footer's heading)."""
        return self.brand[0]

    @cached_property
    def site_lang(self) -> str | None:
        """``lang`` for the city's Vietnamese name on a page in another language (WCAG 3.1.2)."""
        return None if self.locale == "vi" else "vi"


def next_midnight(moment: datetime) -> datetime:
    """The next local midnight after ``moment``: the top bar's date changes then, so a cached page must too."""
    local = moment.astimezone(LOCAL_TZ)
    return datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=LOCAL_TZ)
