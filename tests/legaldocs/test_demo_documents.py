"""The demo's documents database, as a citizen finds it; and the documents section an upgrade adds."""

from __future__ import annotations

from ld_helpers import numbers_listed
from webtest import TestApp

from hpportal import testing
from hpportal.core.evolve import upgrade
from hpportal.core.portal import ROOT_KEY, SubPortal


def test_a_citizen_finds_decision_204_by_its_number_and_reads_what_it_replaced(demo_testapp):
    page = demo_testapp.get("/van-ban/", params={"q": "204/2025/QĐ-UBND"})
    first = page.html.select("table.documents-list tbody tr a")[0]
    assert first.get_text() == "204/2025/QĐ-UBND"
    document = demo_testapp.get(first["href"])
    relations = document.html.select_one(".document-relations").get_text(" ", strip=True)
    assert "Thay thế văn bản Quyết định 29/2020/QĐ-UBND" in relations
    assert "Quyết định 40/2024/QĐ-UBND" in relations
    assert "Hết hiệu lực toàn bộ" in relations
    assert "Điều 2." in document.text and "Cổng Thông tin điện tử thành phố;" in document.text
    pdf = demo_testapp.get(document.html.select_one(".document-files a")["href"])
    assert pdf.content_type == "application/pdf" and pdf.body.startswith(b"%PDF-")


def test_every_portal_has_its_documents_and_the_city_searches_them_all(demo_app, demo_testapp):
    city = demo_testapp.get("/van-ban/")
    total = int(city.html.select_one("#documents-count strong").get_text().replace(".", ""))
    assert total >= 300
    validity = {li.a.get_text() for li in city.html.select(".facet-validity li")}
    assert validity == {"Chưa có hiệu lực", "Còn hiệu lực", "Hết hiệu lực một phần", "Hết hiệu lực toàn bộ"}
    conn = testing.database(demo_app).open()
    try:
        portals = [p.__name__ for p in conn.root()[ROOT_KEY].values() if isinstance(p, SubPortal)]
    finally:
        conn.close()
    for name in portals:
        page = demo_testapp.get(f"/{name}/van-ban/")
        listed = numbers_listed(page)
        assert len(listed) == 20, name  # a full first page
        across = demo_testapp.get("/van-ban/", params={"portal": f"/{name}", "number": listed[0]})
        assert listed[0] in numbers_listed(across)
    assert numbers_listed(demo_testapp.get("/van-ban/", params={"number": "224/2026/NĐ-CP"})) == ["224/2026/NĐ-CP"]


def _without_sections(root, registry):
    site = root[ROOT_KEY]
    for portal in [site, *[p for p in site.values() if isinstance(p, SubPortal)]]:
        portal.remove("van-ban", registry=registry)


def test_the_upgrade_gives_every_portal_its_documents_section(boards_app):
    testing.populate(boards_app, _without_sections)
    done = []
    testing.populate(boards_app, lambda root, registry: done.extend(upgrade(root[ROOT_KEY], registry)))
    assert "added the documents section of the city portal" in done
    browser = TestApp(boards_app)
    for url in ("/van-ban/", "/so-a/van-ban/", "/so-b/van-ban/"):
        page = browser.get(url)
        assert page.html.select_one("#documents-count") is not None
        assert "Văn bản" in [a.get_text() for a in page.html.select(".main-nav a")]
