"""Pagination of listings and search results."""

from __future__ import annotations

import math
from urllib.parse import urlencode


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
        try:
            return max(int(request.params.get(param, 1)), 1)
        except (TypeError, ValueError):
            return 1

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
