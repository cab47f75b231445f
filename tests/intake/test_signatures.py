"""The board sees who signed a received PDF and when, whether it changed since, and whether the portal trusts it."""

from __future__ import annotations

import asyncio
import threading

import pytest
from pdfsigning import Authority, changed_after_signing, decision_pdf, tampered

from hpportal.intake.signatures import UnreadablePdf, trust_roots_of, verify


@pytest.fixture(scope="module")
def authority():
    return Authority.make()


@pytest.fixture
def roots(authority, tmp_path):
    return trust_roots_of({"hpportal.trust_roots": str(authority.write_root(tmp_path / "roots"))})


def test_a_signed_decision_names_its_signer_and_holds_with_the_portals_root(authority, roots):
    [report] = verify(authority.sign(decision_pdf()), roots)
    assert "Nguyễn Văn Tùng" in report.signer
    assert report.signed_at is not None
    assert report.intact and not report.changed and report.trusted
    assert report.holds and report.problem == ""


def test_without_the_root_among_the_portals_trust_roots_the_signature_is_not_trusted(authority):
    [report] = verify(authority.sign(decision_pdf()), trust_roots_of({}))
    assert report.intact and not report.changed
    assert not report.trusted and not report.holds
    assert "trust root" in report.problem


def test_another_authoritys_root_does_not_make_the_signer_trusted(authority, tmp_path):
    other = trust_roots_of({"hpportal.trust_roots": str(Authority.make().write_root(tmp_path / "other"))})
    [report] = verify(authority.sign(decision_pdf()), other)
    assert not report.trusted


def test_a_file_changed_after_signing_says_so(authority, roots):
    [report] = verify(changed_after_signing(authority.sign(decision_pdf())), roots)
    assert report.intact, "the signed revision itself is untouched"
    assert report.changed and not report.holds
    assert "changed after" in report.problem


def test_a_byte_changed_inside_the_signed_content_breaks_the_signature(authority, roots):
    [report] = verify(tampered(authority.sign(decision_pdf())), roots)
    assert not report.intact and report.changed and not report.holds
    assert "altered" in report.problem


def test_an_unsigned_file_has_no_signature_and_a_file_that_is_no_pdf_is_refused():
    assert verify(decision_pdf()) == []
    with pytest.raises(UnreadablePdf):
        verify(b"this is not a PDF at all")


def test_a_signature_is_verified_from_a_thread_that_runs_an_event_loop(authority, roots):
    async def inside_a_loop():
        return verify(authority.sign(decision_pdf()), roots)

    found = []
    # A thread of its own runs the loop: the suite's main thread may run Playwright's already.
    worker = threading.Thread(target=lambda: found.extend(asyncio.run(inside_a_loop())))
    worker.start()
    worker.join(60)
    [report] = found
    assert report.holds
