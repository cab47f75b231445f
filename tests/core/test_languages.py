"""Five languages (REGULATION Art. 3.1): language roots, the translated interface, linked translations, search."""

from __future__ import annotations

from datetime import date

import pytest
import transaction
from babel.dates import format_date
from babel.messages.pofile import read_po
from webtest import TestApp

from hpportal import testing
from hpportal.core.portal import ROOT_KEY
from hpportal.core.views.layout import DATE_FORMATS, LONG_DATE_FORMATS
from hpportal.news.models import NewsArticle, Section

LANGUAGES = ("vi", "en", "zh", "ko", "ja")


def translated(language: str, msgid: str) -> str:
    with (testing.CHECKOUT / f"locales/{language}/LC_MESSAGES/hpportal.po").open("rb") as f:
        return next(m.string for m in read_po(f) if m.id == msgid)


def in_site(app, change):
    tm = transaction.TransactionManager()
    conn = testing.database(app).open(transaction_manager=tm)
    try:
        with tm:
            return change(conn.root()[ROOT_KEY])
    finally:
        conn.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_its_home_and_interface(testapp, language):
    page = testapp.get("/" if language == "vi" else f"/{language}/")
    assert page.html.html["lang"] == language
    for msgid in ("Search the portal", "Home", "Log in", "Latest news"):
        assert translated(language, msgid) in page.text, (language, msgid)
    switcher = {a["hreflang"]: a["href"] for a in page.html.select("nav.languages a")}
    assert switcher == {
        "vi": "http://localhost/",
        **{code: f"http://localhost/{code}/" for code in LANGUAGES if code != "vi"},
    }


def test_dates_are_written_the_way_each_language_writes_them():
    day = date(2026, 11, 28)
    assert format_date(day, LONG_DATE_FORMATS["vi"], locale="vi") == "Thứ Bảy, 28/11/2026"
    assert format_date(day, LONG_DATE_FORMATS["en"], locale="en") == "Saturday, 28 November 2026"
    assert format_date(day, DATE_FORMATS["ja"], locale="ja") == "2026年11月28日"
    assert format_date(day, DATE_FORMATS["zh"], locale="zh") == "2026年11月28日"
    assert format_date(day, DATE_FORMATS["ko"], locale="ko") == "2026년 11월 28일"


def vietnamese_article(app):
    def build(site):
        site.add("tin-tuc", Section(title="Tin tức"), registry=app.registry)
        article = NewsArticle(
            title="Hải Phòng đón tàu du lịch quốc tế",
            description="Cảng Hải Phòng đón tàu du lịch.",
            body="<p>Hơn 2.000 du khách đến Hải Phòng.</p>",
        )
        site["tin-tuc"].add("don-tau", article, registry=app.registry)
        testing.publish(article, app.registry)

    in_site(app, build)


def test_translate_an_article_into_english_and_japanese(app, admin_app):
    vietnamese_article(app)
    page = admin_app.get("/tin-tuc/don-tau/translate")
    form = next(f for f in page.forms.values() if f.get("language", default=None) and f["language"].value == "en")
    made = form.submit().follow()
    # The translation starts as a copy of the original, in the matching place, as a draft to translate.
    assert made.request.path == "/en/tin-tuc/hai-phong-don-tau-du-lich-quoc-te/edit"
    edit = made.forms["edit-form"]
    assert edit["title"].value == "Hải Phòng đón tàu du lịch quốc tế"
    edit["title"] = "Hai Phong welcomes an international cruise ship"
    edit["description"] = "Hai Phong port welcomed a cruise ship."
    edit["body"] = "<p>More than 2,000 visitors came to Hai Phong.</p>"
    edit.submit("save").follow()
    english = "/en/tin-tuc/hai-phong-don-tau-du-lich-quoc-te/"
    testing.publish_through_web(admin_app, english)
    assert in_site(app, lambda site: site["en"]["tin-tuc"].title) == "Tin tức"  # a section made on the way
    assert in_site(app, lambda site: site["en"]["tin-tuc"].language) == "en"

    public = TestApp(app)
    page = public.get(english)
    assert page.html.html["lang"] == "en" and translated("en", "Search the portal") in page.text
    links = {a["hreflang"]: a["href"] for a in page.html.select("link[rel=alternate][hreflang]")}
    assert links == {"vi": "http://localhost/tin-tuc/don-tau/", "en": "http://localhost" + english}
    vietnamese = public.get("/tin-tuc/don-tau/")
    switcher = {a["hreflang"]: a["href"] for a in vietnamese.html.select("nav.languages a")}
    assert switcher["en"] == "http://localhost" + english  # to the translation
    assert switcher["ja"] == "http://localhost/ja/"  # no translation: that language's home
    also = vietnamese.html.select_one(".translations-list a")
    assert also.get_text() == "English" and also["href"] == "http://localhost" + english

    # Japanese too; then deleting the English one keeps the other two linked.
    page = admin_app.get("/tin-tuc/don-tau/translate")
    form = next(f for f in page.forms.values() if f.get("language", default=None) and f["language"].value == "ja")
    form.submit().follow()
    japanese = "/ja/tin-tuc/hai-phong-don-tau-du-lich-quoc-te/"
    confirm = admin_app.get(english + "delete")
    confirm.forms["confirm-form"].submit("confirm")
    remaining = admin_app.get("/tin-tuc/don-tau/")
    assert [a["hreflang"] for a in remaining.html.select(".translations-list a")] == ["ja"]
    assert "Tiếng Việt" in admin_app.get(japanese).html.select_one(".translations-list").text


def test_search_in_a_language_root_searches_that_language(app, admin_app):
    vietnamese_article(app)

    def english(site):
        article = NewsArticle(title="Hai Phong welcomes a cruise ship", body="<p>Visitors from Japan and Korea.</p>")
        site["en"].add("cruise", article, registry=app.registry)
        testing.publish(article, app.registry)

    in_site(app, english)
    public = TestApp(app)
    found = public.get("/en/search", {"q": "hai phong"})
    assert "Hai Phong welcomes a cruise ship" in found.text and "đón tàu" not in found.text
    assert found.html.html["lang"] == "en"
    assert "đón tàu" in public.get("/search", {"q": "hai phong"}).text
    assert "cruise ship" not in public.get("/search", {"q": "hai phong"}).text
    both = public.get("/search", {"q": "hai phong", "lang": "all"}).text
    assert "cruise ship" in both and "đón tàu" in both


@pytest.mark.parametrize(
    ("language", "title", "body", "word"),
    [
        ("zh", "海防市吉婆岛旅游旺季", "<p>今年夏天，吉婆岛接待游客超过一百万人次。</p>", "吉婆岛"),
        ("ja", "ハイフォン市に観光客が増加", "<p>今年は多くの観光客がカットバ島を訪れました。</p>", "観光客"),
        ("ko", "하이퐁시 관광객 증가", "<p>올해 하이퐁시는 많은 관광객을 맞이했습니다.</p>", "하이퐁"),
    ],
)
def test_search_finds_chinese_japanese_and_korean_words(app, language, title, body, word):
    def build(site):
        article = NewsArticle(title=title, body=body)
        site[language].add("bai", article, registry=app.registry)
        testing.publish(article, app.registry)

    in_site(app, build)
    page = TestApp(app).get(f"/{language}/search", {"q": word})
    assert [a.get_text(strip=True) for a in page.html.select("ol.results h2 a, ol.results a")][:1] == [title]


def test_a_component_portal_enables_english(boards_app, browser_as):
    manager = browser_as("so-a-qt")
    page = manager.get("/so-a/languages")
    form = next(f for f in page.forms.values() if f.get("language", default=None) and f["language"].value == "en")
    refused = form.submit()
    assert "Vui lòng nhập tên cổng bằng ngôn ngữ đó." in refused.text
    form = next(f for f in refused.forms.values() if f.get("language", default=None) and f["language"].value == "en")
    form["title"] = "Department A"
    root = form.submit().follow()
    assert root.request.path == "/so-a/en/" and root.html.html["lang"] == "en"
    assert root.html.select_one(".brand strong").get_text() == "Department A"
    assert root.html.select_one(".brand small").get_text() == "Hai Phong City Electronic Information Portal"
    browser_as("so-b-qt").get("/so-a/languages", status=403)
    assert "so-a/en" in TestApp(boards_app).get("/so-a/").html.select_one("nav.languages").decode()
