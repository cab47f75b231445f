"""Folder listings: hidden children are left out before paging (issue 13, point 10)."""

from __future__ import annotations

import re

import pytest
from webtest import TestApp

from hpportal import testing
from hpportal.news.models import NewsArticle
from hpportal.qa.models import Agency

CHILDREN = 100
VISIBLE = [n for n in range(CHILDREN) if n % 3 == 0]  # 34 published; the other 66 are drafts


def _folder_with_drafts(root, registry):
    site = root[testing.ROOT_KEY]
    folder = Agency(title="Công an thành phố")
    site.add("cong-an", folder, registry=registry)
    for number in range(CHILDREN):
        article = NewsArticle(title=f"Bài {number:03d}")
        folder.add(f"bai-{number:03d}", article, registry=registry)
        if number in VISIBLE:
            testing.publish(article, registry)
    testing.publish(folder, registry)


@pytest.fixture
def browser(app):
    testing.populate(app, _folder_with_drafts)
    return TestApp(app)


def _titles(page) -> list[str]:
    return re.findall(r"Bài \d{3}", page.html.select_one("ul.listing").get_text())


def _last_page(page) -> int:
    return max([1] + [int(n) for n in re.findall(r"[?&;]page=(\d+)", page.text)])


def test_anonymous_first_page_is_full_of_visible_items_in_folder_order(browser):
    page = browser.get("/cong-an/")
    assert _titles(page) == [f"Bài {n:03d}" for n in VISIBLE[:30]]
    assert "Bài 001" not in page.text


def test_page_count_reflects_only_visible_items(browser):
    page = browser.get("/cong-an/")
    assert _last_page(page) == 2  # 34 visible items: two pages of 30, not four for the 100 children
    second = browser.get("/cong-an/?page=2")
    assert _titles(second) == [f"Bài {n:03d}" for n in VISIBLE[30:]]
    # A page beyond the visible ones shows the last page, never an empty one.
    assert _titles(browser.get("/cong-an/?page=4")) == _titles(second)


def test_editor_sees_the_drafts_too(browser):
    testing.login(browser, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    page = browser.get("/cong-an/")
    assert _titles(page) == [f"Bài {n:03d}" for n in range(30)]
    assert _last_page(page) == 4
