"""Số / ký hiệu: a document's number and symbol, as typed, split for search, and how a search finds it.

``204/2025/QĐ-UBND`` is number ``204``, year ``2025``, symbol ``QĐ-UBND``; ``47/TTr-VP`` has no year.
The index holds tokens (``n:204``, ``y:2025``, ``s:qd``, ``s:ubnd``), so that ``204/2025``,
``204/QD-UBND``, ``qđ-ubnd 204`` and ``qd ubnd 204 2025`` all find it: each number typed must be
its number or its year, each word a part of its symbol.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from hpportal.core.i18n import _
from hpportal.core.names import fold

_NUMBER = re.compile(r"^\s*(\d{1,6})\s*(?:/\s*(\d{4})\s*)?/\s*(\S(?:.*\S)?)\s*$")
_TOKEN = re.compile(r"[0-9a-z]+")
#: A words box query that is made of these only is searched as a number: ``qd ubnd 204 2025``.
_SHORT_WORD = 7


class NumberInvalid(ValueError):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class DocumentNumber:
    text: str  # as typed (NFC, single spaces)
    number: str
    year: str
    symbol: str

    @property
    def key(self) -> str:
        """The whole number folded: two documents with the same key are the same number."""
        return "/".join(filter(None, (str(int(self.number)), self.year, fold(self.symbol).replace(" ", ""))))

    def tokens(self) -> list[str]:
        found = [f"n:{int(self.number)}"]
        if self.year:
            found.append(f"y:{self.year}")
        found += [f"s:{word}" for word in _TOKEN.findall(fold(self.symbol))]
        return list(dict.fromkeys(found))


def parse_number(text: str) -> DocumentNumber:
    """The number of ``text``, or :class:`NumberInvalid` with what is wrong."""
    text = " ".join(unicodedata.normalize("NFC", text or "").split())
    if not text:
        raise NumberInvalid(_("Please give the number and symbol, for example 204/2025/QĐ-UBND."))
    match = _NUMBER.match(text)
    if match is None:
        raise NumberInvalid(
            _(
                "“${number}” is not a number and symbol: write them as 204/2025/QĐ-UBND or 47/TTr-VP.",
                mapping={"number": text},
            )
        )
    number, year, symbol = match.groups()
    if year and not 1945 <= int(year) <= 2100:
        raise NumberInvalid(_("“${year}” is not a year of issue.", mapping={"year": year}))
    if not re.search("[a-z]", fold(symbol)):
        raise NumberInvalid(_("The symbol after the number is missing, as in 204/2025/QĐ-UBND."))
    return DocumentNumber(text=text, number=number, year=year or "", symbol=symbol)


def query_tokens(text: str) -> list[list[str]]:
    """What a search for ``text`` asks of the number index: for each word typed, the tokens any of
    which must be there (``204`` -> its number or its year). Empty when nothing searchable was typed."""
    wanted = []
    for word in _TOKEN.findall(fold(unicodedata.normalize("NFC", text or ""))):
        if word.isdigit():
            choices = [f"n:{int(word)}"]
            if len(word) == 4:
                choices.append(f"y:{word}")
            wanted.append(choices)
        else:
            wanted.append([f"s:{word}"])
    return list({tuple(c): c for c in wanted}.values())


def query_key(text: str) -> str | None:
    """The key of ``text`` when it is a whole number (to rank that document first), else ``None``."""
    try:
        return parse_number(text).key
    except NumberInvalid:
        return None


def looks_like_number(text: str) -> bool:
    """Whether words typed in the search box are a number (``qd ubnd 204 2025``) rather than words."""
    words = _TOKEN.findall(fold(text or ""))
    if not words or len(words) > 6 or not any(w.isdigit() for w in words):
        return False
    if re.search(r"[^\w\s/.\-]", fold(text)):
        return False
    return all(w.isdigit() or len(w) <= _SHORT_WORD for w in words)
