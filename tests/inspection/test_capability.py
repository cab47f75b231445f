"""Inspection is a capability of its own (issue 13, point 12): switched on in ``main()``, its links in the
item's bar and the user menu come from it, and notes stored when it was part of core are still read."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass
from datetime import UTC, datetime

from pyramid.config import Configurator
from webtest import TestApp

from hpportal import testing
from hpportal.core.app import root_factory
from hpportal.core.portal import ROOT_KEY
from hpportal.inspection.models import InspectionNote, notes_of

ARTICLE = "/so-a/tin-tuc/bai-1"


def test_an_inspector_finds_the_notes_through_the_links_the_capability_adds(browser_as):
    inspector = browser_as("thanhtra")
    page = inspector.get(ARTICLE)
    bar = {a.text.strip(): a["href"] for a in page.html.select("ul.actions a")}
    assert bar["Ghi chú kiểm tra"].endswith(ARTICLE + "/inspection")
    menu = {a.text.strip(): a["href"] for a in page.html.select("a") if a["href"].endswith("/inspections")}
    assert list(menu.values()) == ["http://localhost/so-a/inspections"]
    assert "Ghi chú kiểm tra" not in browser_as("so-a-ctv").get(ARTICLE).text  # a collaborator reads none


def test_without_the_capability_there_are_no_inspection_pages(tmp_path):
    with Configurator(settings=testing.settings_for(tmp_path / "var"), root_factory=root_factory) as config:
        config.include("hpportal.core")
        config.include("hpportal.news")
    app = config.make_wsgi_app()
    try:
        testing.populate(app, testing.two_portals)
        assert "inspected" not in app.registry.catalog_indexes
        inspector = TestApp(app)
        testing.login(inspector, "thanhtra", testing.BOARD_PASSWORD)
        assert "/inspection" not in inspector.get(ARTICLE).text
        inspector.get(ARTICLE + "/inspection", status=404)
    finally:
        testing.database(app).close()


def test_notes_stored_when_inspection_was_part_of_core_are_read(app):
    """A note pickled as ``hpportal.core.inspection.InspectionNote`` (before the move) reads as today's."""
    old = types.ModuleType("hpportal.core.inspection")

    @dataclass(frozen=True)
    class OldNote:
        when: datetime
        author_id: str
        author_title: str
        text: str

    OldNote.__module__ = old.__name__
    OldNote.__name__ = OldNote.__qualname__ = "InspectionNote"
    old.InspectionNote = OldNote
    sys.modules[old.__name__] = old
    try:
        when = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
        testing.populate(
            app,
            lambda root, registry: setattr(
                root[ROOT_KEY], "inspection_notes", (OldNote(when, "u-1", "thanhtra", "Cũ"),)
            ),
        )
    finally:
        del sys.modules[old.__name__]
    app.registry._zodb_databases[""].cacheMinimize()  # read from the storage, not from memory
    [note] = testing.read_site(app, notes_of)
    assert isinstance(note, InspectionNote) and note.text == "Cũ" and note.when == when
