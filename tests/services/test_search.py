"""Finding a procedure on the Dịch vụ công page: by its code written either way, by the words of its name without
diacritics, by the facets (whose counts are what they list); a component portal lists its own, the city all."""

from __future__ import annotations

from sv_helpers import BUILDING_PERMIT, PROCEDURES, SO_A

from hpportal.core.names import fold


def names_listed(page) -> list[str]:
    return [a.get_text() for a in page.html.select("table.procedures-list tbody tr td:nth-child(2) a")]


def total_shown(page) -> int:
    return int(page.html.select_one("#procedures-count strong").get_text().replace(".", "").replace(",", ""))


def test_the_code_finds_the_procedure_with_or_without_its_dot(citizen):
    for typed in ("1.004227", "1004227", " 1.004227 "):
        page = citizen.get("/dich-vu-cong/", params={"q": typed})
        assert names_listed(page) == [BUILDING_PERMIT], typed
    assert names_listed(citizen.get("/dich-vu-cong/", params={"q": "1.004228"})) == []


def test_words_of_the_name_are_found_without_diacritics(citizen):
    for typed in ("cap giay phep xay dung", "Cấp giấy phép xây dựng", "GIAY PHEP XAY DUNG"):
        page = citizen.get("/dich-vu-cong/", params={"q": typed})
        assert set(names_listed(page)) == {BUILDING_PERMIT, SO_A.title}, typed
    page = citizen.get("/dich-vu-cong/", params={"q": "khai sinh"})
    assert names_listed(page) == ["Đăng ký khai sinh"]


def test_each_facet_count_is_what_choosing_it_lists(citizen):
    page = citizen.get("/dich-vu-cong/")
    assert total_shown(page) == len(PROCEDURES) + 1
    links = page.html.select("aside.facets li")
    assert len(links) >= 10
    for item in links:
        count = int(item.select_one(".count").get_text())
        chosen = citizen.get(item.select_one("a")["href"])
        assert total_shown(chosen) == count == len(names_listed(chosen)), item.get_text()
    online = page.html.select_one(".facet-online")
    assert "Toàn trình" in online.get_text() and "Không trực tuyến" in online.get_text()


def test_facets_combine_with_the_words(citizen):
    page = citizen.get("/dich-vu-cong/", params={"q": "giay phep", "level": "thanh-pho", "field": "giao-thong"})
    assert names_listed(page) == ["Cấp giấy phép lái xe"]
    agencies = {li.select_one("a").get_text(): int(li.select_one(".count").get_text())
                for li in page.html.select(".facet-agency li")}  # fmt: skip
    assert agencies == {"Sở Xây dựng": 1}


def test_the_most_used_come_first_then_by_name(citizen):
    names = names_listed(citizen.get("/dich-vu-cong/"))
    assert names[:2] == [BUILDING_PERMIT, "Đăng ký thành lập doanh nghiệp tư nhân"]
    assert names[2:] == sorted(names[2:], key=fold)  # as in a dictionary: Cấp before Chứng


def test_a_component_portal_lists_its_own_the_city_every_portal(citizen):
    assert names_listed(citizen.get("/so-a/dich-vu-cong/")) == [SO_A.title]
    assert names_listed(citizen.get("/so-b/dich-vu-cong/")) == []
    assert SO_A.title in names_listed(citizen.get("/dich-vu-cong/", params={"q": "1009994"}))


def test_what_cannot_be_searched_is_said_not_failed(citizen):
    page = citizen.get("/dich-vu-cong/", params={"q": '"giay phep'})
    assert page.status_int == 200
    assert page.html.select_one(".notice[role=alert]") is not None
    page = citizen.get("/dich-vu-cong/", params={"q": "1.00", "field": "khong-co"})
    assert page.status_int == 200


def test_the_city_home_lists_the_most_used_in_the_boards_order(citizen):
    block = citizen.get("/").html.select_one(".services-home")
    assert [a.get_text() for a in block.select(".compact-list a")] == [
        BUILDING_PERMIT,
        "Đăng ký thành lập doanh nghiệp tư nhân",
    ]
