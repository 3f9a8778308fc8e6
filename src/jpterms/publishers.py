"""Japanese publishers and their readings: a lookup for publisher names no dictionary has.

Mozc, JMdict and JMnedict know the great houses (岩波書店, 講談社) but not many of the
publishers a bibliography cites: *Kobundo* is 弘文堂 (Mozc has only 光文堂), *Kazama
Shobo* 風間書房, *Kyuko Shoin* 汲古書院, *Yuseido* 有精堂. The table shipped as
``jpterms/data/publishers.tsv`` holds the 850 publishers SKK's proper-noun dictionary
marks as publishers (``[出版社名]``), with their readings; see
``jpterms/data/publishers.md`` for its source and licence, and :func:`build` for how it
is made.

:class:`Publishers` finds them by romaji, whatever the macrons, long-vowel spellings,
spaces or hyphens, and :func:`add_publisher_edges` offers them to the lookup lattice for
any one to four whole written words that begin with a capital and read a publisher's name.

>>> [p.written for p in Publishers.bundled().spellings("Kobundo")]
['弘文堂', '高文堂']
>>> [p.written for p in Publishers.bundled().spellings("Kazama Shobō")]
['風間書房']
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, ClassVar

from jpterms.mozc_contexts import ORGANISATION_CONTEXT

if TYPE_CHECKING:
    from jpterms.lattice import Edge, Slot

__all__ = ["Publisher", "Publishers", "add_publisher_edges", "build", "fixed_readings",
           "house_words", "name_endings", "prefer_named_bodies"]

#: The cost of a publisher spanning one written word (*Kobundo*), several (*Kazama Shobo*),
#: and what each later spelling of the same reading costs more (弘文堂 before 高文堂).
ONE_WORD_COST = 2500
SEVERAL_WORDS_COST = 1500
RANK_COST = 400
#: The most written words a publisher's name spans (*Nihon Koten Zenshu Kankokai*).
MOST_WORDS = 4

_SKK_ENTRY = re.compile(r"^([\u3041-\u3096ー]+) /(.*)/$")
_PUBLISHER = ";[出版社名]"


@cache
def _written() -> re.Pattern[str]:
    """A publisher's name in kana and kanji alone; compiled on first use, by a reading of
    SKK's list (its kanji class costs 1 ms of every check to compile)."""
    return re.compile(r"^[\u3041-\u30ff\u4e00-\u9fff々ヶー・]+$")


@dataclass(frozen=True, slots=True)
class Publisher:
    """One publisher: its name as written, its reading in hiragana, and its rank among
    the publishers read the same way (0: the first SKK lists)."""

    written: str
    kana: str
    rank: int = 0


class Publishers:
    """Publishers by romaji key (:func:`jpterms.lexicon.romaji_key` of their reading)."""

    _bundled: ClassVar[Publishers | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, publishers: Iterable[Publisher]) -> None:
        from jpterms.kana import kana_to_romaji
        from jpterms.lexicon import romaji_key

        by_key: dict[str, list[Publisher]] = {}
        for p in publishers:
            by_key.setdefault(romaji_key(kana_to_romaji(p.kana)), []).append(p)
        self._by_key = {key: tuple(sorted(found, key=lambda p: p.rank))
                        for key, found in by_key.items()}
        self.longest = max((len(k) for k in self._by_key), default=0)

    @classmethod
    def bundled(cls) -> Publishers:
        """The publishers shipped in ``jpterms/data/publishers.tsv`` (read once)."""
        with cls._lock:
            if cls._bundled is None:
                from jpterms.package_data import read_text

                cls._bundled = cls(_parse(read_text("publishers.tsv")))
            return cls._bundled

    def __len__(self) -> int:
        return sum(len(found) for found in self._by_key.values())

    def spellings(self, romaji: str) -> tuple[Publisher, ...]:
        """Publishers whose name reads ``romaji`` (any macrons, spaces, long vowels)."""
        from jpterms.lexicon import romaji_key

        return self._by_key.get(romaji_key(romaji), ())

    def has_key(self, key: str) -> bool:
        """Whether a publisher's romaji key is ``key`` exactly (already a key)."""
        return key in self._by_key


def _parse(text: str) -> list[Publisher]:
    out = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        written, kana, rank = line.split("\t")[:3]
        out.append(Publisher(written, kana, int(rank)))
    return out


def add_publisher_edges(edges: list[list[Edge]], slots: list[Slot], publishers: Publishers,
                        spelling_cost: Callable[[list[Slot], int, int, str], int | None],
                        old_forms: frozenset[int] = frozenset()) -> None:
    """Add to ``edges`` every publisher that reads one to four whole written words of the
    query, the first capitalised (*Kobundo* 弘文堂, *Kazama Shobo* 風間書房).

    ``spelling_cost(slots, start, end, kana)`` prices reading ``kana`` over the slots
    (long vowels the query left short cost a little), or says it cannot be read so.

    Where a dictionary already offers the same name over the same words, the publisher is
    offered as well if it costs less than the dictionary's word: JMnedict lists 青土社 and
    改造社 among its names, dearer than a publisher, and *Seidosha* was read 制度社. Not a
    name in an old kanji form (``old_forms``, code points): 紀伊國屋書店 stays after
    紀伊国屋書店, as the dictionaries' old forms do.
    """
    from jpterms.lattice import Edge, whole_word_spans
    from jpterms.lexicon import romaji_key

    for p, slot in enumerate(slots):
        if not (slot.first and slot.capital) or slot.fixed:
            continue
        known: dict[tuple[int, str], int] = {}
        for e in edges[p]:
            known[(e.end, e.written)] = min(e.cost, known.get((e.end, e.written), e.cost))
        for spanned, _, end, romaji in whole_word_spans(slots, p, MOST_WORDS):
            key = romaji_key(romaji)
            if len(key) > publishers.longest:
                break
            for pub in publishers.spellings(key):
                listed = known.get((end, pub.written))
                if listed is not None and any(ord(ch) in old_forms for ch in pub.written):
                    continue
                spent = spelling_cost(slots, p, end, pub.kana)
                if spent is None:
                    continue
                cost = (ONE_WORD_COST if spanned == 1 else SEVERAL_WORDS_COST) + \
                    RANK_COST * pub.rank + spent
                if listed is not None and listed <= cost:
                    continue
                known[(end, pub.written)] = cost
                edges[p].append(Edge(p, end, pub.written, pub.kana, ORGANISATION_CONTEXT,
                                     ORGANISATION_CONTEXT, cost, "publisher", "company"))


def name_endings() -> tuple[tuple[str, str], ...]:
    """The words of two characters or more a publisher's or a body's name ends in
    (``jpterms/data/citation_words.tsv``, kinds publisher and body), as (written, kana).

    >>> ("刊行会", "かんこうかい") in name_endings() and ("社", "しゃ") not in name_endings()
    True
    """
    from jpterms.package_data import read_rows

    return tuple((row[1], row[0]) for row in read_rows("citation_words.tsv")
                 if len(row) >= 3 and row[2] in ("publisher", "body") and len(row[1]) >= 2)


@cache
def house_words() -> dict[str, str]:
    """The publishers' words of two characters or more that a romanised name writes as a word
    of its own (*Chikuma Shobō*, *Kokusho Kankōkai*), without macrons (lower case) -> with
    them: the publisher kinds of :func:`name_endings`.

    >>> house_words()["shobo"], house_words()["kankokai"], house_words()["shoten"]
    ('shobō', 'kankōkai', 'shoten')
    """
    from jpterms.kana import kana_to_romaji, strip_macrons
    from jpterms.package_data import read_rows

    out: dict[str, str] = {}
    for row in read_rows("citation_words.tsv"):
        if len(row) >= 3 and row[2] == "publisher" and len(row[1]) >= 2:
            spelled = kana_to_romaji(row[0])
            out.setdefault(strip_macrons(spelled), spelled)
    return out


def prefer_named_bodies(edges: list[list[Edge]], slots: list[Slot],
                        endings: tuple[tuple[str, str], ...], per_kana: int,
                        as_word: int) -> list[list[Edge]]:
    """``edges`` where a dictionary word that ends a written word with a publisher's or
    body's word (国書刊行会 ends in 刊行会, 東洋文庫研究所 in 研究所) costs what that word
    would take off on its own: ``per_kana`` for each of its kana, and ``as_word`` more
    where it is a written word of its own. Else 酷暑 + 刊行会 beats 国書刊行会 for
    *Kokusho Kankokai*, since the lookup prefers the bare citation word."""
    import dataclasses

    from jpterms.kana import kana_to_romaji
    from jpterms.lexicon import romaji_key

    last_chars = {written[-1] for written, _ in endings}
    out = []
    for row in edges:
        new_row = []
        for e in row:
            bonus = 0
            if e.written[-1:] in last_chars and slots[e.end - 1].last and \
                    e.source not in ("text", "particle"):
                for written, kana in endings:
                    if len(e.written) > len(written) and e.written.endswith(written) and \
                            e.kana.endswith(kana):
                        last = slots[e.end - 1].word
                        word = "".join(s.written for s in slots[e.start:e.end] if s.word == last)
                        own = romaji_key(word) == romaji_key(kana_to_romaji(kana)) and \
                            slots[e.start].word != last
                        bonus = per_kana * len(kana) + (as_word if own else 0)
                        break
            new_row.append(dataclasses.replace(e, cost=e.cost - bonus) if bonus else e)
        out.append(new_row)
    return out


def build(skk_lines: Iterable[str],
          fixes: dict[tuple[str, str], str] | None = None) -> list[Publisher]:
    """The publishers of SKK's proper-noun dictionary (``SKK-JISYO.propernoun``, read as
    text): every candidate it annotates ``[出版社名]``, under a reading in hiragana,
    written in kanji and kana only (ＮＨＫ出版 and PARCO出版 are left out: a query's
    Latin letters are kept as they are). This is how ``jpterms/data/publishers.tsv`` is
    made; it is not run at start-up.

    >>> build(["こうぶんどう /弘文堂;[出版社名]法律/高文堂;[出版社名]/"])
    [Publisher(written='弘文堂', kana='こうぶんどう', rank=0), \
Publisher(written='高文堂', kana='こうぶんどう', rank=1)]

    A publisher SKK files under a reading that is not its own takes the reading of
    ``fixes`` ((written, SKK's reading) -> reading; by default :func:`fixed_readings`):
    SKK files 創森社 under そうりんしゃ, but 森 is never りん.

    >>> build(["そうりんしゃ /創森社;[出版社名]/"])
    [Publisher(written='創森社', kana='そうしんしゃ', rank=0)]
    """
    if fixes is None:
        fixes = fixed_readings()
    out: list[Publisher] = []
    seen: set[tuple[str, str]] = set()
    for line in skk_lines:
        m = _SKK_ENTRY.match(line.strip())
        if not m:
            continue
        kana = m.group(1).replace("う゛", "ゔ")
        if "ゔ" in kana:
            continue  # SKK's ゔ (う゛): Mozc and the romaniser read these by other means
        rank = 0
        for candidate in m.group(2).split("/"):
            if _PUBLISHER not in candidate:
                continue
            written = candidate.split(";", 1)[0]
            reading = fixes.get((written, kana), kana)
            if _written().match(written) and (written, reading) not in seen:
                seen.add((written, reading))
                out.append(Publisher(written, reading, rank))
                rank += 1
    return out


def fixed_readings() -> dict[tuple[str, str], str]:
    """The publishers SKK reads wrong (``jpterms/data/publisher_fixes.tsv``): (written,
    SKK's reading) -> the reading shipped instead.

    >>> fixed_readings()[("冨山房", "ふさんぼう")]
    'ふざんぼう'
    """
    from jpterms.package_data import read_rows

    return {(row[0], row[1]): row[2] for row in read_rows("publisher_fixes.tsv")}
