"""No one can lock someone else's account (issue 12.28): failures lock the account only from the address
they came from; from everywhere they only make the account wait, a delay that grows but stays short."""

from __future__ import annotations

import re

import pytest
from test_auth import LOCKED, WAIT, WRONG, actions, browser, move_clock, submit_login

from hpportal import testing
from hpportal.core import audit
from hpportal.core.principals import MAX_DELAY_SECONDS


def waited(page) -> int:
    return int(re.search(r"đợi (\d+) giây", page.text).group(1))


@pytest.mark.parametrize(
    ("login", "password"),
    [(testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD), (testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD)],
)
def test_five_failures_from_five_addresses_do_not_lock_the_account(app, monkeypatch, login, password):
    for attempt in range(5):
        page = submit_login(browser(app, f"198.51.100.{attempt + 1}"), login, "đoán thử")
    assert LOCKED not in page.text and WAIT in page.text and waited(page) <= 2

    owner = browser(app, "203.0.113.7")
    page = submit_login(owner, login, password)
    assert LOCKED not in page.text and WAIT in page.text  # a moment to wait, not a lock
    move_clock(monkeypatch, 3)
    page = submit_login(owner, login, password)
    assert page.status_int == 303  # the password is accepted (then the second factor, when enrolled)
    assert "/login" not in page.location or page.location.endswith("/login-code")
    assert actions(app, login).count(audit.LOCKOUT) == 1


def test_the_account_s_delay_doubles_up_to_its_bound(app, monkeypatch):
    waits = []
    for attempt in range(14):
        page = submit_login(browser(app, f"198.51.100.{attempt + 1}"), testing.EDITOR_LOGIN, "đoán thử")
        assert LOCKED not in page.text
        if WAIT in page.text:
            waits.append(waited(page))
            # Trying while the account waits is refused without counting.
            assert WAIT in submit_login(browser(app, "198.51.100.200"), testing.EDITOR_LOGIN, "x").text
            move_clock(monkeypatch, waits[-1] + 1)  # (each move adds to the ones before)
        else:
            assert WRONG in page.text
    assert waits[:4] == [2, 4, 8, 16]
    assert max(waits) == MAX_DELAY_SECONDS and waits == sorted(waits)
    page = submit_login(browser(app, "203.0.113.7"), testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    assert page.status_int == 303


def test_a_successful_login_forgets_the_account_s_failures(app, monkeypatch):
    for attempt in range(5):
        submit_login(browser(app, f"198.51.100.{attempt + 1}"), testing.EDITOR_LOGIN, "đoán thử")
    move_clock(monkeypatch, 3)
    assert submit_login(browser(app, "203.0.113.7"), testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD).status_int == 303
    page = submit_login(browser(app, "198.51.100.9"), testing.EDITOR_LOGIN, "đoán thử")
    assert WRONG in page.text and WAIT not in page.text  # counting starts again
