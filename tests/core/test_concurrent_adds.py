"""Two people adding to one folder at the same moment: both transactions commit (issue 13.3).

Two ZODB connections over one real FileStorage, each with its own transaction manager, add to the same
folder from the same starting state, then commit one after the other: the second commit must resolve
against the first, not raise ConflictError.
"""

from __future__ import annotations

import pytest
import transaction
import ZODB
from ZODB.FileStorage import FileStorage

from hpportal.core.folder import Folder


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
