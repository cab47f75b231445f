"""``hpportal upgrade`` gives a portal made before the dialogues its section: the city's and every component
portal's (the latter as a starter section)."""

from __future__ import annotations

from hpportal import testing
from hpportal.core.evolve import upgrade
from hpportal.core.portal import ROOT_KEY
from hpportal.dialogue.models import DialogueSection


def test_the_upgrade_adds_the_dialogues_section_to_the_city_and_each_portal(boards_app):
    def before(site):
        return [name for name in ("", "so-a", "so-b") if "doi-thoai" in (site[name] if name else site)]

    testing.populate(boards_app, lambda root, registry: root[ROOT_KEY].remove("doi-thoai", registry=registry))
    assert testing.read_site(boards_app, before) == []
    testing.populate(boards_app, lambda root, registry: upgrade(root[ROOT_KEY], registry))

    def sections(site):
        portals = [site, site["so-a"], site["so-b"]]
        return [isinstance(portal.get("doi-thoai"), DialogueSection) for portal in portals]

    assert testing.read_site(boards_app, sections) == [True, True, True]
