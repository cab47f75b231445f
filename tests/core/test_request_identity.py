"""Who is logged in is worked out once per request, not on every permission check of the page."""

from pyramid import testing as pyramid_testing
from pyramid.interfaces import ISecurityPolicy

from hpportal.core.principals import User
from hpportal.core.security import PortalSecurityPolicy


def count_lookups(app) -> list:
    policy = app.registry.getUtility(ISecurityPolicy)
    calls: list = []
    find_user = policy.find_user

    def counting(request, user_id):
        calls.append(user_id)
        return find_user(request, user_id)

    policy.find_user = counting
    return calls


def test_a_logged_in_home_page_looks_its_user_up_at_most_twice(app, admin_app):
    calls = count_lookups(app)
    page = admin_app.get("/")
    assert page.html.select_one(".manage-bar") is not None  # logged in: the page asked many permissions
    assert 1 <= len(calls) <= 2, f"{len(calls)} lookups of the user"


def test_the_identity_follows_a_login_a_logout_and_a_deactivation_within_the_request():
    users = {"u-1": User("an", "An"), "u-2": User("binh", "Bình")}
    policy = PortalSecurityPolicy(lambda request, user_id: users.get(user_id))
    request = pyramid_testing.DummyRequest()
    assert policy.identity(request) is None
    policy.remember(request, "u-1")
    assert policy.identity(request) is users["u-1"]
    policy.remember(request, "u-2")
    assert policy.identity(request) is users["u-2"]
    users["u-2"].active = False
    assert policy.identity(request) is None
    users["u-2"].active = True
    users["u-2"].session_epoch += 1  # logged out everywhere
    assert policy.identity(request) is None
    policy.remember(request, "u-1")
    policy.forget(request)
    assert policy.identity(request) is None
