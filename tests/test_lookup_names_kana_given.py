"""A family name in kanji and a given name JMnedict lists written in kana (渡辺みえこ).

UniDic reads such a given name as words (み + えこ, とも + よ, えん "yen"), so romanize
wrote *Watanabe mieko* and *Ōshima tomo yo*, and lookup's results written so took that
romaji. The rows are real: Wikidata's writers (tests/data/lookup/wikidata_writers.tsv),
Wikipedia's titles written as phrases (tests/data/readings/jawiki_phrase_titles.tsv) and
Aozora Bunko's titles (provenance in those folders' READMEs).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import jpterms
from jpterms.kana import kana_to_romaji, strip_macrons
from jpterms.romanize import Romanizer

DATA = Path(__file__).parent / "data"
#: The whole input is a few kanji and a few kana: the shape the rule reads.
_SHAPE = re.compile("[\u4e00-\u9fff々]{1,4}(?:[\u3041-\u3096ー]{2,6}|[\u30a1-\u30faー]{2,6})")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _row(path: str, japanese: str) -> dict[str, str]:
    return next(r for r in _rows(DATA / path) if r["japanese"] == japanese)


def _without_rule() -> Romanizer:
    """A romanizer without the rules that read such a name: a given name JMnedict lists in
    kana, and a person it lists whole (高橋がなり)."""
    romanizer = Romanizer()
    romanizer.readings.persons.listed_kana_given = lambda morphemes: None  # type: ignore[method-assign]
    romanizer.readings.persons.listed_person = lambda morphemes: None  # type: ignore[method-assign]
    return romanizer


def _folded(text: str) -> str:
    return strip_macrons(text).replace("'", "").casefold()


@pytest.mark.parametrize(("path", "japanese"), [
    ("lookup/wikidata_writers.tsv", "渡辺みえこ"),  # was Watanabe mieko (み + えこ "eco")
    ("lookup/wikidata_writers.tsv", "大島ともよ"),  # was Ōshima tomo yo
    ("lookup/wikidata_writers.tsv", "岡崎えん"),  # was Okazaki en (えん "yen")
    ("readings/jawiki_phrase_titles.tsv", "三井りあ"),  # was Mitsui ri a
    ("readings/jawiki_phrase_titles.tsv", "高橋がなり"),  # was Takahashi ga nari
])
def test_a_kana_given_name_after_a_family_name_is_one_capitalised_word(
        path: str, japanese: str) -> None:
    row = _row(path, japanese)
    gold = row.get("gold_romaji") or kana_to_romaji(row["kana"])
    got = jpterms.romanize(japanese)
    words = got.split(" ")
    assert len(words) == 2 and words[1][0].isupper() and _folded(got.replace(" ", "")) == _folded(
        gold.replace(" ", ""))
    assert _without_rule().romanize(japanese) != got  # (the rules made it)


def test_explain_says_where_the_given_name_comes_from() -> None:
    words = jpterms.explain("大島ともよ")
    assert [(w.text, w.romaji, w.source) for w in words][1] == ("ともよ", "Tomoyo", "jmnedict")
    assert words[0].romaji == "Ōshima"


@pytest.mark.parametrize("japanese", ["赤もみじ", "中華まん", "源氏まつり"])
def test_a_word_before_a_word_stays_as_it_was(japanese: str) -> None:
    """まつり, もみじ and まん are given names JMnedict lists in kana, but 赤, 中華 and
    源氏 are words before them (red maple leaves, a steamed bun, the Genji festival)."""
    _row("readings/jawiki_phrase_titles.tsv", japanese)
    assert jpterms.romanize(japanese) == _without_rule().romanize(japanese)


def test_no_aozora_title_of_the_shape_turns_into_a_name() -> None:
    """Every Aozora title of the dev files written as kanji then kana (伊東から, 温泉だより,
    芸術ぎらい ...) reads as it did without the rule."""
    titles = [r["japanese"] for name in ("lookup/aozora_titles.tsv",
                                         "lookup/aozora_titles_more.tsv")
              for r in _rows(DATA / name) if _SHAPE.fullmatch(r["japanese"])]
    assert len(titles) >= 15
    plain = _without_rule()
    assert [jpterms.romanize(t) for t in titles] == [plain.romanize(t) for t in titles]


def test_lookup_spells_a_kana_result_as_a_name() -> None:
    """Lookup's result written 大島ともよ takes the romanisation of the name."""
    query = strip_macrons(_row("lookup/wikidata_writers.tsv", "大島ともよ")["gold_romaji"])
    found = {m.kanji: m.romaji for m in jpterms.lookup(query, limit=5)}
    assert found["大島ともよ"] == "Oshima Tomoyo"


def test_names_between_marks_are_read_as_each_alone() -> None:
    """A list of such names (a bibliography's authors, 、 between them) and a name before
    a bracketed title read each name as it reads alone (it was *Ōshima tomo yo*)."""
    names = [_row("lookup/wikidata_writers.tsv", j)["japanese"] for j in ("渡辺みえこ",
                                                                         "大島ともよ")]
    alone = [jpterms.romanize(n) for n in names]
    assert jpterms.romanize("、".join(names)) == ", ".join(alone)
    assert jpterms.romanize(names[1] + "「詩集」").startswith(alone[1] + " ")
    words = "・".join(["赤もみじ", "中華まん"])  # (words stay words in a list too)
    assert jpterms.romanize(words) == _without_rule().romanize(words)
