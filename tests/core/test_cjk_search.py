"""Full-text search in Chinese, Japanese and Korean: character pairs, particles, full-width letters."""

from datetime import UTC, datetime

import pytest

from hpportal.core.catalog.catalog import CORE_INDEXES, TEXT, PortalCatalog
from hpportal.core.catalog.folding import FoldingSplitter
from hpportal.core.catalog.search import RELEVANCE, SearchQuery, search
from hpportal.news.models import NewsArticle, Section

split = FoldingSplitter().process
split_query = FoldingSplitter().processGlob


# The splitter


def test_chinese_gives_characters_and_the_pairs_between_them():
    assert split(["吉婆岛"]) == ["吉", "吉婆", "婆", "婆岛", "岛"]
    assert split(["岛"]) == ["岛"]


def test_chinese_punctuation_ends_a_run_and_leaves_no_token():
    assert split(["海防，吉婆。「岛」、"]) == ["海", "海防", "防", "吉", "吉婆", "婆", "岛"]


def test_japanese_kanji_and_kana_are_separate_runs():
    assert split(["ハイフォン市は観光客"]) == [
        *["ハ", "ハイ", "イ", "イフ", "フ", "フォ", "ォ", "ォン", "ン"],
        "市",
        "は",
        *["観", "観光", "光", "光客", "客"],
    ]


def test_prolonged_sound_mark_belongs_to_the_kana_before_it():
    assert split(["コーヒー"]) == ["コ", "コー", "ーヒ", "ヒ", "ヒー"]
    assert split(["すごーい"]) == ["す", "すご", "ご", "ごー", "ーい", "い"]
    assert split(["ー、漢ー"]) == ["漢"]


def test_half_width_katakana_is_made_full_width_with_its_voicing_mark():
    assert split(["ｶﾞｲﾄﾞ"]) == split(["ガイド"]) == ["ガ", "ガイ", "イ", "イド", "ド"]


def test_kana_keep_their_voicing_marks():
    assert "バス" in split(["バス"])
    assert "ハス" not in split(["バス"])


def test_korean_word_gives_syllable_pairs_and_itself_after_the_text():
    assert split(["하이퐁시는 관광객이"]) == [
        *["하이", "이퐁", "퐁시", "시는"],
        *["관광", "광객", "객이"],
        *["하이퐁시는", "관광객이"],
    ]
    assert split(["관광"]) == ["관광"]
    assert split(["시"]) == ["시"]


def test_korean_query_is_syllable_pairs_so_a_particle_does_not_matter():
    assert split_query(["하이퐁"]) == ["하이", "이퐁"]
    assert split_query(["관광"]) == ["관광"]
    assert split_query(["시"]) == ["시*"]


def test_full_width_letters_and_digits_are_ascii():
    assert split(["ＡＢＣ１２３"]) == split(["abc123"]) == ["abc123"]
    assert split_query(["ｈａｉ＊"]) == ["hai*"]


def test_vietnamese_is_folded_as_before():
    assert split(["Hải Phòng, Đà Nẵng!"]) == ["hai", "phong", "da", "nang"]
    assert split_query(["Phòng*"]) == ["phong*"]
    assert split_query(["Hải-Phòng"]) == ["hai", "phong"]


def test_latin_next_to_ideographs_is_a_word_of_its_own():
    assert split(["iPhone手机，2024年"]) == ["iphone", "手", "手机", "机", "2024", "年"]


def test_a_chinese_query_word_stays_whole_to_be_searched_as_a_phrase():
    # The empty word makes zope.index's parser build a phrase; process() splits the run again.
    assert split_query(["吉婆岛"]) == ["吉婆岛", ""]
    assert split(split_query(["吉婆岛"])) == split(["吉婆岛"])
    assert split_query(["岛"]) == ["岛"]
    assert split_query(["吉婆*"]) == ["吉婆", ""]
    assert split_query(["iPhone手机"]) == ["iphone", "手机"]


# The catalog

ARTICLES = {
    "zh": ("海防市人民委员会", "海防市人民委员会欢迎游客。吉婆岛旅游，「兰下湾」很美。"),
    "ja": ("ハイフォン市の観光", "ハイフォン市は、毎年多くの観光客が訪れる港町です。コーヒーも有名。"),
    "ko": ("항구 도시 소식", "하이퐁시는 관광객이 많이 찾는 항구 도시입니다."),
    "vi-1": ("Hải Phòng đón đoàn công tác", "Đoàn đến từ Đà Nẵng"),
    "vi-2": ("Hà Nội mở lễ hội", "Lễ hội mùa thu ở thủ đô"),
}


@pytest.fixture(scope="module")
def catalog():
    site = Section(title="site")
    catalog = PortalCatalog(CORE_INDEXES)
    for name, (title, body) in ARTICLES.items():
        article = NewsArticle(title=title, body=f"<p>{body}</p>", effective=datetime(2024, 5, 1, tzinfo=UTC))
        site.add(name, article, registry=None)
        catalog.index_object(article)
    return catalog


def found(catalog, text, **query):
    return sorted(search(catalog, SearchQuery(text=text, **query), allowed=None).paths)


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        ("吉婆岛", ["/zh"]),
        ("委员会", ["/zh"]),
        ("岛", ["/zh"]),  # one ideograph
        ("海防 旅游", ["/zh"]),  # two words, ANDed
        ('"吉婆岛旅游"', ["/zh"]),  # a quoted phrase
        ("岛旅游", ["/zh"]),  # across the end of a word: there are no word ends
        ("海南岛", []),  # a word not in any text, though 岛 is
        ("旅游岛", []),  # the right characters in the wrong order
        ("観光客", ["/ja"]),
        ("ハイフォン", ["/ja"]),
        ("コーヒー", ["/ja"]),
        ("訪れる", ["/ja"]),  # kanji with its kana ending
        ("市は", ["/ja"]),
        ("市", ["/ja", "/zh"]),  # the same ideograph in Chinese and Japanese
        ("市 -吉婆岛", ["/ja"]),
        ("하이퐁", ["/ko"]),  # 하이퐁시는 without its particle
        ("관광객", ["/ko"]),  # 관광객이 without its particle
        ("하이퐁시는", ["/ko"]),
        ("하이퐁시가", []),  # another particle is another word
        ("hai phong", ["/vi-1"]),
        ("Đà Nẵng", ["/vi-1"]),
        ("le hoi", ["/vi-2"]),
        ("hoi*", ["/vi-2"]),
        ("ＨＡＩ　ＰＨＯＮＧ", ["/vi-1"]),  # full-width letters and space
    ],
)
def test_search_finds_the_article_that_holds_the_words(catalog, text, paths):
    assert found(catalog, text) == paths


def test_search_by_relevance_finds_the_same(catalog):
    assert found(catalog, "吉婆岛", sort=RELEVANCE) == ["/zh"]
    assert found(catalog, "하이퐁", sort=RELEVANCE) == ["/ko"]


def test_phrase_search_of_the_text_index_finds_chinese(catalog):
    text_index = catalog[TEXT].index
    assert dict(text_index.search_phrase(["吉婆岛"])) == dict(text_index.search_phrase("吉婆岛"))
    assert len(text_index.search_phrase("吉婆岛旅游")) == 1
    assert len(text_index.search_phrase("旅游吉婆岛")) == 0
