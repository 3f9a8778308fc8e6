"""The words titles, publishers and citations are made of, as a look-up prices them:
the rows of ``data/citation_words.tsv`` (kana, written, kind, note) sorted by what they
are (a role after a name, a title suffix, a publisher's word, a series' word …), the
voiced forms compounds give them (``data/rendaku.tsv``), and the counters of volumes and
issues. Each table is built on first use.

>>> tables = CitationTables()
>>> ("著", "ちょ") in tables.roles, ("記", "き") in tables.title_suffixes
(True, True)
>>> ("草紙", "ぞうし") in tables.voiced_titles
True
"""

from __future__ import annotations

from functools import cached_property

from jpterms.citation_words import CONTEXT_KINDS
from jpterms.compound_voicing import rendaku_parts
from jpterms.dictionaries import jmdict_common
from jpterms.kana import kana_to_romaji
from jpterms.lexicon import romaji_key
from jpterms.numbers import COUNTERS
from jpterms.publishers import house_words

__all__ = ["CitationTables"]


class CitationTables:
    """The look-up's tables of citation words, each (written, kana) unless it says
    otherwise, built on first use."""

    @cached_property
    def rows(self) -> list[list[str]]:
        """The rows of ``data/citation_words.tsv``: kana, written, kind; and the
        :attr:`voiced_title_rows`."""
        from jpterms.package_data import read_rows

        return read_rows("citation_words.tsv") + self.voiced_title_rows

    @cached_property
    def voiced_title_rows(self) -> list[list[str]]:
        """Each ``title`` row of ``data/citation_words.tsv`` that JMdict's compounds voice
        (``data/rendaku.tsv``) again with its voiced reading, as it is read after another
        word: 草紙 ぞうし (*Mekura zoshi* めくら草紙, *Otogi zoshi* お伽草紙). Nothing before
        it voices it at a query's start or after a particle written as a word, where
        :meth:`jpterms.reverse.ReverseEngine._rescore` drops it (*zoshi no kenkyu* is 増資 "a capital increase")."""
        from jpterms.package_data import read_rows

        voicing = rendaku_parts()
        return [[voicing[row[1]][row[0]], *row[1:]] for row in read_rows("citation_words.tsv")
                if row[2:3] == ["title"] and row[0] in voicing.get(row[1], {})]

    @cached_property
    def words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the words titles and publishers are made of (data file)."""
        return frozenset((row[1], row[0]) for row in self.rows
                         if len(row) >= 2 and not set(row[2:3]) & CONTEXT_KINDS)

    @cached_property
    def readings(self) -> dict[str, tuple[str, ...]]:
        by_reading: dict[str, list[str]] = {}
        for written, kana in sorted(self.words):
            by_reading.setdefault(kana, []).append(written)
        return {kana: tuple(words) for kana, words in by_reading.items()}

    @cached_property
    def voiced_titles(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the :attr:`voiced_title_rows` (草紙 ぞうし)."""
        return frozenset((row[1], row[0]) for row in self.voiced_title_rows)

    @cached_property
    def compound_voiced(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the parts ``data/rendaku.tsv`` lists read with the voiced
        first sound compounds give them, where JMdict does not list that reading of the
        part itself (時計 どけい, not 頃 ごろ), and the voiced citation words
        (:attr:`voiced_title_rows`): see :data:`RENDAKU_START_COST`."""
        return frozenset((part, voiced) for part, forms in rendaku_parts().items()
                         for voiced in forms.values() if jmdict_common(part, voiced) is None
                         ) | {(row[1], row[0]) for row in self.voiced_title_rows}

    @cached_property
    def counter_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the counters of citations, voiced as after a number (版: はん,
        ばん, ぱん)."""
        sounds = {"か": "が", "は": "ばぱ", "へ": "べぺ", "さ": "ざ", "し": "じ"}
        return frozenset((written, changed + kana[1:]) for kana, written in COUNTERS.items()
                         for changed in kana[0] + sounds.get(kana[0], ""))

    @cached_property
    def roles(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of what a person did for a work, written after the name (著, 編,
        訳: ``role`` rows of the data file)."""
        return frozenset((row[1], row[0]) for row in self.rows
                         if row[2:3] == ["role"])

    @cached_property
    def others_romaji(self) -> frozenset[str]:
        """How 'and others' after a name is written in romaji (*hoka*: ``others_after_name``
        of word_division.json), before a role (*Yamada hoka yaku*)."""
        from jpterms.division import rules

        return frozenset(kana_to_romaji(kana).lower()
                         for kana in rules()["others_after_name"]["words"].values())

    @cached_property
    def owner_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of what a school or library a municipality runs is called after
        its name (市立, 県立, 町立: ``owner`` rows of the data file)."""
        return frozenset((row[1], row[0]) for row in self.rows
                         if row[2:3] == ["owner"])

    @cached_property
    def founder_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the house words a bookseller's or publisher's name often puts
        after its founder's family name (書房, 書店, 書院: ``founder`` rows of the data
        file)."""
        return frozenset((row[1], row[0]) for row in self.rows
                         if row[2:4] == ["publisher", "founder"])

    @cached_property
    def house_keys(self) -> frozenset[str]:
        """The romaji keys of :func:`house_words` (*shobo*, *shoten*, *kankokai*) and of
        社 (*sha*)."""
        return frozenset(romaji_key(word) for word in house_words()) | {"sha"}

    @cached_property
    def title_suffixes(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the citation words that end a title glued to its last word
        (記, 伝, 考, 抄: ``suffix`` rows of the data file)."""
        return frozenset((row[1], row[0]) for row in self.rows
                         if len(row) >= 3 and row[2] == "suffix")

    @cached_property
    def bound_suffixes(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the title suffixes written only after their noun (史:
        ``bound`` in the data file's fourth column)."""
        return frozenset((row[1], row[0]) for row in self.rows
                         if row[3:4] == ["bound"])

    @cached_property
    def placed_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the accounts of a journey, named after a place (紀行:
        ``placed`` in the data file's fourth column)."""
        return frozenset((row[1], row[0]) for row in self.rows
                         if row[3:4] == ["placed"])

    @cached_property
    def name_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the citation words that end a publisher's or a body's name
        (書房, 社, 庁, 省): preferred only where the name ends, before punctuation or at the
        end of the query (*Kyoshi cho* keeps 著, not 庁), and not as a word of its own after a
        particle (*Anto no sho*: no name is 安藤 + の + 省)."""
        return frozenset((row[1], row[0]) for row in self.rows
                         if len(row) >= 3 and row[2] in ("publisher", "body"))

    @cached_property
    def series_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the citation words that name a series or a journal (紀要, 新報,
        年報: ``series`` rows): a journal's name is one compound (法学新報), so as a written word of
        its own after a particle no such word is preferred to a word read otherwise
        (*Kagaku no shinpo* is 科学の進歩 "the progress of science", not a journal 新報); only
        to its homophones (*Kuno no nenkan* 苦悩の年鑑, not 年間)."""
        return frozenset((row[1], row[0]) for row in self.rows
                         if len(row) >= 3 and row[2] == "series")
