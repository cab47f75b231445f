"""Mã thủ tục: a procedure's code in the national database (``1.004227``), and how a search finds it.

The code is kept as written; the catalog holds its digits only, so ``1.004227`` and ``1004227``
are the same code. A search box query made of digits and dots only is searched as a code.
"""

from __future__ import annotations

import re

from hpportal.core.i18n import _

_CODE = re.compile(r"^\s*(\d)\.?(\d{6})\s*$")
_LOOKS = re.compile(r"^\s*\d[\d.\s]{4,}\s*$")


class CodeInvalid(ValueError):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def parse_code(text: str) -> str:
    """``1.004227`` for ``1.004227`` or ``1004227``; :class:`CodeInvalid` for anything else."""
    match = _CODE.match(text or "")
    if match is None:
        raise CodeInvalid(
            _("“${code}” is not a procedure code: write it as 1.004227.", mapping={"code": (text or "").strip()})
        )
    return f"{match.group(1)}.{match.group(2)}"


def code_key(text: str) -> str | None:
    """The digits of a code (``1004227``), what the catalog holds; ``None`` when ``text`` is no code."""
    try:
        return parse_code(text).replace(".", "")
    except CodeInvalid:
        return None


def looks_like_code(text: str) -> bool:
    """Whether the words typed are a code (digits and dots) rather than words of a name."""
    return bool(_LOOKS.match(text or ""))
