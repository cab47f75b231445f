"""The home pages are made of blocks that capabilities add through ``config.add_home_block``."""

import pytest
from pyramid.config import Configurator


def add_block(app, tmp_path, name, provider, **kw):
    template = tmp_path / f"{name}.pt"
    template.write_text('<section class="test-block"><h2>${heading}</h2></section>', encoding="utf-8")
    config = Configurator(registry=app.registry)
    config.add_home_block(name, provider, template=str(template), **kw)
    config.commit()


def test_a_capability_adds_its_block_to_the_home_page(app, testapp, tmp_path):
    add_block(app, tmp_path, "services", lambda request, home: {"heading": "Dịch vụ công trực tuyến"}, column="main")
    home = testapp.get("/")
    block = home.html.select_one(".home-main .test-block h2")
    assert block is not None and block.get_text() == "Dịch vụ công trực tuyến"


def test_a_block_with_nothing_to_show_is_left_out(app, testapp, tmp_path):
    add_block(app, tmp_path, "calendar", lambda request, home: None)
    assert not testapp.get("/").html.select(".test-block")


def test_blocks_come_in_their_order_and_a_name_is_registered_once(app, tmp_path):
    add_block(app, tmp_path, "late", lambda r, h: {"heading": "late"}, order=90)
    add_block(app, tmp_path, "early", lambda r, h: {"heading": "early"}, order=5)
    names = [block.name for block in app.registry.home_blocks]
    assert names.index("early") < names.index("contact") < names.index("late")
    with pytest.raises(ValueError):
        add_block(app, tmp_path, "early", lambda r, h: {"heading": "again"})
    with pytest.raises(ValueError):
        add_block(app, tmp_path, "nowhere", lambda r, h: {}, column="footer")


def test_the_city_home_shows_hotline_qa_and_component_portals_by_kind(demo_testapp):
    home = demo_testapp.get("/")
    assert home.html.select_one(".hotline-block a[href^='tel:']")
    qa = home.html.select_one(".qa-home")
    ask = qa.find("a", string="Gửi câu hỏi")
    assert demo_testapp.get(ask["href"]).status_int == 200
    navs = home.html.select(".portal-groups nav")
    groups = {nav.h3.get_text(): [a.get_text() for a in nav.select("a")] for nav in navs}
    assert "Sở Xây dựng" in groups["Sở, ban, ngành"]
    assert {"Phường Hồng Bàng", "Xã An Lão"} <= set(groups["Xã, phường"])
    assert groups["Đặc khu"] == ["Đặc khu Cát Hải"]


def test_every_link_of_every_home_block_opens_a_page(demo_testapp):
    for path in ("/", "/so-xay-dung/", "/en/"):
        home = demo_testapp.get(path)
        for block in home.html.select(".home-side section, .home-main > section"):
            for link in block.select("a[href^='http']"):
                assert demo_testapp.get(link["href"]).maybe_follow().status_int == 200, link["href"]

