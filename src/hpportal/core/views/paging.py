"""Pagination of listings and search results, and the dates and numbers their queries are read from."""

from __future__ import annotations

import math
from datetime import date
from urllib.parse import urlencode

#: Days a search can ask for: beyond them no content exists, and ``9999-12-31`` + one day or
#: ``0001-01-01`` in Hai Phong time leave what ``datetime`` can hold (an OverflowError).
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)
#: No listing has this many pages; a 300-digit ``page=`` is read as this.
MAX_PAGE = 1_000_000


def date_param(value: str) -> date | None:
    """A ``YYYY-MM-DD`` query value, kept between :data:`FIRST_DAY` and :data:`LAST_DAY`; ``None`` if it is none."""
    try:
        day = date.fromisoformat(value.strip()) if value and value.strip() else None
    except ValueError:
        return None
    return None if day is None else min(max(day, FIRST_DAY), LAST_DAY)


def int_param(value: str, maximum: int = MAX_PAGE) -> int | None:
    """A whole number of ASCII digits from a query, at most ``maximum``; ``None`` if it is none."""
    value = (value or "").strip()
    if not (value.isascii() and value.isdigit()):  # "²" and "١" are digits to str.isdigit, not to int()
        return None
    if len(value) > len(str(maximum)):  # never convert 300 digits
        return maximum
    return min(int(value), maximum)


class Pager:
    def __init__(self, request, total: int, size: int = 20, param: str = "page"):
        self.request = request
        self.total = total
        self.size = size
        self.param = param
        self.pages = max(1, math.ceil(total / size))
        self.page = min(self.requested_page(request, param), self.pages)

    @staticmethod
    def requested_page(request, param: str = "page") -> int:
        return max(int_param(request.params.get(param, "")) or 1, 1)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    def url(self, page: int) -> str:
        params = [(k, v) for k, v in self.request.params.items() if k != self.param]
        if page > 1:
            params.append((self.param, str(page)))
        return self.request.path_url + ("?" + urlencode(params) if params else "")

    def window(self, around: int = 2) -> list[int | None]:
        """Page numbers to show: first, last and a few around the current one; ``None`` is a gap."""
        shown = {1, self.pages, *range(self.page - around, self.page + around + 1)}
        numbers = sorted(n for n in shown if 1 <= n <= self.pages)
        out: list[int | None] = []
        for n in numbers:
            if out and n - out[-1] > 1:
                out.append(None)
            out.append(n)
        return out
