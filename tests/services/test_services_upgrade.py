"""Dịch vụ công on a database made before it: a new city portal has its section at once, and ``hpportal upgrade``
gives every component portal its own. Like Văn bản, it is a section of a portal, not of its language versions
(the procedures are recorded in Vietnamese)."""

from __future__ import annotations

import shutil

from webtest import TestApp

from hpportal import testing
from hpportal.core.evolve import upgrade
from hpportal.core.portal import ROOT_KEY

PLACES = ("", "so-a", "so-b", "en", "so-a/en", "so-b/ja")


def section_titles(site) -> dict[str, str]:
    titles = {}
    for path in PLACES:
        node = site
        for name in filter(None, path.split("/")):
            node = node.get(name) if node is not None else None
        if node is not None and "dich-vu-cong" in node:
            titles[path] = node["dich-vu-cong"].title
    return titles


def test_the_upgrade_adds_the_section_to_every_component_portal(tmp_path, boards_database):
    var = tmp_path / "var"
    shutil.copytree(boards_database, var, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(var))
    try:
        assert testing.read_site(app, section_titles) == {"": "Dịch vụ công trực tuyến"}
        testing.populate(app, lambda root, registry: upgrade(root[ROOT_KEY], registry))
        assert testing.read_site(app, section_titles) == {
            "": "Dịch vụ công trực tuyến",
            "so-a": "Dịch vụ công trực tuyến",
            "so-b": "Dịch vụ công trực tuyến",
        }
        page = TestApp(app).get("/so-b/dich-vu-cong/")
        assert page.html.select_one("#procedures-count").get_text() == "0 thủ tục"
    finally:
        testing.database(app).close()
