"""A small, valid PDF of a few lines of text, made without any library (the demo's signed files).

Helvetica has no Vietnamese letters: the text is written folded (``Quyết định`` -> ``Quyet dinh``).
"""

from __future__ import annotations

import textwrap

from hpportal.core.names import fold


def _ascii(text: str) -> str:
    folded = "".join(c if ord(c) < 128 else "?" for c in _keep_case_fold(text))
    return folded.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _keep_case_fold(text: str) -> str:
    return "".join(fold(c).upper() if c.isupper() else fold(c) for c in text)


def text_pdf(title: str, lines: list[str]) -> bytes:
    """One A4 page: a bold title, then the lines wrapped at 90 characters."""
    body = [f"BT /F2 14 Tf 60 780 Td ({_ascii(title)}) Tj ET"]
    y = 750
    for line in lines:
        for part in textwrap.wrap(line, 90) or [""]:
            if y < 60:
                break
            body.append(f"BT /F1 10 Tf 60 {y} Td ({_ascii(part)}) Tj ET")
            y -= 15
    stream = "\n".join(body).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
