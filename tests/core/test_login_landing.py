"""Where a login lands (issue 12.15): the user's own portal, My work when work waits, or where they came from."""

from __future__ import annotations

from test_auth import browser, submit_login
from test_login_return import login_from

from hpportal import testing
from hpportal.core.localroles import grant
from hpportal.core.portal import ROOT_KEY
from hpportal.core.principals import User
from hpportal.core.security import EDITOR, user_principal
from hpportal.core.workflow import force_state


def board_login(app, login: str, came_from: str | None = None) -> str:
    client = browser(app)
    if came_from is None:
        page = submit_login(client, login, testing.BOARD_PASSWORD)
    else:
        page = login_from(client, came_from, login, testing.BOARD_PASSWORD)
    assert page.status_int == 303
    return page.location


def test_a_component_portal_board_member_lands_on_that_portal(boards_app):
    assert board_login(boards_app, "so-a-btv") == "http://localhost/so-a/"
    assert board_login(boards_app, "so-b-ctv") == "http://localhost/so-b/"
    # The login link of the city home carries it as the return address: that is no choice of the user's.
    assert board_login(boards_app, "so-a-btv", "http://localhost/") == "http://localhost/so-a/"


def test_a_member_of_a_portal_s_group_lands_there_even_with_a_city_account(boards_app):
    def build(root, registry):
        principals = root[ROOT_KEY].principals
        user = principals.add_user(User("can-bo-moi", "Cán bộ mới", password=testing.BOARD_PASSWORD))
        so_b = root[ROOT_KEY]["so-b"].uid  # its collaborators: no work waits for them, so the portal is the landing
        group = next(g for g in principals.groups.values() if g.home == so_b and g.title.startswith("Cộng tác viên"))
        principals.add_member(group, user)

    testing.populate(boards_app, build)
    assert board_login(boards_app, "can-bo-moi") == "http://localhost/so-b/"


def test_a_city_account_lands_on_the_city_home(app):
    assert submit_login(browser(app), testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD).location == "http://localhost/"


def test_work_waiting_sends_to_my_work(boards_app):
    def submit(root, registry):
        force_state(root[ROOT_KEY]["so-a"]["tin-tuc"]["bai-1"], "pending", registry=registry)

    testing.populate(boards_app, submit)
    assert board_login(boards_app, "so-a-pd") == "http://localhost/my-work"  # the approver has it to approve
    assert board_login(boards_app, "so-b-pd") == "http://localhost/so-b/"  # not theirs
    assert board_login(boards_app, "so-a-ctv") == "http://localhost/so-a/"  # nothing for a collaborator to do


def test_an_explicit_return_address_still_wins(boards_app):
    assert board_login(boards_app, "so-a-btv", "/so-b/tin-tuc/bai-1") == "http://localhost/so-b/tin-tuc/bai-1"
    assert board_login(boards_app, "so-a-btv", "//evil.example/") == "http://localhost/so-a/"


def test_a_city_account_with_roles_granted_in_one_component_portal_lands_there(boards_app):
    def build(root, registry):
        site = root[ROOT_KEY]
        user = site.principals.add_user(User("btv-chia-se", "Biên tập được chia sẻ", password=testing.BOARD_PASSWORD))
        grant(site["so-b"]["tin-tuc"], user_principal(user.id), EDITOR, registry=registry)

    testing.populate(boards_app, build)
    assert board_login(boards_app, "btv-chia-se") == "http://localhost/so-b/"
