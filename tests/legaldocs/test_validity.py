"""Validity follows the portal's clock: effective date, expiry, replacement in full; what the page shows,
the facet counts and the search filter agree at every moment, for the public and for the board."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from ld_helpers import add_document, numbers_listed

from hpportal.core import clock
from hpportal.core.timezone import LOCAL_TZ
from hpportal.legaldocs import search


@pytest.fixture(autouse=True, params=["as few documents are read", "as many documents are read"])
def reading(request, monkeypatch):
    """Each test twice: as the search reads few documents (the clock's ranges checked docid by docid, docids
    looked up in sets, facets counted by their values), then as it reads many (ranges from the index's values,
    sets merged, facets counted value by value)."""
    limit = 10**9 if request.param == "as few documents are read" else 0
    for name in ("FEW", "LOOKUP_MAX", "COUNT_BY_DOCID"):
        monkeypatch.setattr(search, name, limit)
    return request.param


@pytest.fixture
def at():
    """``at(2025, 11, 20)``: the portal's clock at that local moment (the real clock again after the test)."""

    def move(*when):
        moment = datetime(*when, tzinfo=LOCAL_TZ).astimezone(UTC)
        clock.set_clock(lambda: moment)

    yield move
    clock.set_clock(None)


def validity_of(page, number: str) -> str:
    for row in page.html.select("table.documents-list tbody tr"):
        if row.find("a").get_text() == number:
            return row.select_one(".validity").get_text()
    raise AssertionError(f"{number} is not listed")


def facet(page, name: str) -> dict[str, tuple[int, str]]:
    return {
        li.a.get_text(): (int(li.select_one(".count").get_text().replace(".", "")), li.a["href"])
        for li in page.html.select(f".facet-{name} li")
    }


def test_before_its_effective_date_a_document_is_not_yet_in_force_and_what_it_replaces_still_is(citizen, at):
    at(2025, 11, 19, 23, 59)
    page = citizen.get("/van-ban/")
    assert validity_of(page, "204/2025/QĐ-UBND") == "Chưa có hiệu lực"
    assert validity_of(page, "29/2020/QĐ-UBND") == "Còn hiệu lực"
    assert facet(page, "validity")["Chưa có hiệu lực"][0] == 1
    at(2025, 11, 20, 0, 0)
    page = citizen.get("/van-ban/")
    assert validity_of(page, "204/2025/QĐ-UBND") == "Còn hiệu lực"
    assert validity_of(page, "29/2020/QĐ-UBND") == "Hết hiệu lực toàn bộ"  # replaced, by itself
    assert validity_of(page, "40/2024/QĐ-UBND") == "Hết hiệu lực toàn bộ"
    expired = citizen.get("/van-ban/", params={"validity": "het-hieu-luc-toan-bo"})
    assert sorted(numbers_listed(expired)) == ["29/2020/QĐ-UBND", "40/2024/QĐ-UBND"]
    document = citizen.get("/van-ban/quyet-dinh-29-2020-qd-ubnd/")
    assert "Hết hiệu lực toàn bộ" in document.html.select_one("table.properties").get_text()


def test_a_document_expires_on_its_expiry_date(person, citizen, at):
    editor = person("so-a-btv")
    at(2026, 4, 1, 9, 0)
    add_document(
        editor,
        "/so-a/van-ban/",
        number="9/KH-UBND",
        form="Kế hoạch",
        issuer="Sở A",
        description="Kế hoạch kiểm tra năm 2026",
        issued="2026-04-01",
        expiry="2026-12-31",
    )
    page = editor.get("/so-a/van-ban/", params={"number": "9/KH-UBND"})
    assert validity_of(page, "9/KH-UBND") == "Còn hiệu lực"
    at(2026, 12, 31, 0, 0)
    page = editor.get("/so-a/van-ban/", params={"number": "9/KH-UBND"})
    assert validity_of(page, "9/KH-UBND") == "Hết hiệu lực toàn bộ"


@pytest.mark.parametrize("when", [(2020, 12, 1), (2025, 11, 10), (2025, 11, 20), (2026, 6, 1)])
def test_every_facet_count_is_what_choosing_it_lists(citizen, person, at, when):
    at(*when)
    editor = person("so-a-btv")
    add_document(
        editor, "/so-a/van-ban/", number="8/2026/QĐ-UBND", form="Quyết định", issuer="Sở A",
        description="Bản nháp chưa công bố", issued="2026-02-01",
    )  # fmt: skip
    for browser, portal in ((citizen, "/van-ban/"), (citizen, "/so-a/van-ban/"), (editor, "/so-a/van-ban/")):
        page = browser.get(portal)
        total = int(page.html.select_one("#documents-count strong").get_text())
        for name in ("form", "issuer", "field", "year", "validity"):
            counts = facet(page, name)
            if name != "field":  # a document may have several fields
                assert sum(count for count, _url in counts.values()) == total, (portal, name)
            for value, (count, url) in counts.items():
                chosen = browser.get(url)
                assert int(chosen.html.select_one("#documents-count strong").get_text()) == count, (name, value)
                assert len(numbers_listed(chosen)) == count
    public = facet(citizen.get("/so-a/van-ban/"), "issuer").get("Sở A", (0, ""))[0]
    board = facet(editor.get("/so-a/van-ban/"), "issuer")["Sở A"][0]
    assert board == public + 1  # the draft counts for the board only
