"""Roles, local roles, inheritance and the ``allowed`` values, on the model (no web requests)."""

from hpportal.core.localroles import grant, revoke_all, set_blocked, set_local_roles
from hpportal.core.portal import Portal, SubPortal
from hpportal.core.principals import LOCK_SECONDS, MAX_FAILURES, Group, Principals, User
from hpportal.core.security import (
    ADMINISTRATOR,
    ANONYMOUS,
    DEFAULT_PERMISSION_MAP,
    EDIT,
    EDITOR,
    INSPECTOR,
    MANAGE_USERS,
    SITE_MANAGER,
    VIEW,
    allowed_to_view,
    allowed_tokens_for,
    has_permission_by_roles,
    roles_of,
    user_principal,
)
from hpportal.news.models import NewsArticle, Section


def tree():
    site = Portal(title="Thành phố")
    site.add("so-a", SubPortal(title="Sở A"), registry=None)
    site["so-a"].add("tin-tuc", Section(title="Tin tức"), registry=None)
    site["so-a"]["tin-tuc"].add("bai", NewsArticle(title="Bài"), registry=None)
    return site


def user(login="u", roles=()):
    return User(login, login.title(), roles=roles)


def test_local_roles_are_inherited_downwards_and_stop_where_blocked():
    site = tree()
    someone = user()
    section = site["so-a"]["tin-tuc"]
    grant(section, user_principal(someone.id), EDITOR, registry=None)
    assert EDITOR in roles_of(someone, section["bai"])
    assert EDITOR not in roles_of(someone, site["so-a"])
    set_blocked(section, True, registry=None)
    assert EDITOR in roles_of(someone, section["bai"])  # granted on the blocking folder itself
    grant(site["so-a"], user_principal(someone.id), SITE_MANAGER, registry=None)
    assert SITE_MANAGER not in roles_of(someone, section["bai"])
    set_blocked(section, False, registry=None)
    assert SITE_MANAGER in roles_of(someone, section["bai"])
    revoke_all(section, user_principal(someone.id), registry=None)
    assert EDITOR not in roles_of(someone, section["bai"])


def test_component_portals_block_the_city_board_but_not_global_roles():
    site = tree()
    city_editor, manager = user("btv"), user("qt", roles={SITE_MANAGER})
    grant(site, user_principal(city_editor.id), EDITOR, registry=None)
    article = site["so-a"]["tin-tuc"]["bai"]
    assert EDITOR not in roles_of(city_editor, article)
    assert SITE_MANAGER in roles_of(manager, article)


def test_groups_carry_their_roles_to_members_and_grants_survive_renames():
    site, principals = tree(), Principals()
    board = principals.add_group(Group("Biên tập viên — Sở A"))
    member = principals.add_user(user("btv"))
    principals.add_member(board, member)
    grant(site["so-a"], board.principal, EDITOR, registry=None)
    site.rename("so-a", "so-a-moi", registry=None)
    principals.change_login(member, "btv-moi")
    assert EDITOR in roles_of(member, site["so-a-moi"]["tin-tuc"]["bai"])
    principals.remove_member(board, member)
    assert EDITOR not in roles_of(member, site["so-a-moi"]["tin-tuc"]["bai"])
    assert principals.by_login("btv-moi") is member and principals.by_login("btv") is None


def test_permissions_follow_the_role_map_and_administrators_have_all():
    article = tree()["so-a"]["tin-tuc"]["bai"]
    assert has_permission_by_roles({ANONYMOUS}, VIEW, article)
    assert not has_permission_by_roles({ANONYMOUS, INSPECTOR}, EDIT, article)
    assert not has_permission_by_roles({EDITOR}, MANAGE_USERS, article)
    assert has_permission_by_roles({ADMINISTRATOR}, MANAGE_USERS, article)


def test_allowed_values_name_who_may_view():
    site = tree()
    article = site["so-a"]["tin-tuc"]["bai"]
    assert allowed_to_view(article) == ["role:Anonymous"]
    editor = user("btv")
    set_local_roles(site["so-a"], user_principal(editor.id), {EDITOR}, registry=None)
    article.permission_map = {**DEFAULT_PERMISSION_MAP, ANONYMOUS: frozenset()}
    allowed = allowed_to_view(article)
    assert "role:Anonymous" not in allowed
    assert {"role:Administrator", "role:Inspector", user_principal(editor.id)} <= set(allowed)
    assert set(allowed_tokens_for(editor)) & set(allowed)
    assert not set(allowed_tokens_for(None)) & set(allowed)
    assert not set(allowed_tokens_for(user("other"))) & set(allowed)


def test_failed_logins_lock_for_a_while_then_count_again():
    principals = Principals()
    keys = ["login:a", "addr:10.0.0.1"]
    for _ in range(MAX_FAILURES - 1):
        assert not principals.record_failure(keys, now=1000.0)
    assert principals.locked_until(keys, now=1000.0) is None
    assert principals.record_failure(keys, now=1000.0)
    assert principals.locked_until(["login:a"], now=1001.0) == 1000.0 + LOCK_SECONDS
    assert principals.locked_until(keys, now=1000.0 + LOCK_SECONDS + 1) is None
    assert not principals.record_failure(keys, now=1000.0 + LOCK_SECONDS + 1)


def test_reset_links_work_once_and_expire():
    principals = Principals()
    someone = principals.add_user(user("a"))
    token = principals.new_reset_token(someone, now=0.0, lifetime=60)
    assert principals.peek_reset_token(token, now=30.0) is someone
    assert principals.peek_reset_token(token, now=61.0) is None
    assert principals.use_reset_token(token, now=30.0) is someone
    assert principals.use_reset_token(token, now=30.0) is None
    assert principals.use_reset_token("forged", now=30.0) is None


def test_recovery_codes_are_kept_hashed_and_work_once():
    someone = user("a")
    codes = someone.new_recovery_codes()
    assert len(codes) == 10 and codes[0] not in someone.recovery_codes
    assert someone.use_recovery_code(codes[0].upper())
    assert not someone.use_recovery_code(codes[0])
    assert len(someone.recovery_codes) == 9


def test_failures_far_apart_never_add_up_to_a_lock():
    principals = Principals()
    keys = ["login:a"]
    for day in range(MAX_FAILURES + 2):
        assert not principals.record_failure(keys, now=day * 86400.0)
    assert principals.locked_until(keys, now=(MAX_FAILURES + 2) * 86400.0) is None
