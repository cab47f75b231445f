"""Hỏi - Đáp from cron: ``hpportal qa-reminders`` mails each agency's Responders the questions overdue or due soon and
each board the overdue ones of its Q&A; ``hpportal qa-anonymise`` erases the senders' personal data once the retention
period of closed questions ends."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest
import transaction

from hpportal import testing
from hpportal.core import audit, clock
from hpportal.core.localroles import grant
from hpportal.core.portal import ROOT_KEY
from hpportal.core.principals import User
from hpportal.core.security import RESPONDER, user_principal
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.workflow import force_state
from hpportal.qa import commands
from hpportal.qa.models import Agency, Question
from hpportal.scripts.main import main


def local(day: int, hour: int = 17, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=LOCAL_TZ).astimezone(UTC)


#: Wednesday 18 November 2026, 09:00 in Hải Phòng (November 2026 has no holiday).
NOW = local(18, 9)
PUBLIC_URL = "https://congthongtin.haiphong.gov.vn"
POLICE = "Công an thành phố"

#: (portal, name, state, agency, due, answered): the sender of each is "Người hỏi <name>".
QUESTIONS = [
    ("so-a", "qua-han", "assigned", "so-b", local(16), None),  # Monday: overdue
    ("so-a", "sap-den-han", "in_progress", "so-b", local(20), None),  # Friday: 2 working days left
    ("so-a", "chua-den-han", "assigned", "so-b", local(23), None),  # next Monday: 3 working days, 5 days
    ("so-b", "cong-an", "assigned", "cong-an", local(13), None),  # overdue, on so-b's Q&A, for the police
    ("so-a", "da-tra-loi", "answered", "so-b", local(10), local(9)),  # answered: no longer the agency's
    ("so-a", "dong-cu", "closed", "so-b", local(1, year=2021), local(3, month=6, year=2021)),
    ("so-a", "dang-cu", "published", "so-b", local(1, year=2021), local(5, month=6, year=2021)),
    ("so-a", "dong-moi", "closed", "so-b", local(1, year=2025), local(3, year=2025)),
    ("so-b", "tu-choi-cu", "rejected", None, None, None),  # rejected in 2020: only modified tells when
]


def _build(root, registry):
    site = root[ROOT_KEY]
    police = Agency(title=POLICE)
    site["hoi-dap"].add("cong-an", police, registry=registry)
    responders = {}
    for login, where in (("so-b-tl", site["so-b"]), ("congan", police)):
        user = site.principals.add_user(
            User(login, login, email=f"{login}@haiphong.gov.vn", password=testing.BOARD_PASSWORD)
        )
        grant(where, user_principal(user.id), RESPONDER, registry=registry)
        responders[where.uid] = user
    agencies = {"so-b": site["so-b"], "cong-an": police}
    for portal, name, state, agency_name, due, answered in QUESTIONS:
        question = Question(
            title=f"Câu hỏi {name}",
            text="Nội dung câu hỏi.",
            full_name=f"Người hỏi {name}",
            address="Số 5 Lạch Tray",
            phone="0912345678",
            email=f"{name}@example.vn",
            received=local(1, 9, year=2020),
            due=due,
            answered=answered,
            answer="Câu trả lời." if answered else "",
        )
        question.set_citizen_id(registry.qa_cipher, "031085001234")
        if agency_name:
            agency = agencies[agency_name]
            question.agency, question.agency_title = agency.uid, agency.title
            question.grant_agency(agency)  # as the board's assignment does
        site[portal]["hoi-dap"].add(name, question, registry=registry)
        force_state(question, state, registry=registry)
        question.modified = local(1, 9, year=2020) if name == "tu-choi-cu" else NOW


@pytest.fixture
def var(tmp_path, boards_database):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory))
    testing.populate(app, _build)
    testing.database(app).close()
    return directory


@pytest.fixture
def now():
    clock.set_clock(lambda: NOW)
    yield NOW
    clock.set_clock(None)


def mail_settings(port: int) -> dict:
    return {"mail.host": "127.0.0.1", "mail.port": str(port), "mail.default_sender": "hoidap@haiphong.gov.vn"}


@pytest.fixture
def open_app(var, smtp_server):
    """``open_app(**settings)``: an app on the database with the test mail server; its connection is closed after."""
    opened = []

    def make(**extra):
        settings = {**mail_settings(smtp_server.port), "hpportal.public_url": PUBLIC_URL, **extra}
        app = testing.make_app(testing.settings_for(var, **settings))
        conn = testing.database(app).open()
        opened.append((app, conn))
        return app, conn, conn.root()[ROOT_KEY]

    yield make
    for app, conn in opened:
        conn.close()
        testing.database(app).close()


def write_ini(var, **settings):
    lines = [
        "[app:main]",
        "use = egg:hpportal",
        *(f"{key} = {value}" for key, value in testing.settings_for(var, **settings).items()),
    ]
    path = var.parent / "portal.ini"
    path.write_text("\n".join(lines) + "\n")
    return path


def mailed(smtp) -> dict[str, tuple[str, str]]:
    """address -> (subject, body) of every message received."""
    found = {}
    for recipients, message in zip(smtp.recipients, smtp.messages, strict=True):
        for address in recipients:
            assert address not in found, f"{address} got two messages"
            found[address] = (message["Subject"], message.get_content())
    return found


def codes(site) -> dict[str, str]:
    return {name: site[portal]["hoi-dap"][name].code for portal, name, *_rest in QUESTIONS}


# -- reminders -----------------------------------------------------------------------------------------------------


def test_reminders_tell_each_agency_its_items_and_each_board_its_overdue_ones(open_app, smtp, now):
    app, conn, site = open_app()
    code = codes(site)
    done = commands.send_reminders(site, app.registry, now)
    assert smtp.messages == []  # queued: they go when the transaction commits
    transaction.commit()
    assert done.not_queued == [] and done.warnings == []
    assert [(s.title, s.overdue, s.soon, s.addresses) for s in done.agencies] == [
        (POLICE, 1, 0, ["congan@haiphong.gov.vn"]),
        ("Sở B", 1, 1, ["so-b-tl@haiphong.gov.vn"]),
    ]
    assert [(s.title, s.overdue, sorted(s.addresses)) for s in done.boards] == [
        ("Sở A", 1, ["so-a-btv@haiphong.gov.vn", "so-a-pd@haiphong.gov.vn"]),
        ("Sở B", 1, ["so-b-btv@haiphong.gov.vn", "so-b-pd@haiphong.gov.vn"]),
    ]
    mail = mailed(smtp)
    assert set(mail) == {
        "congan@haiphong.gov.vn",
        "so-b-tl@haiphong.gov.vn",
        "so-a-btv@haiphong.gov.vn",
        "so-a-pd@haiphong.gov.vn",
        "so-b-btv@haiphong.gov.vn",
        "so-b-pd@haiphong.gov.vn",
    }
    assert smtp.messages[0]["From"] == "hoidap@haiphong.gov.vn"
    assert smtp.messages[0]["Auto-Submitted"] == "auto-generated"

    # Sở B answers an overdue question and one due on Friday; not the one due in 3 working days, nor the police's on
    # its own portal's Q&A (so-b-tl is a Responder there through the portal, but for Sở B only).
    subject, body = mail["so-b-tl@haiphong.gov.vn"]
    assert subject == "Câu hỏi Sở B cần trả lời: 1 quá hạn, 1 sắp đến hạn"
    assert "Quá hạn:" in body and "Đến hạn trong 2 ngày làm việc tới:" in body
    assert f"{code['qua-han']} “Câu hỏi qua-han”, hạn trả lời 16/11/2026: {PUBLIC_URL}/so-a/hoi-dap/qua-han/" in body
    assert body.index(code["qua-han"]) < body.index("Đến hạn trong") < body.index(code["sap-den-han"])
    assert f"hạn trả lời 20/11/2026: {PUBLIC_URL}/so-a/hoi-dap/sap-den-han/" in body
    for other in ("chua-den-han", "cong-an", "da-tra-loi", "dong-cu"):
        assert code[other] not in body
    assert "Người hỏi" not in body and "0912345678" not in body  # nothing about the senders

    subject, body = mail["congan@haiphong.gov.vn"]
    assert subject == f"Câu hỏi {POLICE} cần trả lời: 1 quá hạn, 0 sắp đến hạn"
    assert code["cong-an"] in body and "13/11/2026" in body and "Đến hạn trong" not in body
    assert code["qua-han"] not in body

    subject, body = mail["so-a-pd@haiphong.gov.vn"]
    assert subject == "[Sở A] Câu hỏi quá hạn trả lời: 1"
    assert (
        f"{code['qua-han']} “Câu hỏi qua-han”, Sở B, hạn trả lời 16/11/2026: {PUBLIC_URL}/so-a/hoi-dap/qua-han/" in body
    )
    assert code["sap-den-han"] not in body and code["cong-an"] not in body
    subject, body = mail["so-b-btv@haiphong.gov.vn"]
    assert subject == "[Sở B] Câu hỏi quá hạn trả lời: 1"
    assert code["cong-an"] in body and POLICE in body and code["qua-han"] not in body


def test_due_soon_counts_working_days(open_app, smtp, now):
    app, conn, site = open_app()
    code = codes(site)
    done = commands.send_reminders(site, app.registry, now, soon_days=3, dry_run=True)
    letter = next(letter for letter in done.letters if letter.to == "so-b-tl@haiphong.gov.vn")
    assert code["chua-den-han"] in letter.body  # Thursday, Friday, Monday
    assert letter.items == ["/so-a/hoi-dap/qua-han", "/so-a/hoi-dap/sap-den-han", "/so-a/hoi-dap/chua-den-han"]
    assert smtp.messages == []  # a dry run


def test_without_a_public_address_links_point_at_localhost(open_app, smtp, now):
    app, conn, site = open_app(**{"hpportal.public_url": ""})
    done = commands.send_reminders(site, app.registry, now, dry_run=True)
    assert "hpportal.public_url" in done.warnings[0]
    assert "http://localhost:6543/so-b/hoi-dap/cong-an/" in done.letters[0].body


def test_the_command_mails_prints_and_dry_runs(var, smtp_server, smtp, now, capsys):
    ini = write_ini(var, **mail_settings(smtp_server.port), **{"hpportal.public_url": PUBLIC_URL})
    assert main(["-c", str(ini), "qa-reminders", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Sở B: 1 overdue, 1 due soon would mail 1 addresses" in out
    assert "board of Sở A: 1 overdue would mail 2 addresses" in out
    assert "Dry run: 6 messages not sent." in out
    assert smtp.messages == []

    assert main(["-c", str(ini), "qa-reminders"]) == 0
    out = capsys.readouterr().out
    assert "Sở B: 1 overdue, 1 due soon -> 1 addresses" in out
    assert f"{POLICE}: 1 overdue, 0 due soon -> 1 addresses" in out
    assert "Sent 6 of 6 messages." in out
    assert len(smtp.messages) == 6


def test_the_command_fails_clearly_when_the_mail_server_is_down(var, smtp, now, capsys):
    ini = write_ini(var, **mail_settings(testing.free_port()))
    assert main(["-c", str(ini), "qa-reminders"]) == 1
    captured = capsys.readouterr()
    assert "Sent 0 of 6 messages." in captured.out
    assert "Connection refused (kept in the outbox)" in captured.err
    assert "hpportal.public_url is not set" in captured.err


# -- retention of personal data -----------------------------------------------------------------------------------


def personal(question) -> tuple:
    return (question.full_name, question.citizen_id_token, question.address, question.phone, question.email)


def test_anonymise_erases_old_closed_questions_only(open_app, now):
    app, conn, site = open_app()
    with conn.transaction_manager:
        done = commands.anonymise_closed(site, app.registry, now, days=1825)
    assert done == ["/so-a/hoi-dap/dang-cu", "/so-a/hoi-dap/dong-cu", "/so-b/hoi-dap/tu-choi-cu"]
    erased = ("", b"", "", "", "")
    for portal, name in (("so-a", "dong-cu"), ("so-a", "dang-cu"), ("so-b", "tu-choi-cu")):
        question = site[portal]["hoi-dap"][name]
        assert personal(question) == erased and question.anonymised
    published = site["so-a"]["hoi-dap"]["dang-cu"]
    assert published.title == "Câu hỏi dang-cu" and published.text and published.answer == "Câu trả lời."
    for name in ("dong-moi", "qua-han", "da-tra-loi"):  # closed recently; open; answered but not closed
        question = site["so-a"]["hoi-dap"][name]
        assert question.full_name == f"Người hỏi {name}" and question.citizen_id(app.registry.qa_cipher)
        assert question.phone and question.email and not question.anonymised

    entries = [e for e in site.audit.entries() if e.action == audit.PERSONAL_DATA_ERASED]
    assert sorted(e.target for e in entries) == done
    assert {(e.actor, e.actor_id, e.detail, e.address, e.when) for e in entries} == {
        ("hpportal qa-anonymise", None, "retention", "", NOW)
    }

    with conn.transaction_manager:  # already anonymised: not again
        assert commands.anonymise_closed(site, app.registry, now, days=1825) == []
        assert commands.anonymise_closed(site, app.registry, now, days=300) == ["/so-a/hoi-dap/dong-moi"]


def test_the_retention_comes_from_the_settings():
    assert commands.retention_days({}) == 1825
    assert commands.retention_days({"hpportal.qa.retention_days": " 3650 "}) == 3650
    with pytest.raises(ValueError, match="hpportal.qa.retention_days"):
        commands.retention_days({"hpportal.qa.retention_days": "năm năm"})


def test_the_anonymise_command(var, now, capsys):
    ini = write_ini(var, **{"hpportal.qa.retention_days": "400"})
    assert main(["-c", str(ini), "qa-anonymise", "--dry-run"]) == 0
    assert "Dry run: 3 questions closed more than 400 days ago would be anonymised." in capsys.readouterr().out
    assert main(["-c", str(ini), "qa-anonymise", "--days", "300"]) == 0
    assert "Anonymised 4 questions closed more than 300 days ago." in capsys.readouterr().out
    assert main(["-c", str(ini), "qa-anonymise"]) == 0
    assert "Anonymised 0 questions" in capsys.readouterr().out

    app = testing.make_app(testing.settings_for(var))
    conn = testing.database(app).open()
    try:
        site = conn.root()[ROOT_KEY]
        assert site["so-a"]["hoi-dap"]["dong-moi"].anonymised
        assert not site["so-a"]["hoi-dap"]["qua-han"].anonymised
        assert len([e for e in site.audit.entries() if e.action == audit.PERSONAL_DATA_ERASED]) == 4
    finally:
        conn.close()
        testing.database(app).close()
    ini.write_text(ini.read_text().replace("= 400", "= soon"))
    assert main(["-c", str(ini), "qa-anonymise"]) == 2
    assert "retention_days" in capsys.readouterr().err
