"""The text index's word splitter: folds Vietnamese so ``hai phong`` finds ``Hải Phòng``, and cuts
Chinese, Japanese and Korean, which do not put spaces between words, into character pairs.

Text indexed by the older splitter (whole CJK runs as one word) needs a reindex to be found by CJK words.
Its import path is pickled into every lexicon: keep ``hpportal.core.catalog.folding.FoldingSplitter`` stable.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from hpportal.core.names import fold

_WORD = re.compile(r"\w+", re.UNICODE)
_GLOB = re.compile(r"\w+[\w*?]*", re.UNICODE)

# Ideographs (unified, extension A, compatibility, planes 2-3) and 々 〆 〇 〻.
_HAN = "\u3005-\u3007\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_HIRAGANA = "\u3041-\u3096\u309d-\u309f"
# Without ・ (a punctuation mark) and ー (handled below); half-width kana are NFKC-ed to these.
_KATAKANA = "\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff"
_PROLONGED = "\u30fc"  # ー lengthens the kana before it; alone it is no word
_HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff"

HAN, KANA, HANGUL = "han", "kana", "hangul"
_RUN = re.compile(
    rf"(?P<{HAN}>[{_HAN}]+)"
    rf"|(?P<{KANA}>[{_HIRAGANA}][{_HIRAGANA}{_PROLONGED}]*|[{_KATAKANA}][{_KATAKANA}{_PROLONGED}]*)"
    rf"|(?P<{HANGUL}>[{_HANGUL}]+)"
    rf"|{_PROLONGED}+"
)


class FoldingSplitter:
    """A zope.index splitter: words, folded (no diacritics, ``đ`` -> ``d``, case-folded).

    Text is NFKC-normalised first, so full-width ``ＡＢＣ１２３`` is ``abc123``. Vietnamese and other
    alphabetic text then goes through :func:`hpportal.core.names.fold` and is split into ``\\w+`` words.

    Chinese and Japanese: every run of one script (ideographs, hiragana, katakana; so ``市は`` is two
    runs) gives its characters and the pairs between them, in order: ``吉婆岛`` -> ``吉 吉婆 婆 婆岛 岛``.
    The single characters make a one-character query (``岛``) find the text. A query word is split
    the same way and searched as a phrase, so its tokens must follow each other in the text: they
    do, because a run's tokens for any stretch of it are the same sequence. Kana keep their voicing
    marks (``バ`` is not ``ハ``); ``fold`` would drop them. ー is part of the pairs around it only.

    Korean: a word (a run of Hangul, ended by a space) gives its syllable pairs, and words of three
    or more syllables also the whole word, after the text's other tokens so that pairs of
    neighbouring words stay next to each other for phrases. A query is split into pairs only, so
    ``하이퐁`` (``하이 이퐁``) finds ``하이퐁시는`` whatever particle follows the noun.
    """

    def process(self, texts: list[str]) -> list[str]:
        words: list[str] = []
        for text in texts:
            whole_words: list[str] = []
            for script, piece in _pieces(text):
                if script is None:
                    words.extend(_WORD.findall(fold(piece)))
                elif script == HANGUL:
                    words.extend(_syllable_pairs(piece))
                    if len(piece) > 2:
                        whole_words.append(piece)
                else:
                    words.extend(_characters_and_pairs(piece))
            words.extend(whole_words)
        return words

    def processGlob(self, texts: list[str]) -> list[str]:  # noqa: N802 (zope.index's name)
        """Split a query word; zope.index's parser makes a phrase of two or more results.

        A Chinese or Japanese run stays whole: :meth:`process` splits it again when the phrase is
        searched, exactly as it split the text. A run alone gets an empty companion (which splits to
        nothing) so that it is still searched as a phrase, not as "any of its pairs". CJK has no
        word ends, so ``吉婆*`` means ``吉婆``; one Korean syllable is a prefix (``시`` finds ``시는``).
        """
        words: list[str] = []
        for text in texts:
            for script, piece in _pieces(text):
                if script is None:
                    words.extend(_GLOB.findall(fold(piece)))
                elif script == HANGUL:
                    words.extend(_syllable_pairs(piece) if len(piece) > 1 else [piece + "*"])
                else:
                    words.append(piece)
        lone = _RUN.fullmatch(words[0]) if len(words) == 1 else None
        if lone and lone.lastgroup in (HAN, KANA) and len(words[0]) > 1:
            words.append("")
        return words


def _pieces(text: str) -> Iterator[tuple[str | None, str]]:
    """``(script, run)`` for each CJK run of ``text``, ``(None, stretch)`` for the text between."""
    text = unicodedata.normalize("NFKC", text)
    start = 0
    for match in _RUN.finditer(text):
        if match.start() > start:
            yield None, text[start : match.start()]
        if match.lastgroup:  # not a lone ー
            yield match.lastgroup, match.group()
        start = match.end()
    if start < len(text):
        yield None, text[start:]


def _characters_and_pairs(run: str) -> list[str]:
    """``"abc"`` -> ``["a", "ab", "b", "bc", "c"]``; ー is in pairs only (``すごーい``: ``ごー ーい``)."""
    tokens = [run[0]]
    for i in range(1, len(run)):
        tokens.append(run[i - 1 : i + 1])
        if run[i] != _PROLONGED:
            tokens.append(run[i])
    return tokens


def _syllable_pairs(word: str) -> list[str]:
    """``"abc"`` -> ``["ab", "bc"]``; a one-syllable word is itself."""
    if len(word) == 1:
        return [word]
    return [word[i : i + 2] for i in range(len(word) - 1)]
