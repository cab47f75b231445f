"""The demo's procedures catalogue, as a new user tries it: some 200 procedures across the fields, the building
permit found by name and code, legal bases linked to the demo's documents, and the city home's most used."""

from __future__ import annotations

from collections import Counter

from hpportal import testing
from hpportal.services.models import Procedure


def test_the_demo_ships_at_least_150_procedures_across_fields_and_portals(demo_app):
    def read(site):
        procedures = []
        for portal in [site, *site.values()]:
            section = portal.get("dich-vu-cong") if hasattr(portal, "get") else None
            if section is not None:
                procedures += [(p.field, p.online, p.level, bool(p.legal_links))
                               for p in section.values() if isinstance(p, Procedure)]  # fmt: skip
        return procedures  # plain values: the objects are gone once the connection closes

    procedures = testing.read_site(demo_app, read)
    assert len(procedures) >= 150
    assert len(Counter(field for field, _online, _level, _linked in procedures)) >= 12
    assert {online for _field, online, _level, _linked in procedures} == {"toan-trinh", "mot-phan", "khong"}
    assert {level for _field, _online, level, _linked in procedures} == {"thanh-pho", "xa"}
    assert sum(linked for *_rest, linked in procedures) >= 100


def test_a_citizen_finds_the_building_permit_by_name_and_code_and_reads_its_basis(demo_testapp):
    by_name = demo_testapp.get("/dich-vu-cong/", params={"q": "cap giay phep xay dung"})
    first = by_name.html.select_one("table.procedures-list tbody tr")
    assert first.select("td")[0].get_text() == "1.004227"
    by_code = demo_testapp.get("/dich-vu-cong/", params={"q": "1004227"})
    links = by_code.html.select("table.procedures-list tbody td:nth-child(2) a")
    assert len(links) == 1
    page = demo_testapp.get(links[0]["href"])
    assert page.html.select_one("a.filing-link")["href"].endswith("?ma_thu_tuc=1.004227")
    linked = page.html.select(".procedure-basis a")
    assert linked, "the legal basis links the documents database"
    for a in linked:
        assert demo_testapp.get(a["href"]).html.select_one("article.legal-document") is not None


def test_the_city_home_leads_with_the_most_used(demo_testapp):
    block = demo_testapp.get("/").html.select_one(".services-home")
    names = [a.get_text() for a in block.select(".compact-list a")]
    assert names[:3] == [
        "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ",
        "Đăng ký thành lập doanh nghiệp tư nhân",
        "Đăng ký khai sinh",
    ]
