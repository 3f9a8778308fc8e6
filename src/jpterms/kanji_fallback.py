"""Readings for the kanji that no dictionary reads, so that none is left in the output.

UniDic, JMdict, JMnedict, Mozc and KANJIDIC2 between them read every kanji of modern
Japanese, but catalogue records and old texts also write variants none of them lists:
櫸 for 欅 (keyaki), 秌 for 秋 (aki). For those, :class:`KanjiFallback`:

1. reads the word with each such kanji written as a variant KANJIDIC2 reads, from the
   variant tables of the Kanji Database Project (``jpterms/data/kanji_variants.tsv``,
   8,200 kanji with 21,500 variants);
2. reads an iteration mark (々) standing on its own after a kanji as that kanji again;
3. writes ``?`` for a character nothing reads at all (𪚲), as Python's
   ``errors="replace"`` does for a character an encoding cannot write: a visible gap,
   never a kanji and never a made-up reading.

Every reading from here is a ``guess`` in :meth:`jpterms.Romanizer.explain`, so the
checker never raises a certain finding on it.

>>> KanjiFallback().standard_form("秌場")
'秋場'
>>> KanjiFallback().standard_form("欅")
'欅'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jpterms.readings import ReadingResolver

__all__ = ["ITERATION_MARK", "UNREAD", "FallbackReading", "KanjiFallback"]

#: What a character nothing reads is written as.
UNREAD = "?"
#: The iteration mark: repeats the kanji before it.
ITERATION_MARK = "々"


@dataclass(frozen=True, slots=True)
class FallbackReading:
    """A reading the fallback gives: katakana as spelled, where it came from, and whether
    it takes the word before it in (``merge``: 幹 + 々 are read as one word) or joins it
    as it is (``attach``: 新島 + 々)."""

    kana: str
    source: str
    merge: bool = False
    attach: bool = False


class KanjiFallback:
    """Variants of kanji that KANJIDIC2 reads, read on first use, and the last readings
    for characters nothing else reads (through ``resolver``: KANJIDIC2 and JMdict)."""

    def __init__(self, resolver: ReadingResolver | None = None) -> None:
        self._resolver = resolver
        self._standard: dict[str, str] | None = None

    @property
    def resolver(self) -> ReadingResolver:
        if self._resolver is None:
            from jpterms.readings import ReadingResolver

            self._resolver = ReadingResolver()
        return self._resolver

    def _table(self) -> dict[str, str]:
        if self._standard is None:
            from jpterms.package_data import read_text

            table: dict[str, str] = {}
            for line in read_text("kanji_variants.tsv").splitlines():
                if line and not line.startswith("#"):
                    standard, variants = line.split("\t")
                    for variant in variants:
                        table[variant] = standard
            self._standard = table
        return self._standard

    def standard(self, char: str) -> str | None:
        """The variant of ``char`` that KANJIDIC2 reads, if ``char`` is one it does not.

        >>> KanjiFallback().standard("櫸"), KanjiFallback().standard("森")
        ('欅', None)
        """
        return self._table().get(char)

    def standard_form(self, text: str) -> str:
        """``text`` with every kanji the table lists written as the variant it reads."""
        table = self._table()
        return "".join(table.get(ch, ch) for ch in text)

    def read(self, surface: str, before: str = "") -> FallbackReading | None:
        """A guessed reading for ``surface``, which no dictionary reads as a word, coming
        after ``before`` (the text of the token before it, or "").

        >>> f = KanjiFallback()
        >>> f.read("々", "幹")
        FallbackReading(kana='カンカン', source='kanjidic+iteration', merge=True, attach=False)
        >>> f.read("〆").kana, f.read("𪚲").kana, f.read("〆〆〆〆〆〆").kana
        ('シメ', '?', 'シメシメシメシメシメシメ')
        """
        from jpterms.kana import has_kanji, to_katakana

        resolver = self.resolver
        if surface.strip(ITERATION_MARK) == "" and before and has_kanji(before[-1]) \
                and before[-1] != ITERATION_MARK:
            # a 々 the tokenizer cut off from its kanji repeats that kanji's reading
            one = _spelled(resolver.kanji_guess(self.standard_form(before[-1])))
            if one:
                if len(before) == 1:
                    return FallbackReading(one * (len(surface) + 1), "kanjidic+iteration",
                                           merge=True)
                return FallbackReading(one * len(surface), "kanjidic+iteration", attach=True)
        words = [c for c in resolver.candidates(surface, names=False) if c.source == "jmdict"]
        if words:  # 〆 しめ, a lone 々 のま (the mark's own name)
            return FallbackReading(to_katakana(words[0].reading), "jmdict")
        pieces: list[str] = []
        unread = False
        for ch in surface:
            if not has_kanji(ch):
                pieces.append(to_katakana(ch))
                continue
            if ch == ITERATION_MARK and pieces and pieces[-1] != UNREAD:
                pieces.append(pieces[-1])  # 〆 + 々: the mark repeats what it follows
                continue
            piece = _spelled(resolver.kanji_guess(self.standard_form(ch))) or next(
                (to_katakana(c.reading) for c in resolver.candidates(ch, names=False)
                 if c.source == "jmdict"), "")  # in a run of its own: 〆 しめ, 々 のま
            unread = unread or not piece
            pieces.append(piece or UNREAD)
        if not pieces:
            return None
        return FallbackReading("".join(pieces), "unread" if unread else "kanjidic")


def _spelled(katakana: str) -> str:
    """A KANJIDIC2 guess (long vowels as ー) spelled out as kana (カー: カウ is never
    wanted; ー after オ/ウ rows is ウ, after エ is イ, else the vowel itself)."""
    return katakana.replace("ー", "ウ")


def reading_fits(written: str, reading: str, resolver: ReadingResolver) -> bool:
    """Whether ``reading`` (hiragana) can be read off ``written`` kanji by kanji: the kana
    in ``written`` stand for themselves, and each run of kanji takes a reading KANJIDIC2
    gives its kanji (with their voiced forms, and a kun reading with its kana ending:
    創 つくる) or one JMdict or JMnedict gives the run as a word (雲母 きらら). A table's
    reading that fails this is not the reading of those characters: the SKK dictionary
    reads the publisher 財経詳報社 ざいけいしゅっぱんしゃ, and 詳報 is never しゅっぱん.

    >>> r = KanjiFallback().resolver
    >>> reading_fits("財経詳報社", "ざいけいしょうほうしゃ", r)
    True
    >>> reading_fits("財経詳報社", "ざいけいしゅっぱんしゃ", r)
    False
    >>> reading_fits("南雲堂フェニックス", "なんうんどうふぇにっくす", r)
    True
    """
    import re

    from jpterms.kana import has_kanji, to_hiragana

    runs = re.findall("[々〆ヶ\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+|[^々〆ヶ"
                      "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+", written)
    pattern = "".join("(.+?)" if has_kanji(run) else re.escape(to_hiragana(run)) for run in runs)
    kanji_runs = [run for run in runs if has_kanji(run)]
    matches = [re.fullmatch(pattern, reading)]
    if matches[0] is None:
        return False
    # (a lazy match may give an early run too little: try the greedy reading as well)
    greedy = re.fullmatch(pattern.replace("(.+?)", "(.+)"), reading)
    matches.append(greedy)
    return any(m is not None and all(_run_fits(run, part, resolver)
                                     for run, part in zip(kanji_runs, m.groups(), strict=True))
               for m in matches)


def _run_fits(run: str, reading: str, resolver: ReadingResolver) -> bool:
    """Whether one run of kanji can be read ``reading`` (see :func:`reading_fits`)."""
    from jpterms.reading_parts import split_over_kanji

    if split_over_kanji(run, reading, resolver.index) is not None:
        return True
    if any(c.reading == reading for c in resolver.candidates(run)):
        return True
    # a kun reading with its kana ending (創 つく.る: つくる), once per run
    for i, ch in enumerate(run):
        for kun in resolver.index.kanji(ch)[1]:
            stem, _, ending = kun.strip("-").partition(".")
            if not ending:
                continue
            whole = stem + ending
            for at in range(len(reading) - len(whole) + 1):
                if reading[at:at + len(whole)] != whole:
                    continue
                head, tail = reading[:at], reading[at + len(whole):]
                if (not run[:i] and head) or (not run[i + 1:] and tail):
                    continue
                if (not run[:i] or split_over_kanji(run[:i], head, resolver.index)) and (
                        not run[i + 1:] or split_over_kanji(run[i + 1:], tail, resolver.index)):
                    return True
    return False
