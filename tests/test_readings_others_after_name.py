"""'And others' after a name in a citation (session 33): 山田ほか訳 is *Yamada hoka yaku*,
"translated by Yamada and others". UniDic reads 訳 there as わけ ("reason") and 他 as た,
and joined them to the words before: *Yamada hokawake*, *Kita Kenji tacho*, *Yamada
Tarōta*. The rows are real citations (tests/data/citations/others_after_name.tsv, with their
provenance in tests/data/README.md)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import jpterms

ROWS = Path(__file__).parent / "data" / "citations" / "others_after_name.tsv"


def _rows() -> list[dict[str, str]]:
    with ROWS.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["japanese"][:12])
def test_and_others_and_the_role_after_it_are_words_of_their_own(row: dict[str, str]) -> None:
    romaji = jpterms.romanize(row["japanese"])
    assert re.search(rf"(?<![\w-]){row['expected_words']}(?![\w-])", romaji), romaji


def test_the_role_after_and_others_is_read_as_the_role() -> None:
    texts = [row["japanese"] for row in _rows() if "ほか訳" in row["japanese"]]
    assert len(texts) >= 5
    for text in texts:
        words = jpterms.explain(text)
        roles = [w for w in words if w.text == "訳"]
        assert [w.kana for w in roles] == ["やく"], (text, [(w.text, w.kana) for w in words])


def test_a_name_and_others_alone_is_no_given_name() -> None:
    # the names and what follows them, cut from the real rows as a catalogue's author
    # field gives them: not *Kita Kenji tacho*, nor a kana given name *Hoka*
    names = {row["japanese"].split("『")[0].removeprefix("詳細は").removeprefix("（")
             for row in _rows() if "他" in row["japanese"]}
    assert names == {"北研二他著", "後藤英一他編"}
    assert jpterms.romanize("北研二他著").endswith(" hoka cho")
    assert jpterms.romanize("後藤英一他編").endswith(" hoka hen")
    assert jpterms.romanize("北研二他") == jpterms.romanize("北研二") + " hoka"
    assert jpterms.romanize("井上順孝ほか") == jpterms.romanize("井上順孝") + " hoka"


def test_a_middle_dot_between_latin_names_keeps_them_apart() -> None:
    row = next(r for r in _rows() if "Kleinberg" in r["japanese"])
    assert jpterms.romanize(row["japanese"]).startswith("J.Kleinberg E.Tardos ")


def _two_unit_authors() -> list[str]:
    """The Aozora Bunko authors of tests/data/lookup/aozora_authors.tsv that UniDic reads
    as one family name and one given name."""
    from jpterms.romanize import Romanizer

    romanizer = Romanizer()
    with (Path(__file__).parent / "data" / "lookup" / "aozora_authors.tsv").open(
            encoding="utf-8") as f:
        names = [row["japanese"] for row in csv.DictReader(f, delimiter="\t")]
    return [n for n in names if [t.morpheme.pos.split("-")[2:4] for t in romanizer._tokenize(n)]
            == [["人名", "姓"], ["人名", "名"]]]


@pytest.mark.parametrize(("role", "words"), [
    ("述", "jutsu"), ("編", "hen"), ("訳", "yaku"), ("著・訳", "cho yaku"),
    ("他訳", "hoka yaku"), ("ほか編", "hoka hen")])
def test_a_role_after_a_real_authors_name_is_a_word_of_its_own(role: str, words: str) -> None:
    # before: 述 2 of 126 (楠山正雄述 "Kusuyama Masaojutsu"), 編 111 (楠山正雄編 "Kusuyama
    # Tadashi yūhen": UniDic's 雄編), 訳 119, 著・訳 0 ("cho wake"), 他訳 0, ほか編 120;
    # the rest read the name itself otherwise once a role follows it
    authors = _two_unit_authors()
    assert len(authors) == 126
    same = sum(jpterms.romanize(n + role) == f"{jpterms.romanize(n)} {words}" for n in authors)
    assert same >= 121
    # (:meth:`jpterms.input_cuts.InputCuts.role_cut` cuts two roles off too, so the name before them is
    # read as it is alone: 瞿佑 Ku Yū, 瞿佑著・訳 Ku Yū cho yaku)
    assert jpterms.romanize("瞿佑著・訳") == f"{jpterms.romanize('瞿佑')} cho yaku"


def test_a_name_whose_given_name_ends_in_a_roles_kanji_stays_whole() -> None:
    # no name of the development sets that ends in a role's kanji is cut (遠藤周作 either)
    from jpterms.readings import ReadingResolver

    resolver = ReadingResolver()
    names = set()
    for name in ("lookup/wikidata_scholars.tsv", "lookup/wikidata_writers.tsv",
                 "lookup/wikidata_historical.tsv", "lookup/aozora_authors.tsv",
                 "readings/jawiki_draw.tsv"):  # (people, titles and terms of Wikipedia)
        with (Path(__file__).parent / "data" / name).open(encoding="utf-8") as f:
            names |= {row["japanese"] for row in csv.DictReader(f, delimiter="\t")}
    ending = [n for n in names if n.endswith(("作", "編", "著", "訳", "述", "撰"))]
    assert "石田茂作" in ending and len(ending) >= 10
    assert [n for n in ending if resolver.cuts.role_cut(n) is not None] == []
    assert jpterms.romanize("石田茂作") == "Ishida Shigesaku"  # 茂作, not 茂 Shigeru + saku


def test_a_look_up_of_a_name_and_others_and_a_role_finds_the_role() -> None:
    # the romanised statements of responsibility, macrons stripped, looked up: the role
    # is the role after "hoka" as after a name (訳, not 役 "role" or 薬 "medicine")
    import unicodedata

    def stripped(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", text)
                       if unicodedata.category(c) != "Mn")

    spans = [m.group(0) for row in _rows() if (m := re.search(
        r"[\u4e00-\u9fff]{2,5}(ほか|他)(訳|編|著)", row["japanese"]))]
    assert len(spans) >= 11  # (北研二他著: 著 after *hoka*, not 庁 "agency")
    for span in spans:
        first = jpterms.lookup(stripped(jpterms.romanize(span)))[0]
        assert first.kanji.endswith(span[-1]) and "ほか" in first.kanji, (span, first.kanji)
