"""How a look-up reads a municipality's or a prefecture's name and its suffix.

A place and its administrative suffix joined by a hyphen (*Iwakuni-shi*, *Oiso-cho*,
*Miyagi-ken*) are read as the official list of municipalities names them (岩国市, 大磯町,
宮城県; ``data/municipalities.tsv``, with the wards of designated cities alone), where the
two spell a listed one, read so; a suffix written so after any capitalised place may be
read as that suffix too (*Kamitsuma-gun* 上妻郡). :class:`MunicipalLookup` finds those
written words and tells :meth:`jpterms.reverse.ReverseEngine._rescore` whether a word and
a suffix name a listed municipality. The engine owns one and builds it on first use.

>>> from jpterms.lattice import query_slots, written_words
>>> from jpterms.package_data import read_rows
>>> municipal = MunicipalLookup(read_rows("citation_words.tsv"))
>>> [municipal.suffixed(query_slots(q), written_words(q))[0]
...  for q in ("Iwakuni-shi", "Nihon-shi", "Kamitsuma-gun")]
[{1: '市'}, {}, {1: '郡'}]
>>> municipal.prefectures_named(written_words("Miyagi-ken Kami-cho"))
frozenset({'宮城県'})
"""

from __future__ import annotations

from functools import cached_property

from jpterms.kana import kana_to_romaji
from jpterms.lattice import Edge, Slot
from jpterms.lexicon import romaji_key
from jpterms.reading_index import ReadingIndex

__all__ = ["MunicipalLookup"]


class MunicipalLookup:
    """The municipalities and prefectures of the official list, and the suffixes a query
    writes after them (the ``municipal`` rows of ``citation_rows``, the rows of
    ``data/citation_words.tsv``: 市, 町, 村, 郡, 県)."""

    def __init__(self, citation_rows: list[list[str]]) -> None:
        self._citation_rows = citation_rows

    def suffixed(self, slots: list[Slot], parts: list[tuple[str, bool, bool]]
                 ) -> tuple[dict[int, str], frozenset[int]]:
        """The written words joined by a hyphen to the word before them that spell a
        municipality's suffix, where the two words spell a municipality of the official list
        (*shi* of *Iwakuni-shi*, *cho* of *Oiso-cho*; not *Nihon-shi*, which is no city), to
        the suffix's kanji; and, after any capitalised word, a suffix written so after any
        place, listed or not (:attr:`_placed_suffix_keys`: *Ikoma-cho* 生駒町, a town merged
        away; *Kamitsuma-gun* 上妻郡; *Okayama Shasho-ku* 岡山車掌区). Not 市, also a clan's 氏
        and read 史 "history" after a place as well (*Edo-shi* 江戸史). And the words of
        those a place the list lacks leads."""
        out: dict[int, str] = {}
        placed: set[int] = set()
        for w in range(1, len(parts)):
            if parts[w][2] and parts[w - 1][2] and not parts[w][1] and not parts[w - 1][1]:
                key = romaji_key(parts[w][0])
                written = self._suffix_keys.get(key)
                if written is None:
                    continue
                if romaji_key(parts[w - 1][0] + parts[w][0]) in self._spellings:
                    out[w] = written
                    continue
                if key not in self._placed_suffix_keys or not parts[w - 1][0][:1].isupper():
                    continue
                out[w] = written  # Kamitsuma-gun: 郡, whatever reads Kamitsuma
                placed.add(w)
        words = {s.word for s in slots}
        return {w: written for w, written in out.items() if w in words}, frozenset(placed)

    def prefectures_named(self, parts: list[tuple[str, bool, bool]]) -> frozenset[str]:
        """The prefectures of the official list that two written words joined by a hyphen
        spell (*Miyagi-ken*: 宮城県)."""
        keys = {romaji_key(parts[w - 1][0] + parts[w][0]) for w in range(1, len(parts))
                if parts[w][2] and parts[w - 1][2]}
        return frozenset(p for p in self._prefectures.get("", ())
                         if keys & self._keys.get(p, frozenset()))

    def names_municipality(self, e: Edge, written_suffix: str, suffix: str,
                           prefectures: frozenset[str] = frozenset()) -> bool:
        """Whether word ``e`` with ``suffix`` (市), as the query writes it (*shi*), is a
        municipality of the official list read so (可児 + *shi*: 可児市 かにし), and one of
        ``prefectures`` where the query names any (*Miyagi-ken Kami-cho* is 加美町, not
        Hyōgo's 香美町).

        >>> from jpterms.lattice import new_edge
        >>> from jpterms.package_data import read_rows
        >>> municipal = MunicipalLookup(read_rows("citation_words.tsv"))
        >>> kani = new_edge(0, 2, "可児", "かに", 0, 0, 0, "mozc", "")
        >>> municipal.names_municipality(kani, "shi", "市"), \\
        ...     municipal.names_municipality(kani, "cho", "町")
        (True, False)
        >>> gifu, miyagi = frozenset({"岐阜県"}), frozenset({"宮城県"})
        >>> [municipal.names_municipality(kani, "shi", "市", p) for p in (gifu, miyagi)]
        [True, False]
        """
        return self.listed(
            e.written + suffix, romaji_key(kana_to_romaji(e.kana) + written_suffix), prefectures)

    def listed(self, name: str, key: str, prefectures: frozenset[str]) -> bool:
        """Whether the official list has municipality ``name`` read as romaji ``key`` spells
        (in one of ``prefectures``, if any), or ``name`` is a prefecture so read."""
        return key in self._keys.get(name, ()) and (
            not prefectures or name in prefectures or
            bool(prefectures & self._prefectures.get(name, set())))

    @cached_property
    def suffixes(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the suffixes of a municipality or a prefecture (市, 町, 村, 県:
        ``municipal`` rows of the data file)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if row[2:3] == ["municipal"])

    @cached_property
    def _suffix_keys(self) -> dict[str, str]:
        """The municipal suffixes, each romaji key to its kanji (*shi*: 市, *machi* and
        *cho*: 町), worked out once for every query."""
        return {romaji_key(kana_to_romaji(kana)): written for written, kana in self.suffixes}

    @cached_property
    def _placed_suffix_keys(self) -> frozenset[str]:
        """The romaji keys of the municipal suffixes written after any place, listed or
        not (``placed`` in the data file's fourth column: *cho*, *machi*, *ku*, *gun*)."""
        return frozenset(romaji_key(kana_to_romaji(row[0])) for row in self._citation_rows
                         if row[2:4] == ["municipal", "placed"])

    @cached_property
    def _keys(self) -> dict[str, frozenset[str]]:
        """The official list's municipalities and prefectures by written name, to the romaji
        keys of their readings (大磯町: *oisomachi*), with 町 and 村 read either way
        (*oisocho*: writers use both)."""
        from jpterms.gazetteer import municipality_names

        swaps = {"まち": "ちょう", "ちょう": "まち", "むら": "そん", "そん": "むら"}
        found: dict[str, set[str]] = {}
        for written, kana, _ in self._rows:
            readings = {kana} | {kana[:-len(end)] + other for end, other in swaps.items()
                                 if kana.endswith(end)}
            found.setdefault(written, set()).update(
                romaji_key(kana_to_romaji(r)) for r in readings)
        index = ReadingIndex.default()
        for prefecture in municipality_names()[0]:  # 東京都 as the dictionaries read it
            found.setdefault(prefecture, set()).update(
                romaji_key(kana_to_romaji(r.reading)) for r in index.readings(prefecture))
        return {written: frozenset(keys) for written, keys in found.items()}

    @cached_property
    def _rows(self) -> list[tuple[str, str, str]]:
        """(written, kana, prefecture) of the official list's municipalities, and of the
        wards of its designated cities alone as well (大阪市大正区: 大正区 たいしょうく)."""
        from jpterms.package_data import read_text

        rows: list[tuple[str, str, str]] = []
        for line in read_text("municipalities.tsv").splitlines():
            if line and not line.startswith("#"):
                written, kana, prefecture = line.split("\t")[:3]
                rows.append((written, kana, prefecture))
        kana_of = {written: kana for written, kana, _ in rows}
        wards: list[tuple[str, str, str]] = []
        for written, kana, prefecture in rows:
            city = written[:written.find("市") + 1]
            if written.endswith("区") and city and city != written and \
                    kana.startswith(kana_of.get(city, "-")):
                wards.append((written[len(city):], kana[len(kana_of[city]):], prefecture))
        return [*rows, *wards]

    @cached_property
    def _prefectures(self) -> dict[str, set[str]]:
        """The official list's municipalities (and designated cities' wards alone) by written
        name, to their prefectures (and, under "", every prefecture)."""
        found: dict[str, set[str]] = {"": set()}
        for written, _, prefecture in self._rows:
            found.setdefault(written, set()).add(prefecture)
            found[""].add(prefecture)
        return found

    @cached_property
    def _spellings(self) -> frozenset[str]:
        """The romaji keys of every municipality of the official list (:attr:`_keys`)."""
        return frozenset(key for keys in self._keys.values() for key in keys)

