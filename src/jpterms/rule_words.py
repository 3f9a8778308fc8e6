"""The word lists the reading rules share, read once from the data files: the words that
end a school's, a site's or a house's name, the kanji a temple reads in go'on, the houses of
the court nobility and the ancient clans with their readings, and the roles of a citation
(訳, 著).

:mod:`jpterms.readings` and the rules it owns import these from here; this module imports
none of them.

>>> "小学校" in school_words(), clan_table()["藤原"]
(True, 'ふじわら')
"""

from __future__ import annotations

from functools import cache

from jpterms.division import rules as _rules
from jpterms.kana import mark_long_vowels, to_katakana


@cache
def school_words() -> tuple[str, ...]:
    """The words that end a school's name (``schools``: 小学校, 高等学校), for
    ``str.endswith``."""
    return tuple(_rules()["schools"]["words"])


@cache
def temple_go_on_kanji() -> dict[str, tuple[str, str]]:
    """Each kanji of ``temple_go_on``: its kan'on reading and its go'on reading."""
    return {ch: (kan, go) for ch, (kan, go) in _rules()["temple_go_on"]["words"].items()}


@cache
def house_endings() -> tuple[str, ...]:
    """The words a coined house's name ends with (``house_endings``: 社, 書院, 寺), for
    ``str.endswith``."""
    return tuple(_rules()["house_endings"]["words"])


@cache
def named_site_endings() -> tuple[str, ...]:
    """The endings of the names of shrines, temples and other sites (``named_sites``:
    神社, 寺, 山, 温泉), for ``str.endswith``."""
    return tuple(_rules()["named_sites"]["endings"])


@cache
def site_words() -> tuple[str, ...]:
    """The words that end a site's name (``site_words``: 神社, 館), for ``str.endswith``."""
    return tuple(_rules()["site_words"]["words"])


@cache
def court_name_tables() -> tuple[dict[str, str], dict[str, str]]:
    """The houses of the court nobility (``data/court_houses.tsv``) with their readings as
    houses of the court ("" where the file gives none), and the reading they give the
    first kanji of a given name (``data/court_name_heads.tsv``, rebuilt by
    ``tests/data/rendaku/make_court_name_heads.py``, and the kanji JMnedict lists too few
    of their people with to count, ``data/court_name_heads_curated.tsv``: 尚 ひさ)."""
    heads = {**_two_columns("court_name_heads_curated.tsv"), **_two_columns("court_name_heads.tsv")}
    return _two_columns("court_houses.tsv"), heads


@cache
def citation_roles() -> dict[str, tuple[str, str]]:
    """The roles of ``data/citation_words.tsv`` (訳, 著, 編著, 監修) with their readings
    (katakana, long vowels marked: ヤクチュー) and kana (ヤクチュウ)."""
    from jpterms.package_data import read_rows

    return {row[1]: (mark_long_vowels(to_katakana(row[0])), to_katakana(row[0]))
            for row in read_rows("citation_words.tsv") if len(row) > 2 and row[2] == "role"}


@cache
def clan_table() -> dict[str, str]:
    """The ancient clans (uji) whose people take the genitive の after the clan name
    (``data/clan_names.tsv``), with their readings: 藤原 ふじわら, 平 たいら."""
    return _two_columns("clan_names.tsv")


def _two_columns(name: str) -> dict[str, str]:
    """A shipped table's first column mapped to its second ("" where a line has none),
    comments and blank lines skipped: ``court_houses.tsv`` 久我 → こが."""
    from jpterms.package_data import read_text

    table: dict[str, str] = {}
    for line in read_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            key, *rest = line.strip().split("\t")
            table[key] = rest[0] if rest else ""
    return table
