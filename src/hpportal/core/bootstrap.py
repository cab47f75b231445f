"""Creating the portal in an empty database (``hpportal init``), never on a request."""

from __future__ import annotations

from hpportal.core.catalog import CATALOG_VERSION, make_catalog
from hpportal.core.evolve import upgrade_steps
from hpportal.core.languages import CITY_TITLES, add_language_root
from hpportal.core.portal import ROOT_KEY, Portal
from hpportal.core.principals import User
from hpportal.core.security import ADMINISTRATOR

DEFAULT_TITLE = "Cổng Thông tin điện tử thành phố Hải Phòng"


class PortalExists(RuntimeError):
    pass


def create_portal(root, registry, *, title: str = DEFAULT_TITLE, description: str = "") -> Portal:
    """Put a new, empty Portal with its catalog at the database root."""
    if ROOT_KEY in root:
        raise PortalExists("the database already holds a portal")
    portal = Portal(title=title, description=description)
    portal.catalog = make_catalog(registry)
    portal.catalog_version = CATALOG_VERSION
    root[ROOT_KEY] = portal
    for language, name in CITY_TITLES.items():
        add_language_root(portal, language, name, registry=registry)
    for step in upgrade_steps(registry):  # what capabilities add to every portal
        step(portal, registry)
    return portal


def add_manager(portal: Portal, login: str, password: str, title: str = "Quản trị hệ thống", email: str = "") -> User:
    """An Administrator account (the first one is made by ``hpportal init``)."""
    return portal.principals.add_user(User(login, title, email=email, roles={ADMINISTRATOR}, password=password))
