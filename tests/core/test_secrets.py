"""Secrets kept out of the .ini: the session secret and the Q&A key are made once, readable by their owner only."""

from __future__ import annotations

import stat

import pytest
from cryptography.fernet import Fernet
from pyramid.exceptions import ConfigurationError

from hpportal.core.app import session_secret
from hpportal.core.personaldata import cipher_key


def test_a_secret_in_the_settings_is_used_and_no_file_is_made(tmp_path):
    settings = {"hpportal.secret": "from-the-ini", "hpportal.secret_file": str(tmp_path / "secret")}
    assert session_secret(settings) == "from-the-ini"
    assert not (tmp_path / "secret").exists()


def test_the_first_start_makes_a_file_only_its_owner_reads_and_later_starts_read_it(tmp_path):
    settings = {"hpportal.secret_file": str(tmp_path / "var" / "secret")}
    first = session_secret(settings)
    path = tmp_path / "var" / "secret"
    assert len(first) == 64 and path.read_text() == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert session_secret(settings) == first  # the next start signs with the same secret
    assert [p.name for p in path.parent.iterdir()] == ["secret"]  # nothing left aside


def test_the_qa_key_file_holds_a_working_fernet_key(tmp_path):
    settings = {"hpportal.qa.key_file": str(tmp_path / "qa-key")}
    key = cipher_key(settings)
    assert Fernet(key).decrypt(Fernet(key).encrypt(b"031234567890")) == b"031234567890"
    assert stat.S_IMODE((tmp_path / "qa-key").stat().st_mode) == 0o600
    (tmp_path / "qa-key").write_text(key + "\n")  # an operator's copy with a final newline
    assert cipher_key(settings) == key


def test_neither_a_secret_nor_its_file_stops_start_up_with_what_to_set():
    with pytest.raises(ConfigurationError, match="set hpportal.secret, or hpportal.secret_file"):
        session_secret({})
    with pytest.raises(ConfigurationError, match="set hpportal.qa.key, or hpportal.qa.key_file"):
        cipher_key({"hpportal.qa.key_file": " "})
