"""Chinese names and titles written in pinyin (:mod:`jpterms.pinyin`): the spelling JMnedict
lists whose kanji KANJIDIC2 reads as the query's syllables, and which Japanese reads the
Chinese way, comes first.

The queries are real rows of tests/data/lookup (Aozora Bunko's authors, from
github:j-chowder/japanese_literature@224dcb0 collect/authors2.csv; HDIC's terms, from
github:shikeda/shikeda.github.io@52d0273c; provenance in that folder's README). Before,
*Pu Songling* found nothing and the others were read as romaji (愚庵ぎゅん, 週オーウェン慈恵児).
"""

from __future__ import annotations

import pytest
from tests.lookup_rows import query_for

import jpterms
from jpterms.pinyin import pinyin_query, spellings, syllables
from jpterms.reading_index import ReadingIndex


@pytest.mark.parametrize(("file", "japanese"), [
    ("aozora_authors.tsv", "蒲松齢"),  # Pu Songling: no romaji at all (Songling)
    ("hdic_terms.tsv", "広韻"),  # Guangyun: ng before a consonant
    ("hdic_terms.tsv", "説文解字"),  # Shuowen Jiezi: uo after sh
])
def test_pinyin_rows_first(file: str, japanese: str) -> None:
    query = query_for(file, japanese)
    assert pinyin_query(query) is not None
    assert jpterms.lookup(query)[0].kanji == japanese


@pytest.mark.parametrize("query", [
    "Kangyo",  # Hepburn's ん before g: parts into kang + yo, but JMnedict reads no such name
    "Zengyo",  # a station (善行): zeng + yo, likewise
    "Mekada Sakuo", "Sawada Kazuo", "Haruo", "Chuo Koron",  # uo in Japanese names and words
    "Tanaka Ken", "Matsuo Basho", "Shiji",  # romaji and pinyin alike: read as romaji
])
def test_romaji_is_no_pinyin(query: str) -> None:
    parts = pinyin_query(query)
    assert parts is None or not spellings(parts, ReadingIndex.default())


def test_japanese_names_are_not_chinese() -> None:
    # guang + yun (the dev row Guangyun): 光贇 (みつよし) is not read the Chinese way, 光運
    # is only a given name, 洸運 (こううん, of no kind) is two kanji no Japanese text
    # writes: the work 広韻 alone
    assert spellings(("guang", "yun"), ReadingIndex.default()) == ["広韻"]


def test_commoner_in_japanese_text_first() -> None:
    # of JMnedict's names of one group, the commoner in Japanese text (wordfreq) first;
    # a person or a work before a name of another kind
    index = ReadingIndex.default()
    assert spellings(("guang", "zhou"), index)[0] == "広州"  # not 光州 (Gwangju)
    assert spellings(("li", "bai"), index)[0] == "李白"  # a person, before the place 礼拝


def test_syllables_longest_first() -> None:
    assert syllables("Xi'an") == ("xi", "an")
    assert syllables("Zhuangzi") == ("zhuang", "zi")
    assert syllables("Tokyo") is None
