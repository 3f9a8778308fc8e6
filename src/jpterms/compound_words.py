"""A word no list knows, read as words the lexicon knows: two words (*Kagakushu*: Kagaku +
shū), or a word and a suffix that ends the compound titles of books (修身談 *Shūshindan*,
``data/compound_suffixes.tsv``). At most possible, and only where one reading explains
the word. The :class:`~jpterms.spelling.SpellingJudge` owns one
(:attr:`~jpterms.spelling.SpellingJudge.compounds`) and judges each piece as a word of
its own.

>>> from jpterms.spelling import SpellingJudge
>>> compounds = SpellingJudge.for_glossary(None).compounds
>>> compounds.compound("jinkohyo", False).suggestion, compounds.suffixed("ishinpo", False).suggestion
('jinkōhyō', 'ishinpō')
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from jpterms.findings import POSSIBLE
from jpterms.macron_letters import MACRON as _MACRON
from jpterms.macron_letters import MacronVerdict
from jpterms.macron_letters import letters as _letters
from jpterms.spelling import LOAN_VOWEL, MARGIN, REAL

if TYPE_CHECKING:
    from jpterms.spelling import SpellingJudge

__all__ = ["CompoundReader"]


class CompoundReader:
    """Reads the compounds no list knows for one :class:`~jpterms.spelling.SpellingJudge`,
    which judges their pieces."""

    def __init__(self, judge: SpellingJudge) -> None:
        self._judge = judge

    def compound(self, part: str, trusts_as_written: bool) -> MacronVerdict | None:
        """A word no list knows, read as two it does (Kagakushu: Kagaku + shū, jinkohyo:
        jinkō + hyō): at most possible, and only when one split explains it.

        >>> from jpterms.spelling import SpellingJudge
        >>> compounds = SpellingJudge.for_glossary(None).compounds
        >>> compounds.compound("jinkohyo", False).suggestion, compounds.compound("jinkohyo", True)
        ('jinkōhyō', None)
        """
        if trusts_as_written or len(part) < 5 or len(part) > 24:
            return None
        from jpterms.romaji import parse_word

        found: list[tuple[str, float]] = []
        as_written = 0.0  # the commonest split whose words all stand as written (Indo + gaku)
        sure: set[str] = set()  # readings some split gives with no toss-up in its pieces
        close: dict[str, set[str]] = {}  # a reading with a toss-up: the readings tossed up
        for i in range(2, len(part) - 1):
            head, tail = part[:i], part[i:]
            if head[-1:] in ("n", "h") and tail[:1] in "aiueoy":
                continue  # n or h before a vowel belongs to the next syllable (sho + hatto,
                # not shoh + atto)
            if parse_word(head) is None or parse_word(tail) is None:
                continue
            quick = self._judge.lexicon.quick_frequency
            head_freq, tail_freq = quick(head), quick(tail)
            if head_freq is None or tail_freq is None or min(head_freq, tail_freq) < REAL:
                continue
            pieces = []
            options: list[list[str]] = []  # each piece's spellings, its toss-up's both
            for piece in (head, tail):
                verdict = self._judge._part(piece, False, "")
                pieces.append(verdict.suggestion if verdict else _letters(piece))
                options.append(self._tossed_up(piece, verdict) or [pieces[-1]])
            if pieces[1] == "shu" and self._anthology(part, head, pieces[0]):
                pieces[1] = "shū"
            if any(LOAN_VOWEL.search(p) for p in pieces):
                continue  # a long e or i only a loanword writes (ba + ラミー ramī for barami)
            if any(p != _letters(piece) and self._judge._loan_only(piece, p)
                   for piece, p in zip((head, tail), pieces, strict=True)):
                continue  # a long vowel only a loanword writes (sei + ドローン dorōn)
            joined = "".join(pieces)
            if joined != _letters(part):
                found.append((joined, min(head_freq, tail_freq)))
                if all(len(o) == 1 for o in options):
                    sure.add(joined)
                else:
                    close.setdefault(joined, set()).update(
                        h + t for h in options[0] for t in options[1])
            else:
                as_written = max(as_written, min(head_freq, tail_freq))
        if not found or as_written >= max(z for _, z in found) + MARGIN:
            # no split adds a macron, or one of words as written explains the compound
            # as well (Indogaku: indo + gaku 印度学, not in + dōgaku)
            return None
        best = max(found, key=lambda f: f[1])[0]
        if len({f for f, _ in found}) > 1 and sorted(z for _, z in found)[-1] - \
                sorted(z for _, z in found)[-2] < MARGIN:
            return None  # two readings of the compound: nothing to go on
        if best in close and best not in sure:
            return MacronVerdict(best, POSSIBLE, tuple(sorted(close[best])), torn=True)
        return MacronVerdict(best, POSSIBLE, (best,))

    def suffixed(self, part: str, trusts_as_written: bool) -> MacronVerdict | None:
        """A word no list knows that :meth:`compound` does not read, read as a word the
        lexicon knows and a suffix that ends the compound titles of books
        (``data/compound_suffixes.tsv``): 修身談 *Shūshindan* (not 種 + 診断 *shu shindan*),
        洋服記 *Yōfukuki*, 医心方 *Ishinpō*. The word is spelled as the lexicon spells its
        head alone; nothing where that is a toss-up, a loanword's long vowel, or where the
        head and suffix add no long vowel. At most possible.

        >>> from jpterms.spelling import SpellingJudge
        >>> compounds = SpellingJudge.for_glossary(None).compounds
        >>> compounds.suffixed("shushindan", False).suggestion, compounds.suffixed("ishinpo", False).suggestion
        ('shūshindan', 'ishinpō')
        >>> compounds.suffixed("keizairoku", False) is None
        True
        """
        from jpterms.romaji import parse_word

        letters = _letters(part)
        if trusts_as_written or _MACRON.search(letters):
            return None
        for written, spelled in _compound_suffixes():
            head = letters[: -len(written)]
            if not letters.endswith(written) or len(head) < 3:
                continue
            if head[-1:] == "n" and written[:1] in "aiueoy":
                continue  # n before a vowel belongs to the suffix's syllable
            syllables = parse_word(head)
            if syllables is None or len(syllables) < 2:
                continue
            # the head as the word is written: a capitalised one may be a name spelled
            # as written (徂徠 Sorai of *Sorairon*, no 爽籟 sōrai)
            cased = head.capitalize() if part[:1].isupper() else head
            forms = self._judge.forms(cased)
            verdict = self._judge._part(cased, False, "")
            if verdict is None and head not in forms:
                return None  # no word the lexicon knows
            if verdict is not None and (verdict.torn or self._tossed_up(cased, verdict)):
                return None  # the head is a toss-up (dōshō or dōsho)
            spelled_head = verdict.suggestion.lower() if verdict is not None else head
            if LOAN_VOWEL.search(spelled_head) or (
                    spelled_head != head and self._judge._loan_only(head, spelled_head)):
                return None
            whole = spelled_head + spelled
            if whole == letters or self._two_words_as_written(letters, len(head)):
                return None
            return MacronVerdict(whole, POSSIBLE, (whole,))
        return None

    def _two_words_as_written(self, letters: str, at: int) -> bool:
        """Whether ``letters`` split elsewhere than at ``at`` are two words of two
        syllables or more that the lexicon spells as written: 薩摩 + 藩主 *Satsuma hanshu*,
        so its end is no suffix 集 *shū* after *Satsumahan*.

        >>> from jpterms.spelling import SpellingJudge
        >>> compounds = SpellingJudge.for_glossary(None).compounds
        >>> compounds._two_words_as_written("satsumahanshu", 10), compounds._two_words_as_written("shushindan", 7)
        (True, False)
        """
        from jpterms.romaji import parse_word

        quick = self._judge.lexicon.quick_frequency
        for i in range(2, len(letters) - 1):
            head, tail = letters[:i], letters[i:]
            if i == at or (head[-1] in "nh" and tail[:1] in "aiueoy"):
                continue
            head_syllables, tail_syllables = parse_word(head), parse_word(tail)
            if head_syllables is None or tail_syllables is None or \
                    len(head_syllables) < 2 or len(tail_syllables) < 2:
                continue
            head_freq, tail_freq = quick(head), quick(tail)
            if head_freq is None or tail_freq is None or min(head_freq, tail_freq) < REAL:
                continue
            if self._judge.forms(head).get(head, 0.0) >= REAL and self._judge.forms(tail).get(tail, 0.0) >= REAL:
                return True
        return False

    def _tossed_up(self, piece: str, verdict: MacronVerdict | None) -> list[str]:
        """The spellings ``verdict`` on a piece of a compound chose between, when the
        commonest two are less than MARGIN apart in frequency (dosho: 同賞 dōshō 4.3, 同署 dōsho 3.7; kyoyu:
        共有 kyōyū 4.5, 教諭 kyōyu 3.7): a toss-up, which the dev compounds' pieces so
        read lost as often as they won (Bendōshō, Kyōyūgaki, monjōto, Shoyūki against
        Chōjuin, Ryōshusō, Tōyōdō, Ganshōdō).

        (every spelling that close to the commonest); else none.

        >>> from jpterms.spelling import SpellingJudge
        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.compounds._tossed_up("dosho", judge._part("dosho", False, ""))
        ['dōshō', 'dōsho']
        >>> judge.compounds._tossed_up("hyo", judge._part("hyo", False, ""))
        []
        """
        if verdict is None or verdict.confidence != POSSIBLE or len(verdict.alternatives) < 2:
            return []
        forms = self._judge.forms(piece)
        figures = {a: forms.get(a, 0.0) for a in verdict.alternatives}
        top = figures.get(verdict.suggestion, max(figures.values()))
        tossed = [a for a, z in sorted(figures.items(), key=lambda x: -x[1]) if z > top - MARGIN]
        return tossed if len(tossed) > 1 else []

    def _anthology(self, part: str, head: str, spelled: str) -> bool:
        """Whether the ``shu`` that ends the compound ``part`` after ``head`` (read
        ``spelled``) is 集 "collection", shū: the head is a word of two kanji or more
        (Kyōun 狂雲 of Kyōunshū, Shōryō 性霊 of Shōryōshū), and no word known as written
        ends the compound in ``shu`` (hanshu 藩主 of Satsumahanshu). A one-kanji head
        reads otherwise as often (Yonshu 四種). In the dev bibliographies' compounds of a
        known word and -shu, all 17 after two kanji or more are -shū.

        >>> from jpterms.spelling import SpellingJudge
        >>> compounds = SpellingJudge.for_glossary(None).compounds
        >>> compounds._anthology("kyounshu", "kyoun", "kyōun"), compounds._anthology("yonshu", "yon", "yon")
        (True, False)
        """
        from jpterms.romaji import parse_word

        kanji = [s.written for s in self._judge.lexicon.spellings(head)
                 if self._judge._letters_of(s.hepburn) == spelled]
        if not kanji or sum(1 for c in kanji[0] if "\u4e00" <= c <= "\u9fff") < 2:
            return False
        return not any(parse_word(part[:j]) is not None and parse_word(part[j:]) is not None
                       and self._judge.forms(part[j:]).get(_letters(part[j:]), 0.0) >= REAL
                       for j in range(1, len(part) - 3))


@functools.cache
def _compound_suffixes() -> tuple[tuple[str, str], ...]:
    """The suffixes of ``data/compound_suffixes.tsv`` (written, spelled), longest first.

    >>> ("ron", "ron") in _compound_suffixes()
    True
    """
    from jpterms.package_data import read_rows

    rows = [(written, spelled) for written, spelled, *_ in read_rows("compound_suffixes.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))
