"""How often real people bear a name, spelled and read one way: evidence for name lookups.

In a query shaped like a person's name (*Ota Tenrei*, *Okuwa Hitoshi*), the lattice offers
every spelling of the surname and the given name that Mozc knows, priced by Mozc's costs.
Those costs rank words, not people: Mozc reads 織田 おた more cheaply than 太田 おおた,
although no one JMnedict lists is called 織田 read おた and 81 are called 太田 read おおた.

:class:`NameEvidence` re-prices the words that read a whole surname or a whole given
name by those counts (:meth:`jpterms.reading_index.ReadingIndex.name_counts`: JMnedict's
full names of people, split into family and given name). A spelling many people bear that
way costs less, on a log scale; a spelling people bear only with other readings costs more
(織田 is おだ or おりた for all 25). A spelling no person in JMnedict bears is left as it
is: for a rare name, no count says anything. A reading that differs from the people's
only in a long vowel written short (大島 おしま for おおしま: Mozc lists such spellings)
counts as theirs, since a query without macrons cannot tell them apart. A family name
of one kanji that no person bears at all is a word Mozc also lists as a surname (落
おち, 怒 いかり, 起 おこし): it costs more, where a rare name of two kanji is left as it is.

>>> from jpterms.reading_index import ReadingIndex
>>> evidence = NameEvidence(ReadingIndex.default())
>>> evidence.adjustment("太田", "おおた", family=True) < 0 < \\
...     evidence.adjustment("織田", "おた", family=True)
True
>>> evidence.adjustment("典礼", "てんれい", family=False)
0
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
import threading
from functools import cached_property
from typing import TYPE_CHECKING

from jpterms.mozc_contexts import GIVEN_NAME_CONTEXT

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from jpterms.lattice import Edge, Path, Slot
    from jpterms.reading_index import ReadingIndex

__all__ = ["NameEvidence", "add_hyoe_names", "name_shaped", "order_namesakes"]

#: What each doubling of the people bearing a spelling that way takes off its cost, and
#: the most it takes off (reached at 2**8 - 1 = 255 people). The cap was 63 until
#: session 14: it counted every spelling 63 or more people bear alike (伊藤 いとう, 261
#: people, as 上田, 86) and shrank the lead of 徹 とおる (94 people) over 透 (26), leaving
#: Mozc's costs to choose. Dev: top1 1543 -> 1545, top5 2026 -> 2028 of 2,748 (*Ito Toru*
#: 伊藤徹, *Tokunaga Toru* 徳永徹), no row lost; 127, 1023 and no cap give the same.
PER_DOUBLING = 100
MOST_PEOPLE = 255
#: What a spelling costs more when people bear it, but never read this way: 織田 read おた
#: (all 25 people named 織田 are おだ or おりた). Only where at least this many people
#: bear it, so that one or two entries do not decide.
OTHER_READING_COST = 1200
OTHER_READING_PEOPLE = 3
#: What a family name of one kanji costs more when no person in JMnedict bears it, however
#: read: 落 おち, 怒 いかり, 起 おこし are words Mozc also lists, cheaply, as surnames
#: (*Ochi Shiho* is 越智志帆, not 落志保); one-kanji surnames people bear (林, 関, 森)
#: are in JMnedict's full names. On the dev name files: top five 2,022 → 2,026 of 2,748,
#: no row lost; 800 gives 2,025, 6,000 the same as 3,000.
UNBORNE_ONE_KANJI_COST = 3000
#: How far (engine cost units: Mozc's, about 500 per nat) a reading of a name may cost more
#: than the best reading and still be its near tie (:meth:`NameEvidence.order_given_near_ties`):
#: where Mozc prices two spellings of one given name this close, the people who bear each
#: decide. Dev name rows (1,202 name-shaped queries, the engine's 30 readings re-ordered):
#: first +6 -2 at 150-250, +3 -2 at 100, +6 -5 at 300; in the look-up itself, dev first
#: 1498 -> 1501 of 2,658 (+5 -2), top five unchanged.
GIVEN_NEAR_TIE = 200
#: How many given-name spellings in old kanji forms (眞 of 真, 壽 of 寿) of one given name
#: :meth:`NameEvidence.with_old_form_given` tries, at most (a name of five kanji with two
#: old forms each would make 242).
MOST_OLD_FORM_SPELLINGS = 32
#: How many other people JMnedict lists of one family whose given name begins with a kanji
#: read as a look-up's given name begins (:meth:`NameEvidence.house_support`: 京極高次,
#: 京極高知, 京極高広 ... for 高 たか after 京極), at least, for that kanji to come first
#: where the best reading's first kanji of its given name is borne so by none of them
#: (:meth:`NameEvidence.with_house_head`). A family's men share a kanji (通字); few
#: people of one family share one by chance. Dev look-up first 1586 -> 1588 (2 fixed, none
#: broken) at 2, 3 and 4; moving readings over a best one whose head kanji the family
#: bears too (offline, the engine's 40 readings) broke 渡辺和郎 and 徳川義親.
HOUSE_PEOPLE = 4
#: ... and at least this share of the people JMnedict lists under that family name so read:
#: four of 京極's six, five of 松平's 37, not five of 佐藤's 328 (佐藤哲也, 佐藤哲郎 ...
#: share 哲 by chance; dev: the rule also put 佐藤哲 first for *Sato Tetsu*, rightly, but by
#: luck).
HOUSE_SHARE = 0.1
#: What a spelling of the whole first written word (a surname) that no person in JMnedict
#: bears, read so, costs more where another spelling of its reading among the readings is
#: borne by at least :data:`VARIANT_PEOPLE` people (:meth:`NameEvidence._charge_unborne_variants`:
#: 深居 beside 深井 for *Fukai*, 乙 beside 大津 for *Otsu*). Dev look-up: first +1 -0, top
#: five +4 -2 (永崎貢 and 殖田三郎, rare spellings themselves, leave it); the same at 4
#: people; at 2 and 3 people top five +7 -2 and +6 -2, but the rare names pushed out let
#: readings that are no name in (大きな吸引 for *Okina Kyuin*, 翁 borne by three); at 1
#: +8 -5 with two first lost. 800 gives +4 -2 at 2 people, 2000 and 3000 lose three first.
UNBORNE_VARIANT_COST = 1500
VARIANT_PEOPLE = 5
#: JMnedict's kinds of a given name ("name": JMnedict left its type out).
_JMNEDICT_GIVEN = frozenset({"given", "masc", "fem", "name"})


#: A long vowel written out in kana (おお, おう, うう, ゅう): a query without macrons reads
#: it short, and Mozc lists short spellings of some names (大島 おしま beside おおしま).
_LONG = re.compile("(?<=[おこごそぞとどのほぼぽもよょろを])[うお]|(?<=[うくぐすずつづぬふぶぷむゆゅる])う")


def _short(kana: str) -> str:
    """``kana`` with its long o and u written short (おおしま → おしま).

    >>> _short("おおしま"), _short("ほんじょう"), _short("りゅうきち")
    ('おしま', 'ほんじょ', 'りゅきち')
    """
    return _LONG.sub("", kana)


#: What a given name in 兵衛 costs more than Mozc's own cost for it, read from "-bei" or
#: "-hei" as catalogues and historians write it (忠兵衛 ちゅうべえ, *Chubei*).
HYOE_COST = 500


def add_hyoe_names(edges: list[list[Edge]], slots: list[Slot],
                   entries: Callable[[str], Iterable[tuple[str, int]]]) -> None:
    """Add the given names in 兵衛 (べえ, へえ) that the last written word of a name-shaped
    query spells with *-bei* or *-hei*, the way catalogues and historians write them
    (*Hirayama Chubei* 平山忠兵衛, *Urai Heibei* 浦井平兵衛): the lattice reads *bei*
    as べい only. ``entries(kana)`` gives the Mozc words of a reading with their costs.
    """
    from jpterms.lattice import Edge

    if not slots:
        return
    last_word = slots[-1].word
    start = next(i for i, s in enumerate(slots) if s.word == last_word)
    seen: set[str] = set()
    for e in list(edges[start]):
        if e.end != len(slots) or not e.kana.endswith(("べい", "へい")) or e.kana in seen:
            continue
        seen.add(e.kana)
        for written, cost in entries(e.kana[:-1] + "え"):
            if written.endswith("兵衛") and len(written) > 2:
                edges[start].append(Edge(start, e.end, written, e.kana[:-1] + "え", GIVEN_NAME_CONTEXT,
                                         GIVEN_NAME_CONTEXT, cost + HYOE_COST, "mozc", "given"))


def _person_dates(path: Path) -> tuple[int, int] | None:
    """JMnedict's dates of a reading that is one person JMnedict lists (see
    :func:`jpterms.glosses.person_dates`), None for any other reading."""
    from jpterms.glosses import person_dates

    if len(path.edges) != 1 or path.edges[0].source != "jmnedict" or \
            path.edges[0].kind != "person":
        return None
    return person_dates(path.edges[0].written, path.edges[0].kana)


def order_namesakes(found: list[Path]) -> list[Path]:
    """``found`` (readings, cheapest first) with each run of persons JMnedict lists that
    cost the same (namesakes: 伊達政宗 and 伊達正宗, 西田幾多郎 and 西田幾太郎, whom
    nothing else tells apart) put in order of how fully JMnedict dates them, then of
    birth, the earlier first: a person with a birth and a death date is a documented
    figure, a bare name or a lone year of birth often a spelling variant or a namesake
    of today (玄侑宋久 (1956-) beside 玄侑宗久 (1956.4.28-)). Other readings keep their
    places.

    >>> from jpterms.glossary import Glossary
    >>> engine = Glossary.bundled().reverse_engine
    >>> found = engine.paths("Date Masamune", limit=2)
    >>> [p.written for p in order_namesakes(found[::-1])]
    ['伊達政宗', '伊達正宗']
    """
    def dated(run: list[Path]) -> list[tuple[float, ...]] | None:
        known = [d for d in map(_person_dates, run) if d is not None]
        if len(known) < len(run):  # not all of them persons JMnedict lists
            return None
        return [(-parts, born if parts else 0) for parts, born in known]

    return _reorder_ties(found, dated)


def _reorder_ties(found: list[Path],
                  keys: Callable[[list[Path]], list[tuple[float, ...]] | None]) -> list[Path]:
    """``found`` (readings, cheapest first) with each run of two or more that cost the same
    put in order of ``keys(run)`` (a sort key for each reading of the run, the smallest
    first; None leaves the run as it is). Other readings keep their places.

    >>> from jpterms.lattice import Path
    >>> found = [Path(1, ()), Path(2, ()), Path(2, ()), Path(3, ())]
    >>> [id(p) for p in _reorder_ties(found, lambda run: [(1,), (0,)])] == \\
    ...     [id(found[0]), id(found[2]), id(found[1]), id(found[3])]
    True
    """
    out = list(found)
    start = 0
    while start < len(out):
        end = start + 1
        while end < len(out) and out[end].cost == out[start].cost:
            end += 1
        run = out[start:end]
        run_keys = keys(run) if len(run) > 1 else None
        if run_keys is not None:
            order = sorted(range(len(run)), key=lambda k: (run_keys[k], k))
            out[start:end] = [run[k] for k in order]
        start = end
    return out


def name_shaped(words: list[str], hyphen: bool, particles: frozenset[str]) -> bool:
    """Whether written words look like a person's name: two or three capitalised words,
    no hyphen (a hyphen joins a place's parts), no particle (*Seinen to shi*).

    >>> name_shaped(["Ota", "Tenrei"], False, frozenset({"no"}))
    True
    >>> name_shaped(["Genji", "no", "Kimi"], False, frozenset({"no"}))
    False
    """
    return (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not hyphen
            and not any(w.lower() in particles for w in words))


class NameEvidence:
    """Re-prices surnames and given names by how many people bear them (thread-safe)."""

    def __init__(self, index: ReadingIndex) -> None:
        self._index = index
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, bool], dict[str, int]] = {}

    def _counts(self, written: str, family: bool) -> dict[str, int]:
        key = (written, family)
        with self._lock:
            found = self._cache.get(key)
        if found is None:
            found = self._index.name_counts(written, family=family)
            with self._lock:
                if len(self._cache) > 50_000:
                    self._cache.clear()
                self._cache[key] = found
        return found

    def family_readings(self, written: str) -> tuple[str, ...]:
        """The readings of ``written`` as the family name of people JMnedict lists.

        >>> from jpterms.reading_index import ReadingIndex
        >>> "おぐら" in NameEvidence(ReadingIndex.default()).family_readings("小倉")
        True
        """
        return tuple(self._counts(written, True))

    def adjustment(self, written: str, kana: str, *, family: bool) -> int:
        """What to add to the cost of ``written`` read ``kana`` as a family name (or a
        given name): negative where people bear it so, positive where they bear it only
        read otherwise, 0 where no person in JMnedict bears it (but a family name of one
        kanji no one bears costs :data:`UNBORNE_ONE_KANJI_COST`).

        >>> from jpterms.reading_index import ReadingIndex
        >>> evidence = NameEvidence(ReadingIndex.default())
        >>> evidence.adjustment("落", "おち", family=True) > 0 > \\
        ...     evidence.adjustment("林", "はやし", family=True)
        True
        """
        if not _all_kanji(written):
            return 0
        counts = self._counts(written, family)
        if not counts:
            return UNBORNE_ONE_KANJI_COST if family and len(written) == 1 else 0
        people = self.people(written, kana, family=family)
        if people:
            return -int(PER_DOUBLING * math.log2(1 + min(people, MOST_PEOPLE)))
        if sum(counts.values()) >= OTHER_READING_PEOPLE:
            return OTHER_READING_COST
        return 0

    def whole_name_adjustment(self, written: str, kana: str) -> int:
        """The adjustment for a whole name in one word (吉田松陰 よしだしょういん): its family
        name's, where a family name people bear begins it, so that the evidence for 吉田
        favours the person as much as 吉田 + 書院. (Not its given name's: among people of
        one surname, a common given name says nothing about which one is meant.)

        >>> from jpterms.reading_index import ReadingIndex
        >>> evidence = NameEvidence(ReadingIndex.default())
        >>> evidence.whole_name_adjustment("吉田松陰", "よしだしょういん") == \\
        ...     evidence.adjustment("吉田", "よしだ", family=True) < 0
        True
        """
        for cut in (2, 1, 3):
            family, given = written[:cut], written[cut:]
            if not given:
                continue
            for reading in self._counts(family, True):
                if kana.startswith(reading) and len(kana) > len(reading):
                    return self.adjustment(family, reading, family=True)
        return 0

    def part_support(self, written: str, kana: str) -> float:
        """How many of JMnedict's two-kanji given names begin with the first kanji of
        ``written`` and end with its last, each read as ``written`` read ``kana`` needs
        (:meth:`jpterms.reading_index.ReadingIndex.name_part_counts`), as the sum of their
        logarithms: 0.0 for one kanji or where no split is supported.

        >>> from jpterms.reading_index import ReadingIndex
        >>> evidence = NameEvidence(ReadingIndex.default())
        >>> evidence.part_support("一雅", "いちが") > evidence.part_support("一芽", "いちが") > 0
        True
        """
        if len(written) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in written):
            return 0.0
        heads = self._index.name_part_counts(written[0], head=True)
        tails = self._index.name_part_counts(written[-1], head=False)
        return max((math.log2(1 + n) + math.log2(1 + m)
                    for head, n in heads.items() if kana.startswith(head)
                    for tail, m in tails.items()
                    if kana.endswith(tail) and len(head) + len(tail) <= len(kana)),
                   default=0.0)

    def order_given_ties(self, found: list[Path]) -> list[Path]:
        """``found`` (readings, cheapest first) with each run of readings that cost the
        same and differ only in a last word that is a given name JMnedict alone lists
        (it gives no count: 一芽 and 一雅 both read いちが, for *Numata Ichiga*) put in
        order of :meth:`part_support`, the better supported first (沼田一雅). Other
        readings keep their places.

        >>> from jpterms.glossary import Glossary
        >>> from jpterms.reading_index import ReadingIndex
        >>> found = Glossary.bundled().reverse_engine.paths("Numata Ichiga", limit=2)
        >>> evidence = NameEvidence(ReadingIndex.default())
        >>> [p.written for p in evidence.order_given_ties(found[::-1])]
        ['沼田一雅', '沼田一芽']
        """
        def supported(run: list[Path]) -> list[tuple[float, ...]] | None:
            heads = {tuple((e.written, e.kana) for e in p.edges[:-1]) for p in run}
            if len(heads) > 1 or not all(
                    p.edges and p.edges[-1].source == "jmnedict" and
                    p.edges[-1].kind in _JMNEDICT_GIVEN for p in run):
                return None
            return [(-self.part_support(p.edges[-1].written, p.edges[-1].kana),) for p in run]

        return _reorder_ties(found, supported)

    def people(self, written: str, kana: str, *, family: bool) -> int:
        """How many of JMnedict's people bear ``written`` read ``kana`` as their family name
        (or given name); a reading that differs only in a long vowel written short counts
        as theirs (see :meth:`adjustment`).

        >>> from jpterms.reading_index import ReadingIndex
        >>> evidence = NameEvidence(ReadingIndex.default())
        >>> evidence.people("雄二", "ゆうじ", family=False) > \\
        ...     evidence.people("裕二", "ゆうじ", family=False) > 0
        True
        """
        counts = self._counts(written, family)
        return counts.get(kana, 0) or sum(
            n for reading, n in counts.items() if _short(reading) == _short(kana))

    def order_given_near_ties(self, found: list[Path]) -> list[Path]:
        """``found`` (readings, cheapest first) with the near ties of the best reading put in
        order of how many people bear their given name so, the most first: the readings
        that cost at most :data:`GIVEN_NEAR_TIE` more than the best and differ from it only
        in how the last word, a given name of the same reading, is spelled. Mozc's costs
        rank such spellings as words typed, within a margin that says little; JMnedict's
        people say which one people bear (*Tsuruoka Yuji*: 雄二, 25 people, before 裕二, 19,
        which Mozc prices 78 less). A tie in people keeps the cheaper first; the other
        readings keep their places. Each reading so ordered takes the cost of the place it
        takes, so that a later merge by cost (with the readings of the name given name
        first, :func:`jpterms.result_order.merge_orders`) keeps the order.

        >>> from jpterms.glossary import Glossary
        >>> engine = Glossary.bundled().reverse_engine
        >>> [p.written for p in engine.paths("Tsuruoka Yuji", limit=2)]
        ['鶴岡雄二', '鶴岡裕二']
        """
        if len(found) < 2 or len(found[0].edges) < 2:
            return found
        best = found[0]
        head, given = best.edges[:-1], best.edges[-1]

        def near(path: Path) -> bool:
            return (path.cost - best.cost <= GIVEN_NEAR_TIE and len(path.edges) == len(best.edges)
                    and path.edges[-1].kana == given.kana and all(
                        (a.written, a.kana) == (b.written, b.kana)
                        for a, b in zip(path.edges[:-1], head, strict=True)))

        at = [i for i, path in enumerate(found) if near(path)]
        if len(at) < 2:
            return found
        bearers = {i: self.people(found[i].edges[-1].written, given.kana, family=False)
                   for i in at}
        out = list(found)
        for i, j in zip(at, sorted(at, key=lambda k: (-bearers[k], k)), strict=True):
            out[i] = dataclasses.replace(found[j], cost=found[i].cost)
        return out

    def house_support(self, family: str, family_kana: str, given: str, given_kana: str,
                      at_most: int = MOST_PEOPLE) -> int:
        """How many people JMnedict lists (but ``family`` + ``given`` itself), up to
        ``at_most``, whose name
        begins with the family name ``family`` read ``family_kana``, then the first kanji of
        ``given`` read as the start of ``given_kana`` (a reading JMnedict's two-kanji given
        names give that kanji at their head), with more after it.

        >>> from jpterms.reading_index import ReadingIndex
        >>> evidence = NameEvidence(ReadingIndex.default())
        >>> evidence.house_support("京極", "きょうごく", "高長", "たかなが") > \\
        ...     evidence.house_support("京極", "きょうごく", "貴永", "たかなが")
        True
        """
        if not given or not _all_kanji(family + given):
            return 0
        heads = [h for h in self._index.name_part_counts(given[0], head=True)
                 if given_kana.startswith(h)]
        if not heads:
            return 0
        whole, n = family + given, 0
        for written in self._index.beginning(family + given[0]):
            if written == whole or len(written) <= len(family) + 1:
                continue
            for r in self._index.readings(written):
                rest = r.reading[len(family_kana):]
                if "person" in r.kinds and r.reading.startswith(family_kana) and \
                        any(rest.startswith(h) and len(rest) > len(h) for h in heads):
                    n += 1
                    break
            if n >= at_most:
                break
        return n

    def with_house_head(self, found: list[Path], limit: int) -> list[Path]:
        """``found`` (readings, cheapest first) with the reading of a family's kanji moved
        first, where the best reading is a surname and a given name whose first kanji no
        other person of that family JMnedict lists bears so read, and another of the first
        ``limit`` differs from it only in how the given name is spelled, beginning with a
        kanji :data:`HOUSE_PEOPLE` or more of them bear, and :data:`HOUSE_SHARE` of the
        family's people (:meth:`house_support`): *Kyogoku Takanaga* is 京極高長 (京極高次,
        高知, 高広 ...), not 京極貴永. The reading moved takes the best reading's cost."""
        if len(found) < 2 or len(found[0].edges) != 2:
            return found
        family, given = found[0].edges
        others = [i for i, path in enumerate(found[1:limit], 1)
                  if len(path.edges) == 2 and path.edges[-1].kana == given.kana and
                  path.edges[-1].written[:1] != given.written[:1] and
                  (path.edges[0].written, path.edges[0].kana) == (family.written, family.kana)]
        if not others or self.house_support(family.written, family.kana, given.written,
                                            given.kana, at_most=1):
            return found
        family_people = self.people(family.written, family.kana, family=True)
        best, most = 0, max(HOUSE_PEOPLE, math.ceil(HOUSE_SHARE * family_people)) - 1
        for i in others:
            n = self.house_support(family.written, family.kana, found[i].edges[-1].written,
                                   given.kana)
            if n > most:
                best, most = i, n
        if not best:
            return found
        # at the best reading's cost: a later merge by cost keeps it first
        return [dataclasses.replace(found[best], cost=found[0].cost), *found[:best],
                *found[best + 1:]]

    @cached_property
    def _old_forms_of(self) -> dict[str, tuple[str, ...]]:
        """Each modern kanji and its old forms (真: 眞), from :func:`jpterms.old_forms.old_forms`."""
        from jpterms.old_forms import old_forms

        out: dict[str, tuple[str, ...]] = {}
        for old, modern in sorted(old_forms().items()):
            out[modern] = (*out.get(modern, ()), chr(old))
        return out

    def old_form_given(self, written: str, kana: str) -> str | None:
        """The spelling of the given name ``written`` read ``kana`` in old kanji forms (眞一
        for 真一) that most of JMnedict's people bear so read, or None where none is borne.

        >>> from jpterms.reading_index import ReadingIndex
        >>> NameEvidence(ReadingIndex.default()).old_form_given("真", "まこと")
        '眞'
        """
        options = [(ch, *self._old_forms_of.get(ch, ())) for ch in written]
        spellings = itertools.islice(itertools.product(*options), 1, MOST_OLD_FORM_SPELLINGS + 1)
        borne = [(self.people("".join(s), kana, family=False), "".join(s)) for s in spellings]
        most = max(borne, key=lambda t: t[0], default=(0, ""))
        return most[1] if most[0] > 0 else None

    def with_old_form_given(self, found: list[Path], limit: int,
                            person: Callable[[Path], bool]) -> list[Path]:
        """``found`` (readings, cheapest first) with one reading added among the first
        ``limit``: the first of them that is a ``person``'s name (a surname, then a given
        name) whose given name people bear in old kanji forms (:meth:`old_form_given`), so
        spelled, right after it at its cost. Sources spell older people's names so (矢野眞,
        田中眞一); Mozc lists the old forms of few given names. A reading already in
        ``found`` is not added again; the reading it pushes past ``limit`` stays in
        ``found`` after it."""
        for i, path in enumerate(found[:limit]):
            if len(path.edges) != 2 or not person(path):
                continue
            surname, given = path.edges
            spelled = self.old_form_given(given.written, given.kana)
            if spelled is None or any(p.written == surname.written + spelled for p in found[:limit]):
                continue
            old = dataclasses.replace(path, edges=(surname, dataclasses.replace(
                given, written=spelled, source="jmnedict", kind="given")))
            return [*found[:i + 1], old, *(p for p in found[i + 1:] if p.written != old.written)]
        return found

    def rescore(self, edges: list[list[Edge]], slots: list[Slot]) -> list[list[Edge]]:
        """``edges`` with the words that read exactly the first written word (a surname)
        or exactly the last (a given name) re-priced; call only for a name-shaped query."""
        if not slots:
            return edges
        last_word = slots[-1].word
        out = []
        for row in edges:
            new_row = []
            for e in row:
                head, tail = slots[e.start], slots[e.end - 1]
                delta = 0
                if head.first and tail.last and head.word == tail.word:
                    if head.word == 0:
                        delta = self.adjustment(e.written, e.kana, family=True)
                    elif head.word == last_word:
                        delta = self.adjustment(e.written, e.kana, family=False)
                elif head.first and tail.last and head.word == 0 and tail.word == last_word:
                    delta = self.whole_name_adjustment(e.written, e.kana)
                new_row.append(dataclasses.replace(e, cost=e.cost + delta) if delta else e)
            out.append(new_row)
        return self._charge_unborne_variants(out, slots)

    def _charge_unborne_variants(self, edges: list[list[Edge]],
                                 slots: list[Slot]) -> list[list[Edge]]:
        """``edges`` with each spelling of the whole first written word (a surname) that no
        person in JMnedict bears, read so, costing :data:`UNBORNE_VARIANT_COST` more where
        another spelling of that reading among them is borne by :data:`VARIANT_PEOPLE`
        people or more: 深居 beside 深井 (ふかい), 乙 beside 大津 (おつ, おおつ: a long vowel
        written short reads the same, as in :meth:`people`)."""
        end = next((i for i, s in enumerate(slots) if s.word != 0), len(slots))
        if end == len(slots) or not edges or not edges[0]:
            return edges
        whole = [e for e in edges[0] if e.end == end and _all_kanji(e.written)]
        borne: dict[str, int] = {}  # the most people bearing a spelling, by reading
        people: dict[tuple[str, str], int] = {}
        for e in whole:
            n = self.people(e.written, e.kana, family=True)
            people[e.written, e.kana] = n
            key = _short(e.kana)
            borne[key] = max(borne.get(key, 0), n)
        if not any(n >= VARIANT_PEOPLE for n in borne.values()):
            return edges
        out = list(edges)
        out[0] = [dataclasses.replace(e, cost=e.cost + UNBORNE_VARIANT_COST)
                  if e.end == end and people.get((e.written, e.kana)) == 0 and
                  borne.get(_short(e.kana), 0) >= VARIANT_PEOPLE else e
                  for e in edges[0]]
        return out


def _all_kanji(text: str) -> bool:
    """Whether every character of ``text`` is a kanji of the main block, or 々.

    >>> _all_kanji("京極高々"), _all_kanji("京極たか")
    (True, False)
    """
    return all("\u4e00" <= ch <= "\u9fff" or ch == "々" for ch in text)
