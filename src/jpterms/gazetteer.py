"""Official readings of Japan's municipalities (``jpterms/data/municipalities.tsv``), the
readings of publishers (``jpterms/data/publishers.tsv``, see its ``publishers.md``) and of
the old provinces (``jpterms/data/provinces.tsv``).

Whether 町 is まち or ちょう, and 村 むら or そん, is decided municipality by municipality
(八千代町 やちよまち in Ibaraki, 福島町 ふくしまちょう in Hokkaido): no dictionary and no
rule knows it, the official list does. It is shipped as data, read on first use.

>>> readings = municipality_readings()
>>> readings["八千代町"], readings["上野村"]
('やちよまち', 'うえのむら')
>>> readings["清水町"]  # two towns (Hokkaido, Shizuoka) read alike; small kana full size
'しみずちよう'
>>> "池田町" in readings  # いけだまち in Nagano, いけだちょう in Hokkaido, Fukui and Gifu
False
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

__all__ = ["StationNames", "TownReadings", "full_size", "municipality_names",
           "municipality_readings", "prefecture_municipalities", "province_readings",
           "publisher_readings"]

_FULL_SIZE = str.maketrans("ゃゅょっぁぃぅぇぉゎ", "やゆよつあいうえおわ")


def full_size(kana: str) -> str:
    """Hiragana with small kana written full size, as the official list writes them.

    >>> full_size("ぎょうだし")
    'ぎようだし'
    """
    return kana.translate(_FULL_SIZE)


def municipality_readings() -> dict[str, str]:
    """Written name → official reading (hiragana, small kana full size, as listed), for
    every municipality whose name is read one way wherever it occurs; a name that two
    municipalities read differently is left out. A name in an old kanji form is also
    found in the modern form the text is read in (苅田町 as 刈田町, 飯舘村 as 飯館村).

    >>> readings = municipality_readings()
    >>> readings["刈田町"], readings["飯館村"]
    ('かんだまち', 'いいたてむら')
    """
    from jpterms.old_forms import old_forms

    return _one_reading("municipalities.tsv", full_size, old_forms())


def municipality_names() -> tuple[frozenset[str], frozenset[str]]:
    """The prefectures and the municipalities of the official list, however read (old
    kanji forms in modern forms too): what an address begins with.

    >>> prefectures, names = municipality_names()
    >>> "東京都" in prefectures, "池田町" in names, "刈田町" in names
    (True, True, True)
    """
    from jpterms.old_forms import old_forms

    modern = old_forms()
    prefectures: set[str] = set()
    names: set[str] = set()
    for written, _, prefecture in _municipality_rows():
        names.update((written, written.translate(modern)))
        prefectures.add(prefecture)
    return frozenset(prefectures), frozenset(names)


def _municipality_rows() -> Iterator[tuple[str, str, str]]:
    """The official list's rows (``data/municipalities.tsv``): written name, reading,
    prefecture."""
    from jpterms.package_data import read_text

    for line in read_text("municipalities.tsv").splitlines():
        if line and not line.startswith("#"):
            written, kana, prefecture = line.split("\t")[:3]
            yield written, kana, prefecture


def prefecture_municipalities() -> dict[str, dict[str, str]]:
    """Prefecture → its municipalities of the official list, each with its official
    reading (small kana full size, as listed).

    >>> prefecture_municipalities()["愛知県"]["豊田市"]
    'とよたし'
    """
    found: dict[str, dict[str, str]] = {}
    for written, kana, prefecture in _municipality_rows():
        found.setdefault(prefecture, {})[written] = kana
    return found


def publisher_readings() -> dict[str, str]:
    """Written name → reading (hiragana) of the publishers SKK's proper-noun dictionary
    lists, as :mod:`jpterms.publishers` ships them: 吉川弘文館 is よしかわこうぶんかん,
    which no other dictionary has (UniDic reads 弘文 as the given name Hirofumi).

    >>> publisher_readings()["吉川弘文館"]
    'よしかわこうぶんかん'
    """
    return _one_reading("publishers.tsv", str)


def province_readings(*, hokkaido: bool = False) -> dict[str, str]:
    """Name → reading (hiragana) of the old provinces (令制国) SKK's proper-noun dictionary
    lists as …のくに: 上野 in 上野国 is こうずけ, not the うえの of Tokyo. With ``hokkaido``,
    Hokkaidō's eleven provinces of 1869 too (天塩 てしお in 天塩国), which the reader reads
    but the checker does not take as names written as they should be (渡島 Oshima is no
    reason to leave Ōshima unflagged).

    >>> province_readings()["上野"]
    'こうずけ'
    >>> "天塩" in province_readings(), province_readings(hokkaido=True)["天塩"]
    (False, 'てしお')
    """
    return _one_reading("provinces.tsv", str, skip=() if hokkaido else ("hokkaido",))


def _one_reading(name: str, normalise: Callable[[str], str],
                 modern: dict[int, str] | None = None,
                 skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Written form → reading from a shipped table (written, kana, ... per line), for the
    written forms the table reads one way only; with ``modern``, a translate table of old
    kanji forms, each written form in modern forms too. Lines whose third column is one
    of ``skip`` are left out."""
    from jpterms.package_data import read_text

    found: dict[str, set[str]] = {}
    for line in read_text(name).splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if len(fields) > 2 and fields[2] in skip:
                continue
            written, kana = fields[:2]
            found.setdefault(written, set()).add(normalise(kana))
            if modern is not None and written.translate(modern) != written:
                found.setdefault(written.translate(modern), set()).add(normalise(kana))
    return {written: kana.pop() for written, kana in found.items() if len(kana) == 1}


class StationNames:
    """The nationwide station list's names (``jpterms/data/stations.tsv``, ヶ written ケ)
    whose stations all read alike, with that reading.

    The first :attr:`SEARCHES` questions search the list's text, which costs microseconds
    each, so that a one-line ``jpterms romanize 東京`` does not index 8,800 rows (about
    10 ms of its start-up); after them the list is indexed once and asked as a table.

    >>> stations = StationNames()
    >>> stations.reading("大和八木"), stations.reading("東京"), stations.reading("京都大学")
    ('やまとやぎ', 'とうきょう', None)
    >>> stations.reading("幡ヶ谷") == stations.reading("幡ケ谷") == 'はたがや'
    True
    """

    #: Questions answered by searching the text before the list is indexed.
    SEARCHES = 32

    def __init__(self) -> None:
        self._text: str | None = None
        self._table: dict[str, str] | None = None
        self.searches = 0  # questions answered by a search (counted by the tests)

    def reading(self, name: str) -> str | None:
        """The reading every station called ``name`` has, or None (no station, or
        stations of that name read differently)."""
        name = name.replace("ヶ", "ケ")
        if self._table is None and self.searches >= self.SEARCHES:
            self._table = self._index()
        if self._table is not None:
            return self._table.get(name)
        self.searches += 1
        if not name or "\t" in name or "\n" in name:
            return None
        text = self._rows()
        needle = f"\t{name}\n"
        kana: set[str] = set()
        at = text.find(needle)
        while at >= 0:
            reading = text[text.rfind("\n", 0, at) + 1 : at]
            if not reading.startswith("#"):  # (a comment holds no tab: never so far)
                kana.add(reading)
            at = text.find(needle, at + 1)
        return kana.pop() if len(kana) == 1 else None

    def _rows(self) -> str:
        """The list's text, ending in a newline: its rows are reading TAB name, one per
        line, among ``#`` comments. The text as read, not split into its 8,800 lines:
        the list of lines and their join cost a cold ``jpterms romanize 東京`` about 300
        pages of new memory (1.2 MB), each a page fault."""
        if self._text is None:
            from jpterms.package_data import read_text

            text = read_text("stations.tsv").replace("ヶ", "ケ")
            self._text = text if text.endswith("\n") else text + "\n"
        return self._text

    def _index(self) -> dict[str, str]:
        # each name at its first reading, then those read another way too dropped (no set
        # per name: 9.5 -> 3.7 ms for the list's 8,800 rows)
        table: dict[str, str] = {}
        differ: set[str] = set()
        for line in self._rows().split("\n"):
            if line and not line.startswith("#"):
                kana, written = line.split("\t")
                if table.setdefault(written, kana) != kana:
                    differ.add(written)
        for written in differ:
            del table[written]
        return table


class TownReadings:
    """Each municipality's town names (町域) and Japan Post's readings of them
    (``jpterms/data/town_readings.tsv``, built by ``scripts/make_town_readings.py``), for
    the schools a municipality names after its towns: 佐世保市 has 神浦 こうのうら, which
    JMnedict reads three ways. Read on the first question; each municipality's block is
    parsed when first asked for.

    >>> towns = TownReadings()
    >>> towns.reading("佐世保市", "神浦"), towns.reading("佐世保市", "東京")
    ('こうのうら', None)
    >>> towns.reading("斜里郡小清水町", "神浦")  # a county's town is its own name
    'かみうら'
    """

    def __init__(self) -> None:
        self._text: str | None = None
        self._blocks: dict[str, dict[str, str]] = {}

    def reading(self, municipality: str, town: str) -> str | None:
        """Japan Post's one reading of ``town`` in ``municipality`` (a city, a ward of
        Tokyo, a town or village, after its county if any), or None where the table has
        none: no such town, or one the dictionaries read that one way only."""
        municipality = municipality.rpartition("郡")[2]
        block = self._blocks.get(municipality)
        if block is None:
            block = self._blocks[municipality] = self._block(municipality)
        return block.get(town)

    def _block(self, municipality: str) -> dict[str, str]:
        if self._text is None:
            from jpterms.package_data import read_text

            self._text = "\n" + read_text("town_readings.tsv")
        at = self._text.find(f"\n{municipality}\n") if "\t" not in municipality else -1
        if at < 0 or not municipality:
            return {}
        block: dict[str, str] = {}
        for line in self._text[at + len(municipality) + 2 :].split("\n"):
            name, tab, kana = line.partition("\t")
            if not tab:
                break
            block[name] = kana
        return block
