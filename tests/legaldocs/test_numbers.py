"""Số / ký hiệu: how a number is read, refused, and found by the ways people type it."""

from __future__ import annotations

import pytest

from hpportal.legaldocs.numbers import NumberInvalid, looks_like_number, parse_number

SEARCHES = ("204/2025/QĐ-UBND", "204/2025", "204/QD-UBND", "qđ-ubnd 204", "qd ubnd 204 2025")


def test_a_number_is_kept_as_typed_and_split_into_number_year_and_symbol():
    number = parse_number("  204/2025/QĐ-UBND ")
    assert (number.text, number.number, number.year, number.symbol) == ("204/2025/QĐ-UBND", "204", "2025", "QĐ-UBND")
    assert number.key == "204/2025/qd-ubnd"
    assert parse_number("47/TTr-VP").year == ""
    assert parse_number("047/TTr-VP").key == parse_number("47/ttr-vp").key


@pytest.mark.parametrize(
    "typed", ["", "QĐ-UBND", "204", "204/2025", "/2025/QĐ-UBND", "204/1800/QĐ-UBND", "204/2025/--"]
)
def test_what_is_not_a_number_and_symbol_is_refused(typed):
    with pytest.raises(NumberInvalid):
        parse_number(typed)


def test_words_that_look_like_a_number_are_searched_as_one():
    assert all(looks_like_number(typed) for typed in SEARCHES)
    assert not looks_like_number("quy chế cổng thông tin")
    assert not looks_like_number("quy chế năm")


@pytest.mark.parametrize("typed", SEARCHES)
def test_each_way_of_typing_finds_decision_204_first(citizen, typed):
    page = citizen.get("/van-ban/", params={"number": typed})
    rows = page.html.select("table.documents-list tbody tr")
    assert rows, typed
    assert rows[0].find("a").get_text() == "204/2025/QĐ-UBND"
    assert "204/2024/QĐ-UBND" not in page.text or typed in ("204/QD-UBND", "qđ-ubnd 204")


@pytest.mark.parametrize("typed", SEARCHES)
def test_the_words_box_takes_a_number_too(citizen, typed):
    page = citizen.get("/van-ban/", params={"q": typed})
    assert page.html.select("table.documents-list tbody tr a")[0].get_text() == "204/2025/QĐ-UBND"


def test_a_number_not_in_the_database_finds_nothing_and_says_so(citizen):
    page = citizen.get("/van-ban/", params={"number": "999/2025/QĐ-UBND"})
    assert not page.html.select("table.documents-list tbody tr")
    assert "Không có văn bản nào phù hợp" in page.text
    page = citizen.get("/van-ban/", params={"number": "///"})
    assert page.status_code == 200
    assert "Không tìm được theo số hoặc từ khóa" in page.text


def test_words_of_the_summary_and_full_text_are_folded(citizen):
    page = citizen.get("/van-ban/", params={"q": "quy che cong thong tin"})
    numbers = [a.get_text() for a in page.html.select("table.documents-list tbody tr td:first-child a")]
    assert set(numbers) == {"204/2025/QĐ-UBND", "40/2024/QĐ-UBND", "29/2020/QĐ-UBND"}
    page = citizen.get("/van-ban/", params={"q": "thiet lap"})  # only in the full text
    assert [a.get_text() for a in page.html.select("table.documents-list tbody tr td:first-child a")] == [
        "204/2025/QĐ-UBND"
    ]
