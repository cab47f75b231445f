"""Each portal's home shows its newest documents and a search by number; a language version shows its portal's."""

from __future__ import annotations

from ld_helpers import numbers_listed


def block_numbers(page) -> list[str]:
    block = page.html.select_one(".documents-home")
    assert block is not None, "the home has a documents block"
    return [a.get_text(strip=True) for a in block.select(".compact-list li > a")]


def test_the_city_home_lists_its_newest_documents_first(citizen):
    home = citizen.get("/")
    assert "Văn bản mới" in home.html.select_one(".documents-home h2").get_text()
    numbers = block_numbers(home)
    assert numbers[0] == "12/KH-UBND", "the newest by issue date comes first"
    assert "204/2025/QĐ-UBND" in numbers and len(numbers) == 5
    assert "5/2026/QĐ-UBND" not in numbers, "a component portal's documents stay on its own home"


def test_a_component_portals_home_lists_only_its_own(citizen):
    assert block_numbers(citizen.get("/so-a/")) == ["5/2026/QĐ-UBND"]


def test_the_number_typed_on_the_home_finds_the_document_first(citizen):
    home = citizen.get("/")
    form = next(f for f in home.forms.values() if "number" in f.fields)
    form["number"] = "qd-ubnd 204 2025"
    found = form.submit()
    assert numbers_listed(found)[0] == "204/2025/QĐ-UBND"


def test_the_english_home_labels_the_block_in_english_and_links_the_documents(citizen):
    block = citizen.get("/en/").html.select_one(".documents-home")
    assert "New documents" in block.select_one("h2").get_text()
    assert block.select_one(".compact-list a")["href"] == "http://localhost/van-ban/ke-hoach-12-kh-ubnd/"
