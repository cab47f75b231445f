"""Names of things: slugs from Vietnamese titles and the rules a name follows."""

import pytest
from pyramid.config import Configurator
from pyramid.response import Response
from webtest import TestApp

from hpportal import testing
from hpportal.core.app import root_factory
from hpportal.core.folder import Folder
from hpportal.core.names import (
    MAX_NAME_LENGTH,
    InvalidName,
    ReservedName,
    check_name,
    fold,
    reserved_names,
    slugify,
)
from hpportal.core.portal import ROOT_KEY, Portal
from hpportal.core.security import VIEW
from hpportal.news.models import Page


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Sở Xây dựng", "so-xay-dung"),
        ("Đặc khu Cát Hải", "dac-khu-cat-hai"),
        ("Hải Phòng", "hai-phong"),
        ("Đà Nẵng", "da-nang"),
        ("  Tin tức -- Sự kiện!  ", "tin-tuc-su-kien"),
        ("Sở Văn hóa, Thể thao và Du lịch", "so-van-hoa-the-thao-va-du-lich"),
        ("Kế hoạch số 12/KH-UBND năm 2026", "ke-hoach-so-12-kh-ubnd-nam-2026"),
    ],
)
def test_slug_from_vietnamese_title(title, slug):
    assert slugify(title) == slug


def test_fold_removes_marks_and_case():
    assert fold("HẢI PHÒNG") == "hai phong"
    assert fold("đường Đinh Tiên Hoàng") == "duong dinh tien hoang"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("海防市", "hai-fang-shi"),  # zh
        ("하이퐁 시", "haipong-si"),  # ko
        ("ハイフォン", "haihuon"),  # ja
        ("Hải Phòng 海防", "hai-phong-hai-fang"),  # the Vietnamese fold first: no "Hai Phong" from unidecode's guesses
        ("Đồ Sơn — Москва", "do-son-moskva"),
    ],
)
def test_slug_of_a_title_in_another_script_is_transliterated(title, slug):
    assert slugify(title) == slug


def test_slug_of_a_title_with_nothing_to_transliterate_is_empty():
    assert slugify("😀 !!! ☺") == ""


def test_slug_is_cut_at_the_maximum_length():
    assert len(slugify("Hải Phòng " * 30)) <= 100


def test_unique_names_of_long_titles_stay_within_the_maximum_and_are_accepted():
    folder = Folder()
    title = "Kiến nghị về việc cấp phép xây dựng " * 10  # a citizen's question, pasted whole
    names = []
    for _ in range(12):
        name = folder.unique_name(title)
        assert len(name) <= MAX_NAME_LENGTH
        folder.add(name, Folder(), registry=None)  # refused (InvalidName, a 500) when over 100 characters
        names.append(name)
    assert len(set(names)) == 12
    assert names[1].endswith("-2") and names[11].endswith("-12")


def test_unique_name_of_a_chinese_title_is_its_transliteration_not_the_fallback():
    folder = Folder()
    assert folder.unique_name("海防市新闻", fallback="newsarticle") == "hai-fang-shi-xin-wen"
    assert folder.unique_name("😀", fallback="newsarticle") == "newsarticle"


@pytest.mark.parametrize("name", ["edit", "contents", "login", "search", "static", "ask", "rss.xml", "favicon.ico"])
def test_the_names_of_the_portals_views_and_routes_are_refused(app, name):
    with pytest.raises(ReservedName):
        check_name(name, reserved_names(app.registry))


def duty_roster(context, request):
    return Response("Lịch trực")


def roster(config):
    """A capability core has never heard of: its view ``lich-truc`` on the portal."""
    config.add_view(duty_roster, context=Portal, name="lich-truc", permission=VIEW)


@pytest.fixture
def roster_app(tmp_path):
    """The kernel, news and the roster capability: no Q&A."""
    with Configurator(settings=testing.settings_for(tmp_path / "var"), root_factory=root_factory) as config:
        config.include("hpportal.core")
        config.include("hpportal.news")
        config.include(roster)
    app = config.make_wsgi_app()
    testing.populate(app, testing.basic_portal)
    yield app
    testing.database(app).close()


def test_a_view_a_capability_registers_is_a_name_content_may_not_take(roster_app):
    registry = roster_app.registry

    def add_pages(root, registry):
        site = root[ROOT_KEY]
        with pytest.raises(ReservedName):
            site.add("lich-truc", Page(title="Lịch trực"), registry=registry)
        site.add(site.unique_name("Lịch trực", registry=registry), Page(title="Lịch trực"), registry=registry)
        site.add("ask", Page(title="Hỏi"), registry=registry)  # Q&A's view, but this portal has no Q&A

    testing.populate(roster_app, add_pages)
    names = testing.read_site(roster_app, lambda site: set(site.keys()))
    assert {"ask", "lich-truc-2"} <= names and "lich-truc" not in names
    assert "ask" not in reserved_names(registry)
    assert TestApp(roster_app).get("/lich-truc").text == "Lịch trực"  # the view, not a page hiding it


@pytest.mark.parametrize("name", ["", "Hai-Phong", "hải-phòng", "a--b", "-a", "a-", "a/b", "..", "x" * 101, None])
def test_malformed_names_are_refused_with_a_message(name):
    with pytest.raises(InvalidName) as info:
        check_name(name)
    assert info.value.message


def test_good_name_passes():
    assert check_name("so-xay-dung-2") == "so-xay-dung-2"
