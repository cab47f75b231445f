"""A reader switches languages on a translated article and lands on its translations."""

import re

import pytest
from playwright.sync_api import expect

from hpportal import testing
from hpportal.core.languages import link
from hpportal.news.models import NewsArticle, Section

pytestmark = pytest.mark.browser

VERSIONS = {
    "en": ("Cat Ba welcomes its millionth visitor", "The island received its millionth visitor of the year."),
    "ja": ("カットバ島、今年100万人目の観光客を迎える", "島は今年100万人目の観光客を迎えました。"),
}


def _translated(root, registry):
    site = root["hpportal"]
    original = NewsArticle(title="Cát Bà đón vị khách thứ một triệu", body="<p>Đảo đón vị khách thứ một triệu.</p>")
    site["tin-tuc"].add("cat-ba", original, registry=registry)
    testing.publish(original, registry)
    for code, (title, body) in VERSIONS.items():
        site[code].add("tin-tuc", Section(title=title.split()[0]), registry=registry)
        version = NewsArticle(title=title, body=f"<p>{body}</p>")
        link(original, version, registry=registry)
        site[code]["tin-tuc"].add("cat-ba", version, registry=registry)
        testing.publish(version, registry)


def test_switch_from_vietnamese_to_english_to_japanese(page, live_server, app):
    testing.populate(app, _translated)
    page.goto(live_server + "/tin-tuc/cat-ba/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Cát Bà đón vị khách thứ một triệu")
    assert page.get_attribute("html", "lang") == "vi"

    languages = page.get_by_role("navigation", name="Ngôn ngữ")
    languages.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/tin-tuc/cat-ba/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Cat Ba welcomes its millionth visitor")
    assert page.get_attribute("html", "lang") == "en"
    expect(page.get_by_role("button", name="Search")).to_be_visible()  # the interface is English too

    page.get_by_role("navigation", name="Languages").get_by_role("link", name="日本語").click()
    expect(page).to_have_url(re.compile(r"/ja/tin-tuc/cat-ba/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("カットバ島、今年100万人目の観光客を迎える")
    assert page.get_attribute("html", "lang") == "ja"

    # Korean has no translation of it: the switcher goes to the Korean home.
    page.get_by_role("navigation", name="言語").get_by_role("link", name="한국어").click()
    expect(page).to_have_url(re.compile(r"/ko/$"))
    assert page.get_attribute("html", "lang") == "ko"
