"""The noun that heads a name's compound (神社, 高等 of 高等学校) is a word of its own."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.romanize import Romanizer

READINGS = Path(__file__).parent / "data" / "readings"


def _inputs(name: str) -> list[str]:
    with (READINGS / name).open(encoding="utf-8") as f:
        return [row["japanese"] for row in csv.DictReader(f, delimiter="\t")]


def test_the_shrines_of_the_list_write_jinja_apart() -> None:
    romanizer = Romanizer()
    ends = [romanizer.romanize(name) for name in _inputs("jawiki_houses.tsv")
            if name.endswith("神社")]
    jinja = [romaji for romaji in ends if romaji.endswith("jinja")]
    joined = [romaji for romaji in jinja if not romaji.endswith(" jinja")]
    # (before: 41 of them joined, 'Sagajinja'; left: a god's name, 天神 + 社 Tenjinja,
    # and a name UniDic cut before a prefix, 比々 + 多 + 神社)
    assert len(jinja) > 250 and len(joined) < 12, joined
    assert romanizer.romanize("佐嘉神社") == "Saga jinja"
    assert romanizer.romanize("菅原天神社") == "Sugawara Tenjinja"


def test_the_high_schools_of_the_list_write_koto_apart() -> None:
    romanizer = Romanizer()
    schools = [romanizer.romanize(name) for name in _inputs("jawiki_schools.tsv")
               if name.endswith("高等学校")]
    joined = [romaji for romaji in schools if romaji.endswith("kōtō gakkō")
              and not romaji.endswith(" kōtō gakkō")]
    assert len(schools) > 100 and len(joined) < 3, joined  # (before: 11)
    assert romanizer.romanize("福岡常葉高等学校") == "Fukuoka Jōyō kōtō gakkō"


def test_explain_gives_the_words_romanize_writes() -> None:
    words = Romanizer().explain("佐嘉神社")
    assert [(w.text, w.romaji) for w in words] == [("佐嘉", "Saga"), ("神社", "jinja")]
