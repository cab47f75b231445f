"""Folder: BTree storage, order, names and the events of add, remove, rename and move."""

import pytest
import transaction
from pyramid.config import Configurator
from ZODB import DB
from ZODB.MappingStorage import MappingStorage

from hpportal.core.events import ObjectAdded, ObjectModified, ObjectMoved, ObjectRemoved, ObjectWillBeRemoved
from hpportal.core.folder import Folder
from hpportal.core.names import InvalidName, NameTaken, ReservedName


class Recorder:
    def __init__(self):
        self.events = []
        config = Configurator()
        config.include("hpportal.core.names")
        for name in ("edit", "search"):  # views of the app: content may not take their names
            config.add_view(lambda context, request: {}, name=name, renderer="json")
        config.commit()
        self.registry = config.registry
        for kind in (ObjectAdded, ObjectWillBeRemoved, ObjectRemoved, ObjectMoved, ObjectModified):
            self.registry.registerHandler(self.events.append, (kind,))

    def kinds(self):
        return [type(e).__name__ for e in self.events]


@pytest.fixture
def rec():
    return Recorder()


def test_empty_folder_is_truthy():
    folder = Folder()
    assert len(folder) == 0
    assert folder
    assert bool(folder) is True


def test_add_keeps_order_and_parent(rec):
    folder = Folder()
    for name in ("c", "a", "b"):
        folder.add(name, Folder(), registry=rec.registry)
    assert folder.keys() == ["c", "a", "b"]
    assert len(folder) == 3
    assert folder["a"].__parent__ is folder and folder["a"].__name__ == "a"
    assert rec.kinds() == ["ObjectAdded"] * 3


def test_taken_reserved_and_malformed_names_refused(rec):
    folder = Folder()
    folder.add("tin-tuc", Folder(), registry=rec.registry)
    with pytest.raises(NameTaken):
        folder.add("tin-tuc", Folder(), registry=rec.registry)
    with pytest.raises(ReservedName):
        folder.add("edit", Folder(), registry=rec.registry)
    with pytest.raises(InvalidName):
        folder.add("Tin Tức", Folder(), registry=rec.registry)
    assert folder.keys() == ["tin-tuc"]


def test_unique_name_appends_a_number(rec):
    folder = Folder()
    assert folder.unique_name("Sở Xây dựng") == "so-xay-dung"
    folder.add("so-xay-dung", Folder(), registry=None)
    assert folder.unique_name("Sở Xây dựng") == "so-xay-dung-2"
    folder.add("so-xay-dung-2", Folder(), registry=None)
    assert folder.unique_name("Sở Xây dựng") == "so-xay-dung-3"
    assert folder.unique_name("Search", registry=rec.registry) == "search-2"
    assert folder.unique_name("☺ !", fallback="page") == "page"


def test_remove_fires_events_in_order(rec):
    folder = Folder()
    folder.add("a", Folder(), registry=rec.registry)
    child = folder.remove("a", registry=rec.registry)
    assert child.__parent__ is None
    assert "a" not in folder and len(folder) == 0
    assert rec.kinds() == ["ObjectAdded", "ObjectWillBeRemoved", "ObjectRemoved"]
    assert rec.events[-1].old_path == "/a"


def test_rename_keeps_position(rec):
    folder = Folder()
    for name in ("a", "b", "c"):
        folder.add(name, Folder(), registry=None)
    folder.rename("b", "bee", registry=rec.registry)
    assert folder.keys() == ["a", "bee", "c"]
    event = rec.events[-1]
    assert isinstance(event, ObjectMoved) and event.old_name == "b" and event.new_name == "bee"
    assert event.old_path == "/b"


def test_rename_to_taken_name_changes_nothing(rec):
    folder = Folder()
    folder.add("a", Folder(), registry=None)
    folder.add("b", Folder(), registry=None)
    with pytest.raises(NameTaken):
        folder.rename("a", "b", registry=rec.registry)
    assert folder.keys() == ["a", "b"] and rec.events == []


def test_move_between_folders(rec):
    root = Folder()
    root.add("src", Folder(), registry=None)
    root.add("dst", Folder(), registry=None)
    root["src"].add("item", Folder(), registry=None)
    root["src"].move("item", root["dst"], registry=rec.registry)
    assert "item" not in root["src"] and root["dst"]["item"].__parent__ is root["dst"]
    assert rec.kinds() == ["ObjectMoved"]
    assert rec.events[0].old_path == "/src/item"


def test_cannot_move_a_folder_into_itself():
    root = Folder()
    root.add("a", Folder(), registry=None)
    root["a"].add("b", Folder(), registry=None)
    with pytest.raises(ValueError, match="into itself"):
        root.move("a", root["a"]["b"], registry=None)
    assert "a" in root


def test_move_by_and_reorder():
    folder = Folder()
    for name in "abcde":
        folder.add(name, Folder(), registry=None)
    folder.move_by("d", -1, registry=None)
    assert folder.keys() == list("abdce")
    folder.move_by("a", 3, registry=None)
    assert folder.keys() == list("bdcae")
    folder.reorder(["e", "b"], registry=None)
    assert folder.keys() == list("ebdca")
    assert folder.position_of("d") == 2
    assert folder.names_between(1, 3) == ["b", "d"]


def test_folder_persists_in_a_real_database():
    db = DB(MappingStorage())
    conn = db.open()
    conn.root()["f"] = folder = Folder()
    for i in range(300):
        folder.add(f"item-{i}", Folder(), registry=None)
    transaction.commit()
    other = db.open(transaction_manager=transaction.TransactionManager())
    loaded = other.root()["f"]
    assert len(loaded) == 300 and loaded.keys()[:2] == ["item-0", "item-1"]
    other.close()
    conn.close()
    db.close()
