"""The journey tests' portal is the one `make serve` serves: the demo city, with development.ini's page cache."""

from __future__ import annotations

import urllib.request


def fetch(url: str):
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.headers, response.read().decode()


def test_the_shipped_portal_serves_the_demo_city_from_its_page_cache(shipped):
    first_headers, first = fetch(shipped.url + "/")
    second_headers, second = fetch(shipped.url + "/")
    assert "Hải Phòng" in first
    assert first_headers.get("X-Cache") is None
    assert second_headers.get("X-Cache") == "hit"
    assert second == first
    assert {"admin", "tp-pd", "so-xay-dung-tl"} <= set(shipped.logins)
