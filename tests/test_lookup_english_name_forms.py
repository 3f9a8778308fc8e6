"""Names written as English documents write them: given name first, a hyphen for the
syllabic n's apostrophe or between two vowels (*Shin-ichi*, *Yo-ichi*), and a passport's
*oh* for a long o before a vowel (*Ohe*, *Tohyama*), and a clan's の that JMnedict writes
where the name's usual spelling does not (曾我の馬子 beside 蘇我馬子).

The queries are real rows of tests/data/lookup/names_english_forms.tsv (dev rows of the
Wikidata name files, from github:richardjharris/yomikun-database@9e536d6
data/wikidata-nokana.jsonl.gz, their English labels written as English prose writes them:
``make_english_forms.py``; provenance in that folder's README). Before, any hyphen stopped
a query being read as a name: *Ko-ichi Horikoshi* was 小市堀越, *Jun-ichiroh Ishida*
潤一郎石田.
"""

from __future__ import annotations

import pytest
from tests.lookup_rows import query_for

import jpterms
from jpterms.query_text import hyphens_as_name

ROWS = ["堀越孝一", "石田潤一郎", "本橋洋一", "田畑伸一郎", "吉村萬壱", "藤沢文翁", "翁久允",
        "玄侑宗久"]


@pytest.mark.parametrize("japanese", ROWS)
def test_a_name_with_a_hyphen_in_a_word_is_read_as_a_name(japanese: str) -> None:
    query = query_for("names_english_forms.tsv", japanese)
    assert "-" in query
    assert jpterms.lookup(query)[0].kanji == japanese


def test_the_rows_are_the_ones_named() -> None:
    assert query_for("names_english_forms.tsv", "堀越孝一") == "Ko-ichi Horikoshi"
    assert query_for("names_english_forms.tsv", "石田潤一郎") == "Jun-ichiroh Ishida"


def test_only_a_syllable_boundary_inside_a_name_loses_its_hyphen() -> None:
    assert hyphens_as_name("Shin-ichi Hoshi") == "Shin'ichi Hoshi"
    assert hyphens_as_name("Yo-ichi Takahashi") == "Yoichi Takahashi"
    # a place's parts, a title's word, a capital after the hyphen, a particle: kept
    for query in ("Shin-Yokohama", "Go-on", "Shimo-aso", "Minami-Itoh Eki",
                  "Kita-ku Sapporo", "Genji no Kimi-e"):
        assert hyphens_as_name(query) == query
    assert [m.kanji for m in jpterms.lookup("Go-on")][:1] == ["呉音"]


def test_a_passport_oh_before_a_vowel_is_a_long_o() -> None:
    # Ohe: o-(h)e, おおえ; before, o + he read 王平 (おうへい)
    assert jpterms.lookup("Ohe Kenzaburo")[0].kanji == "大江健三郎"
    # given name first: the surname's lexicon entry is asked for as Oe
    assert jpterms.lookup("Kenzaburo Ohe")[0].kanji == "大江健三郎"
    # but an h that begins its syllable is that syllable's: a title of the HDIC
    # bibliography (../shared/data/realworld), Sohon Gyokuhen 宋本玉篇, gave 騒音 (そうおん,
    # "noise") first; そうほん comes first now
    assert jpterms.lookup("Sohon Gyokuhen")[0].kana.startswith("そうほん")


def test_a_lone_surname_with_a_passport_oh_before_y_is_a_long_o() -> None:
    # the surname of a real row, alone, as an English index or a reference writes it
    query = query_for("names_english_forms.tsv", "遠山美都男")
    assert query == "Mitsuo Tohyama"
    surname = query.split()[1]
    # before, to-hya-ma: 当ヒャ魔 ("hya" a syllable of no native word)
    assert [m.kanji for m in jpterms.lookup(surname)][:1] == ["遠山"]
    assert jpterms.lookup(surname)[0].romaji == "Tōyama"
    # an h that begins hya in a word where it cannot be o's length stays hya
    assert jpterms.lookup("Gohyakugawa")[0].kana.startswith("ごひゃく")


def test_a_clan_name_is_written_without_its_genitive_first() -> None:
    # JMnedict lists the person 曾我の馬子 beside 蘇我馬子 (and Mozc writes 蘇我馬子)
    assert jpterms.lookup("Soga no Umako")[0].kanji == "蘇我馬子"
    assert "曾我の馬子" not in [m.kanji for m in jpterms.lookup("Soga Umako")]


def test_a_passport_oh_before_u_is_a_long_o() -> None:
    """Passports may write オオ as *OH* (the Foreign Ministry's rule: 大野 OHNO), so the
    economist 大内兵衛 おおうちひょうえ is *Ohuchi Hyoe* there: o-(h)u, おおう. Before, hu was
    only Kunrei's ふ (大渕 おおふち) and 大内 was not among the results."""
    found = [(m.kanji, m.kana) for m in jpterms.lookup("Ohuchi Hyoe")]
    assert ("大内兵衛", "おおうちひょうえ") in found, found
