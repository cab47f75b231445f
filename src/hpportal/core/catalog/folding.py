"""The text index's word splitter: folds Vietnamese so ``hai phong`` finds ``Hải Phòng``.

Its import path is pickled into every lexicon: keep ``hpportal.core.catalog.folding.FoldingSplitter`` stable.
"""

from __future__ import annotations

import re

from hpportal.core.names import fold

_WORD = re.compile(r"\w+", re.UNICODE)
_GLOB = re.compile(r"\w+[\w*?]*", re.UNICODE)


class FoldingSplitter:
    """A zope.index splitter: words, folded (no diacritics, ``đ`` -> ``d``, case-folded)."""

    def process(self, texts: list[str]) -> list[str]:
        words: list[str] = []
        for text in texts:
            words.extend(_WORD.findall(fold(text)))
        return words

    def processGlob(self, texts: list[str]) -> list[str]:  # noqa: N802 (zope.index's name)
        words: list[str] = []
        for text in texts:
            words.extend(_GLOB.findall(fold(text)))
        return words
