"""Two people adding to one folder at the same moment: both transactions commit (issue 13.3).

Two ZODB connections over one real FileStorage, each with its own transaction manager, add to the same
folder from the same starting state, then commit one after the other: the second commit must resolve
against the first, not raise ConflictError.
"""

from __future__ import annotations

import shutil
from types import SimpleNamespace

import pytest
import transaction
import ZODB
from ZODB.FileStorage import FileStorage
from ZODB.POSException import ConflictError

from hpportal import testing
from hpportal.core.folder import Folder
from hpportal.core.portal import ROOT_KEY
from hpportal.qa.intake import _store
from hpportal.qa.models import Question


@pytest.fixture
def db(tmp_path):
    database = ZODB.DB(FileStorage(str(tmp_path / "Data.fs")))
    yield database
    database.close()


def two_connections(db):
    managers = transaction.TransactionManager(), transaction.TransactionManager()
    connections = [db.open(transaction_manager=tm) for tm in managers]
    return list(zip(connections, managers, strict=True))


@pytest.mark.parametrize("existing", [0, 3, 200])  # an empty folder, one bucket, several buckets
def test_two_concurrent_adds_to_one_folder_both_commit(db, existing):
    tm = transaction.TransactionManager()
    conn = db.open(transaction_manager=tm)
    with tm:
        folder = conn.root()["folder"] = Folder()
        for n in range(existing):
            folder.add(f"old-{n}", Folder(), registry=None)
    conn.close()

    (one, tm1), (two, tm2) = two_connections(db)
    one.root()["folder"].add("mot", Folder(), registry=None)
    two.root()["folder"].add("hai", Folder(), registry=None)
    tm1.commit()
    tm2.commit()  # raised ConflictError: both took position maxKey() + 1
    one.close()
    two.close()

    tm = transaction.TransactionManager()
    with tm:
        folder = db.open(transaction_manager=tm).root()["folder"]
        names = folder.keys()
        assert len(folder) == existing + 2
        assert names[:existing] == [f"old-{n}" for n in range(existing)]  # the new come after the existing
        assert sorted(names[existing:]) == ["hai", "mot"]
        assert [folder.position_of(name) for name in names] == list(range(existing + 2))


def test_order_apis_keep_working_after_concurrent_adds(db):
    tm = transaction.TransactionManager()
    conn = db.open(transaction_manager=tm)
    with tm:
        folder = conn.root()["folder"] = Folder()
        folder.add("a", Folder(), registry=None)
    conn.close()
    (one, tm1), (two, tm2) = two_connections(db)
    one.root()["folder"].add("b", Folder(), registry=None)
    two.root()["folder"].add("c", Folder(), registry=None)
    tm1.commit()
    tm2.commit()
    one.close()
    two.close()
    tm = transaction.TransactionManager()
    with tm:
        folder = db.open(transaction_manager=tm).root()["folder"]
        last = folder.keys()[-1]
        folder.move_by(last, -2)
        assert folder.keys()[0] == last
        folder.reorder(["c", "b"])
        assert folder.keys() == ["c", "b", "a"]
        folder.add("d", Folder(), registry=None)
        assert folder.keys() == ["c", "b", "a", "d"] and folder.names_between(1, 3) == ["b", "a"]


@pytest.fixture
def qa_app(tmp_path, basic_database):
    directory = tmp_path / "var"
    shutil.copytree(basic_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory))
    testing.populate(app, lambda root, registry: ask(root, registry, "Câu hỏi đã có"))  # a section in use
    yield app
    testing.database(app).close()


def ask(root, registry, title: str) -> Question:
    """What the ask form stores (``qa.intake._store``): a question in the city's Q&A section, indexed at commit."""
    question = Question(title=title, text="Xin hỏi thủ tục.")
    _store(root[ROOT_KEY]["hoi-dap"], question, [], SimpleNamespace(registry=registry))
    return question


def folder_oids(section) -> set:
    return {section._p_oid} | {
        tree._p_oid for tree in (section._data, section._order, section._position, section._num) if tree._p_oid
    }


def test_two_citizens_asking_at_the_same_moment_both_get_their_question_in(qa_app):
    """The section itself never conflicts. The catalog still may (two questions bringing the same new word to
    the text index's lexicon): that is resolved by pyramid_retry's next attempt, which sees the other's words."""
    registry = qa_app.registry
    (one, tm1), (two, tm2) = two_connections(testing.database(qa_app))
    first = ask(one.root(), registry, "Hỏi về cấp phép xây dựng")
    second = ask(two.root(), registry, "Hỏi về đăng ký kinh doanh")
    tm1.commit()
    conflicted = None
    try:
        tm2.commit()
    except ConflictError as conflict:
        conflicted = conflict.oid
        tm2.abort()
        second = ask(two.root(), registry, "Hỏi về đăng ký kinh doanh")  # the retry of the request
        tm2.commit()
    assert conflicted not in folder_oids(two.root()[ROOT_KEY]["hoi-dap"]), "the section's order conflicted"
    one.close()
    two.close()

    tm = transaction.TransactionManager()
    with tm:
        site = testing.database(qa_app).open(transaction_manager=tm).root()[ROOT_KEY]
        section = site["hoi-dap"]
        codes = {q.code for q in section.values() if isinstance(q, Question)}
        assert {first.code, second.code} <= codes and len(codes) == 3
        assert section.keys()[0] != first.__name__  # the question asked before comes first
        indexed = set(site.catalog.paths_under("/hoi-dap"))
        assert {f"/hoi-dap/{first.__name__}", f"/hoi-dap/{second.__name__}"} <= indexed
