"""A romanised title read whole, to decide the words a writer may have left short in it:
lookup's lattice reads the words together, so the words around one decide it (*Shinshu
Hitachi shishi* is 信州 *Shinshū*), for a word that exists as written and so is no missing
macron alone. The :class:`~jpterms.spelling.SpellingJudge` owns one
(:attr:`~jpterms.spelling.SpellingJudge.titles`) and keeps what it has read.

>>> from jpterms.spelling import SpellingJudge
>>> titles = SpellingJudge.for_glossary(None).titles
>>> titles.read_in_title("Shinshu", "Shinshu Hitachi shishi").suggestion
'Shinshū'
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from jpterms.findings import POSSIBLE
from jpterms.kana import normalize_romaji
from jpterms.macron_letters import MACRON as _MACRON
from jpterms.macron_letters import MacronVerdict, adds_macrons, lengthened, with_long_vowels
from jpterms.macron_letters import letters as _letters

if TYPE_CHECKING:
    from jpterms.lattice import Slot
    from jpterms.reverse import ReverseEngine
    from jpterms.spelling import SpellingJudge

_V = TypeVar("_V")

__all__ = ["AROUND", "NEAR", "RIVAL", "TitleReadings"]

#: A spelling more than this much rarer (Zipf: about thirty times) than the word as
#: written is taken for no rival of it, so the title is not read for it (a speed cut,
#: :meth:`TitleReadings.read_in_title`: on the dev bibliographies the readings chose
#: none rarer than 1.5, bāsu against basu, and BibTeX findings were the same with 2.0).
RIVAL = 1.5
#: Two spellings of a word less than this apart (Zipf) are a near tie, which the lexicon
#: leaves to the word as written and a title's conversion may settle (half of
#: :data:`jpterms.spelling.MARGIN`: on the dev bibliographies the conversion settled every
#: tie up to 0.5 right, and wrongly from 1.0: 程 *hodo*, 5.5, against 報道 *hōdō*, 5.0,
#: in *Omoshiroi hodo wakaru*).
NEAR = 0.5
#: How many written words on either side of a word :meth:`TitleReadings.read_in_title`
#: reads with it: its neighbours decide it (信州 beside 日立), and a shorter reading is cheaper.
AROUND = 2
_TOKEN = re.compile(r"\S+")


class TitleReadings:
    """The readings of romanised titles for one :class:`~jpterms.spelling.SpellingJudge`,
    whose lexicon weighs the spellings a reading may choose; each title and each word's
    rivals worked out once."""

    def __init__(self, judge: SpellingJudge) -> None:
        self._judge = judge
        #: reading's answers by title (a title a bibliography repeats is read once)
        self._readings: dict[str, dict[str, str]] = {}
        #: the spellings a title's reading may choose for a word, by word (_read_part)
        self._rivals_of: dict[str, frozenset[str]] = {}

    def reading(self, title: str) -> dict[str, str]:
        """Each written word of a romanised ``title`` (by its letters, lower case) as the
        cheapest reading of the whole title spells it, long vowels included: lookup's
        lattice (Mozc's word and connection costs, a long vowel the writer left out paid
        for once per word) reads the words together, so the words around one decide it
        (*Shinshu Hitachi shishi* is 信州 *Shinshū*; *Edo jidai no toshi jinko* keeps
        都市 *toshi*). No glossary term is preferred: a curated term is what a user looks
        up, not what a title's word most likely is (投資 *tōshi* for *toshi*). A word the
        reading spells two ways, or that it cannot line up with, is left out, and so is
        a title of one word: no other word reads it (*Toyo* alone is no more 東洋 than 投与).

        >>> from jpterms.spelling import SpellingJudge
        >>> SpellingJudge.for_glossary(None).titles.reading("Shinshu Hitachi shishi")["shinshu"]
        'shinshū'
        """
        return _remembered(self._readings, title, self._reading, 20_000)

    def _reading(self, title: str) -> dict[str, str]:
        from jpterms.lattice import query_slots

        try:
            slots = query_slots(title)
            paths = self._engine.paths(title, limit=1, kind="title") if slots else []
        except Exception:  # a lookup failure is no reason to lose the other findings
            return {}
        if not paths:
            return {}
        long_at: dict[int, bool] = {}
        for edge in paths[0].edges:
            longs = _read_long(slots, edge.start, edge.end, edge.kana)
            if longs is not None:
                long_at.update(zip(range(edge.start, edge.end), longs, strict=True))
        spelled: dict[str, str] = {}
        twice: set[str] = set()
        words: dict[int, list[int]] = {}
        for k, slot in enumerate(slots):
            if not slot.fixed:
                words.setdefault(slot.word, []).append(k)
        if len(words) < 2:
            return {}
        for ks in words.values():
            if any(k not in long_at for k in ks):
                continue
            written = "".join(slots[k].written for k in ks).lower()
            letters = "".join(lengthened(slots[k].written.lower()) if long_at[k]
                              else slots[k].written.lower() for k in ks)
            if spelled.setdefault(written, letters) != letters:
                twice.add(written)
        return {w: s for w, s in spelled.items() if w not in twice}

    def read_in_title(self, word: str, title: str, at: int = 0) -> MacronVerdict | None:
        """The macron ``word`` (at offset ``at`` of ``title``) lacks as the reading of the
        title's words around it, :data:`AROUND` on either side, spells it
        (:meth:`reading`), for a word that also exists as written and so is no
        missing macron alone (*Shinshu*: 信州 *Shinshū* and 新種 *shinshu* are equally
        common): at most possible, and only for a writer who marks no long vowel (the
        caller's part). The spelling must be one the lexicon knows for the word alone;
        an old province's name, a word JMdict reads both ways (類聚 *ruiju*, *ruijū*),
        and a native word against a loanword's long vowel (世事 *Seji*, セージ) stand as
        written. A hyphenated word is read part by part (*Otsuki-mura*: 大槻 *Ōtsuki*).

        >>> from jpterms.spelling import SpellingJudge
        >>> titles = SpellingJudge.for_glossary(None).titles
        >>> titles.read_in_title("Shinshu", "Shinshu Hitachi shishi")
        MacronVerdict(suggestion='Shinshū', confidence='possible', alternatives=('shinshū',))
        >>> titles.read_in_title("toshi", "Edo jidai no toshi jinko", 13) is None
        True
        """
        if _MACRON.search(normalize_romaji(word)):
            return None
        parts = word.split("-")  # a hyphenated word part by part (Otsuki-mura)
        # the particle no between two parts (Hitachi-no-kuni) is never 能 or 農
        spelled = [None if 0 < k < len(parts) - 1 and part.lower() == "no"
                   else self._read_part(part, title, at) for k, part in enumerate(parts)]
        if not any(spelled):
            return None
        out = [with_long_vowels(part, found) if found else part
               for part, found in zip(parts, spelled, strict=True)]
        return MacronVerdict("-".join(out), POSSIBLE, tuple(f for f in spelled if f))

    def _read_part(self, part: str, title: str, at: int) -> str | None:
        """:meth:`read_in_title` for one part of a word, as letters with macrons."""
        rivals = _remembered(self._rivals_of, part, self._rivals, 100_000)
        if not rivals:
            return None  # the title (dear to read) is not read
        spelled = self.reading(_around(title, at)).get(_letters(part))
        return spelled if spelled in rivals else None

    def _rivals(self, part: str) -> frozenset[str]:
        """The spellings with macrons a title's reading may choose for ``part``: not far
        rarer than the word as written (:data:`RIVAL`), no reading JMdict gives the same
        word (類聚 ruiju, ruijū), no loanword's long vowel (セージ sēji against 世事
        *Seji*)."""
        if len(part) < 2:
            return frozenset()
        written = _letters(part)
        forms = self._judge.forms(part)
        if written not in forms or written in self._judge.province_names:
            return frozenset()
        # the reading prefers no glossary term, so a term's figure is none of its (投資
        # tōshi is 5.0 in the glossary, 4.7 in JMdict: no rival of 都市 toshi, 6.3)
        terms = self._judge.lexicon.glossary_spellings(part)
        if terms:
            others: dict[str, float] = {}
            lower = part[:1].islower()  # (a word in lower case is no name: as in forms)
            for sp in self._judge.lexicon.spellings(part):
                if sp.source != "glossary":
                    f = self._judge._letters_of(sp.hepburn)
                    others[f] = max(others.get(f, 0.0),
                                    0.0 if lower and sp.is_name else sp.frequency)
            forms = {f: min(z, others.get(f, 0.0)) if any(
                self._judge._letters_of(t.hepburn) == f and t.frequency >= z for t in terms) else z
                for f, z in forms.items()}
        rivals = {f: z for f, z in forms.items() if adds_macrons(written, f)
                  and z >= forms[written] - RIVAL and not self._judge._read_both_ways(part, {f: z})}
        return frozenset(self._judge._native(part, rivals)) if rivals else frozenset()

    def near_tie(self, word: str, spelled: str) -> bool:
        """Whether ``spelled``, a spelling of ``word`` with long vowels, is as common as the
        word as written, within NEAR: a toss-up the lexicon leaves to the word as written
        (趣旨 *shushi* 3.9, 収支 *shūshi* 3.8; 本舗 *honpo*, 本邦 *honpō*), which a reading
        of the whole title may settle. Only a rival :meth:`read_in_title` would weigh: no
        reading JMdict gives the same word, no loanword's long vowel, no old province.

        >>> from jpterms.spelling import SpellingJudge
        >>> titles = SpellingJudge.for_glossary(None).titles
        >>> titles.near_tie("shushi", "shūshi"), titles.near_tie("toshi", "tōshi")
        (True, False)
        """
        if spelled not in _remembered(self._rivals_of, word, self._rivals, 100_000):
            return False
        forms = self._judge.forms(word)
        return forms[_letters(word)] - forms[spelled] < NEAR

    @functools.cached_property
    def _engine(self) -> ReverseEngine:
        """Lookup's engine with no glossary, for :meth:`reading`."""
        from jpterms.glossary import Glossary
        from jpterms.reverse import ReverseEngine

        return ReverseEngine(Glossary([]))


def _remembered(memory: dict[str, _V], key: str, make: Callable[[str], _V], most: int) -> _V:
    """``make(key)``, remembered in ``memory``, which starts afresh past ``most`` answers
    (a bibliography repeats its titles and words; a long run must not grow without end)."""
    if key not in memory:
        found = make(key)
        if len(memory) > most:
            memory.clear()
        memory[key] = found
    return memory[key]


def _around(title: str, at: int) -> str:
    """The stretch of ``title`` from :data:`AROUND` words before the word at offset ``at``
    to as many after it.

    >>> _around("Shinshu no shukyo shakaishi, Tokyo: Yoshikawa", 11)
    'Shinshu no shukyo shakaishi, Tokyo:'
    """
    starts, ends = _tokens(title)
    i = bisect.bisect_right(starts, at) - 1
    if i < 0 or not at < ends[i]:
        return title
    return title[starts[max(0, i - AROUND)] : ends[min(len(ends) - 1, i + AROUND)]]


@functools.lru_cache(maxsize=8)
def _tokens(title: str) -> tuple[list[int], list[int]]:
    """Where :data:`_TOKEN`'s tokens of ``title`` start and end (made once a title: each
    of its words asks for the words around it)."""
    found = [(m.start(), m.end()) for m in _TOKEN.finditer(title)]
    return [s for s, _ in found], [e for _, e in found]


def _read_long(slots: list[Slot], start: int, end: int, kana: str) -> list[bool] | None:
    """For each slot from ``start`` to ``end``: whether the word read over them as
    ``kana`` reads its vowel long (a macron the writer left out), or ``None`` when no
    choice of the slots' kana spells ``kana`` (a word the lattice added otherwise)."""
    if start == end:
        return [] if not kana else None
    slot = slots[start]
    if slot.fixed:
        return None
    for (option, _), long in zip(slot.options, slot.longs, strict=True):
        if kana.startswith(option):
            rest = _read_long(slots, start + 1, end, kana[len(option):])
            if rest is not None:
                return [long, *rest]
    return None
