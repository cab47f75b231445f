"""Two requests writing the audit log at the same moment both commit; the log still reads in time order (13.8).

Every login, failed login and workflow step appends to the log. Two ZODB connections over one real
FileStorage, each with its own transaction manager, append from the same starting state and commit one
after the other: the second commit must resolve against the first, not raise ConflictError.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
import transaction
import ZODB
from BTrees.LOBTree import LOBTree
from ZODB.FileStorage import FileStorage
from ZODB.POSException import ConflictError

from hpportal.core import audit
from hpportal.core.audit import AuditLog, Entry

MOMENT = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = ZODB.DB(FileStorage(str(tmp_path / "Data.fs")))
    yield database
    database.close()


@pytest.fixture(autouse=True)
def draws(monkeypatch):
    """The log's random draws from one seeded generator: a run is repeatable."""
    monkeypatch.setattr(audit, "random", random.Random(13))


def entry(when: datetime, target: str, action: str = audit.LOGIN) -> Entry:
    return Entry(when=when, action=action, actor_id=None, actor=target, target=target, detail="", address="")


def stored(db, build) -> None:
    tm = transaction.TransactionManager()
    conn = db.open(transaction_manager=tm)
    with tm:
        build(conn.root())
    conn.close()


def read(db):
    conn = db.open(transaction_manager=transaction.TransactionManager())
    try:
        log = conn.root()["audit"]
        return len(log), [e.target for e in log.entries()]
    finally:
        conn.close()


def append_concurrently(db, first: Entry, second: Entry) -> None:
    managers = transaction.TransactionManager(), transaction.TransactionManager()
    one, two = (db.open(transaction_manager=tm) for tm in managers)
    one.root()["audit"].append(first)
    two.root()["audit"].append(second)
    try:
        managers[0].commit()
        managers[1].commit()  # raised ConflictError: both wrote the last bucket of one tree, or the same key
    finally:
        managers[1].abort()
        one.close()
        two.close()


@pytest.mark.parametrize("existing", [0, 3, 500])  # an empty log, one bucket, buckets that split
def test_two_logins_in_the_same_microsecond_both_commit(db, existing):
    def build(root):
        root["audit"] = log = AuditLog()
        for n in range(existing):
            log.append(entry(MOMENT - timedelta(seconds=existing - n), f"old-{n}"))

    stored(db, build)
    append_concurrently(db, entry(MOMENT, "mot"), entry(MOMENT, "hai"))
    count, targets = read(db)
    assert count == existing + 2
    assert sorted(targets[:2]) == ["hai", "mot"]  # the newest first
    assert targets[2:] == [f"old-{n}" for n in range(existing - 1, -1, -1)]


def test_pairs_of_concurrent_appends_past_many_bucket_splits_hardly_ever_conflict(db):
    """Pair after pair as the log grows. Both of a pair meet only when they pick the same of 16 trees and one
    of them splits its bucket (about one pair in a thousand); pyramid_retry's next attempt then commits.
    One tree for the whole log conflicted at every split, about one pair in fifteen."""
    stored(db, lambda root: root.__setitem__("audit", AuditLog()))
    conflicts = 0
    for n in range(300):
        moment = MOMENT + timedelta(seconds=n)
        first, second = entry(moment, f"a-{n}"), entry(moment + timedelta(microseconds=1), f"b-{n}")
        try:
            append_concurrently(db, first, second)
        except ConflictError:
            conflicts += 1
            stored(db, lambda root, second=second: root["audit"].append(second))  # the retried request
    count, targets = read(db)
    assert count == 600
    assert conflicts <= 2
    assert targets[:4] == ["b-299", "a-299", "b-298", "a-298"]
    assert targets[-2:] == ["b-0", "a-0"]


def test_a_page_of_the_log_and_a_time_range_read_newest_first(db):
    def build(root):
        root["audit"] = log = AuditLog()
        for n in range(100):
            log.append(entry(MOMENT + timedelta(minutes=n), f"e-{n}"))

    stored(db, build)
    conn = db.open(transaction_manager=transaction.TransactionManager())
    log = conn.root()["audit"]
    assert [e.target for e in log.newest(0, 3)] == ["e-99", "e-98", "e-97"]
    assert [e.target for e in log.newest(98, 5)] == ["e-1", "e-0"]
    since, until = MOMENT + timedelta(minutes=10), MOMENT + timedelta(minutes=12)
    assert [e.target for e in log.entries(since=since, until=until)] == ["e-12", "e-11", "e-10"]
    far = datetime(9999, 12, 31, 23, 59, tzinfo=UTC)  # beyond what a key can hold: the whole log
    assert len(list(log.entries(until=far))) == 100
    conn.close()


def old_log(targets_by_minute) -> AuditLog:
    """A log as it was stored before the keys were spread: one tree keyed by the microsecond."""
    log = AuditLog.__new__(AuditLog)
    log._entries = LOBTree()
    for minute, target in targets_by_minute:
        when = MOMENT + timedelta(minutes=minute)
        log._entries[int(when.timestamp() * 1_000_000)] = entry(when, target)
    return log


def test_a_log_from_before_reads_in_order_and_its_upgrade_keeps_the_order(db):
    stored(db, lambda root: root.__setitem__("audit", old_log([(0, "first"), (1, "second"), (2, "third")])))
    assert read(db) == (3, ["third", "second", "first"])  # before the upgrade

    def upgrade(root):
        assert root["audit"].spread() == 3
        assert root["audit"].spread() == 0  # twice changes nothing

    stored(db, upgrade)
    assert read(db) == (3, ["third", "second", "first"])
    append_concurrently(db, entry(MOMENT + timedelta(minutes=3), "fourth"), entry(MOMENT, "same-as-first"))
    count, targets = read(db)
    assert count == 5 and targets[:3] == ["fourth", "third", "second"]
    assert sorted(targets[3:]) == ["first", "same-as-first"]


def test_an_old_log_is_spread_by_its_first_append(db):
    stored(db, lambda root: root.__setitem__("audit", old_log([(0, "first"), (2, "third")])))
    stored(db, lambda root: root["audit"].append(entry(MOMENT + timedelta(minutes=1), "second")))
    assert read(db) == (3, ["third", "second", "first"])
