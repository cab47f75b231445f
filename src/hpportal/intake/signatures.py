"""Digital signatures of the PDF files a board receives (edXML attachments, mail, uploads).

For each signature in a file: who signed and when, whether the file was changed after signing,
and whether the signer's certificate leads to one of the portal's trust roots — a folder of
certificates named by the setting ``hpportal.trust_roots`` (PEM or DER, e.g. the national root
CA and the Government CA). The work is pyHanko's; this module only says it in the board's words.
Nothing is fetched from the network: revocation is checked only from what the file carries.
"""

from __future__ import annotations

import asyncio
import io
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from pyhanko.keys import load_certs_from_pemder
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from hpportal.core.i18n import _

TRUST_ROOTS = "hpportal.trust_roots"
CERTIFICATE_SUFFIXES = (".pem", ".crt", ".cer", ".der")
#: Changes after signing that leave the signed content as it was (time stamps, validation data).
UNCHANGED = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)


class UnreadablePdf(ValueError):
    """The file is not a PDF that can be read: nothing can be said of its signatures."""


@dataclass(frozen=True)
class SignatureReport:
    signer: str  # the certificate's subject, as people read it
    signed_at: datetime | None  # the time the signer's software recorded
    intact: bool  # the bytes the signature covers are the bytes that were signed
    changed: bool  # the content was altered after signing (or the signed bytes were)
    trusted: bool  # the certificate chain ends at one of the portal's trust roots
    problem: str  # what is wrong, for the board; empty when the signature holds

    @property
    def holds(self) -> bool:
        return self.intact and not self.changed and self.trusted


def trust_roots_of(settings) -> tuple:
    """The certificates of the folder named by ``hpportal.trust_roots`` (none when unset)."""
    folder = (settings or {}).get(TRUST_ROOTS, "").strip()
    return _load_roots(folder) if folder else ()


@lru_cache(maxsize=8)
def _load_roots(folder: str) -> tuple:
    files = sorted(p for p in Path(folder).glob("*") if p.suffix.lower() in CERTIFICATE_SUFFIXES)
    return tuple(load_certs_from_pemder([str(p) for p in files]))


def verify(data: bytes, trust_roots=()) -> list[SignatureReport]:
    """One report per signature in the PDF ``data`` (an empty list for an unsigned file)."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise UnreadablePdf(str(error)) from error
    return [_report(signature, trust_roots) for signature in signatures]


def _validate(signature, context):
    """pyHanko's validation runs its own event loop: in a thread of its own when this one already has one."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return validate_pdf_signature(signature, context)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(validate_pdf_signature, signature, context).result()


def _report(signature, trust_roots) -> SignatureReport:
    context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = _validate(signature, context)
    except Exception as error:  # pyHanko raises many kinds for a damaged signature  # noqa: BLE001
        problem = _("The signature cannot be read: ${error}", mapping={"error": str(error)[:200]})
        return SignatureReport(signer="", signed_at=None, intact=False, changed=True, trusted=False, problem=problem)
    signer = status.signing_cert.subject.human_friendly if status.signing_cert is not None else ""
    covers_all = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    changed = not status.intact or not (covers_all or status.modification_level in UNCHANGED)
    trusted = bool(status.trusted)
    if not status.intact:
        problem = _("The signed content was altered: the signature no longer matches the file.")
    elif changed:
        problem = _("The file was changed after it was signed.")
    elif not trusted:
        problem = _("The signer's certificate does not lead to a trust root of this portal.")
    else:
        problem = ""
    return SignatureReport(signer, status.signer_reported_dt, status.intact, changed, trusted, problem)
