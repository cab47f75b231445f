"""The user menu's "Questions for <agency>" links come from the catalog's grants, not from walking every portal."""

from __future__ import annotations

import shutil

import pytest
from webtest import TestApp

from hpportal import testing
from hpportal.core.localroles import grant
from hpportal.core.portal import ROOT_KEY, SubPortal
from hpportal.core.principals import User
from hpportal.core.security import RESPONDER, user_principal
from hpportal.qa import models, views
from hpportal.qa.models import Agency


def _responders(root, registry):
    site = root[ROOT_KEY]
    site["hoi-dap"].add("cong-an", Agency(title="Công an thành phố"), registry=registry)
    closed = SubPortal(title="Phường Mới")
    closed.opened = False
    site.add("phuong-moi", closed, registry=registry)
    grants = {
        "congan": [site["hoi-dap"]["cong-an"]],
        "nhieu-noi": [site["so-b"], site["hoi-dap"]["cong-an"], site["so-a"]["tin-tuc"], closed],
        "chi-muc": [site["so-a"]["tin-tuc"], closed],  # Responder, but on no open agency
    }
    for login, places in grants.items():
        user = site.principals.add_user(User(login, login, password=testing.BOARD_PASSWORD))
        for place in places:
            grant(place, user_principal(user.id), RESPONDER, registry=registry)


@pytest.fixture
def links_app(tmp_path, boards_database):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory))
    testing.populate(app, _responders)
    yield app
    testing.database(app).close()


def menu_links(app, login) -> dict[str, str]:
    browser = TestApp(app)
    testing.login(browser, login, testing.BOARD_PASSWORD)
    page = browser.get("/")
    return {a.text.strip(): a["href"] for a in page.html.find_all("a") if a.text.strip().startswith("Câu hỏi giao cho")}


def test_each_open_agency_a_user_answers_for_is_in_their_menu_without_walking_the_portals(links_app, monkeypatch):
    walked, every_agency = [], models.agencies

    def counted(site):
        walked.append(site)
        return every_agency(site)

    monkeypatch.setattr(views, "agencies", counted, raising=False)
    monkeypatch.setattr(models, "agencies", counted)
    assert menu_links(links_app, "congan") == {
        "Câu hỏi giao cho Công an thành phố": "http://localhost/hoi-dap/cong-an/questions"
    }
    assert menu_links(links_app, "nhieu-noi") == {
        "Câu hỏi giao cho Công an thành phố": "http://localhost/hoi-dap/cong-an/questions",
        "Câu hỏi giao cho Sở B": "http://localhost/so-b/questions",
    }
    assert menu_links(links_app, "chi-muc") == {}
    assert walked == []
