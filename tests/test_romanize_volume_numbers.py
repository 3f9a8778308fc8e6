"""Numbered parts of a publication in a citation (session 33): 第38巻第2号 is *dai 38-kan dai
2-gō* (was "dai 38-kandai 2-gō": the 第 of the issue joined the volume's counter), 第1編第1章
*dai 1-hen dai 1-shō*, 初版第1刷 *shohan dai 1-satsu* (was "dai 1 suri"), and a comma that
NFKC made of Japanese text's ， takes a space before digits (化学同人，2011: *Kagaku Dōjin,
2011*). The rows are real citations (tests/data/citations/volume_numbers.tsv, provenance in
tests/data/README.md)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import jpterms

DATA = Path(__file__).parent / "data" / "citations"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@pytest.mark.parametrize("row", _rows("volume_numbers.tsv"), ids=lambda r: r["japanese"][:14])
def test_each_numbered_part_is_read_apart(row: dict[str, str]) -> None:
    assert row["expected_words"] in jpterms.romanize(row["japanese"]).lower()


def test_explain_reads_the_parts_as_romanize_does() -> None:
    for row in _rows("volume_numbers.tsv"):
        words = [w.romaji.lower() for w in jpterms.explain(row["japanese"])]
        counters = [w.split("-")[-1] for w in row["expected_words"].split() if "-" in w]
        assert all(c in words for c in counters), (row["japanese"], words)


@pytest.mark.parametrize(("text", "read"), [
    ("3部門", "3 bumon"), ("2部屋", "2 heya"), ("5集団", "5 shūdan"), ("第2部門", "Dai 2 bumon"),
    ("第1部", "Dai 1-bu"), ("3部", "3 bu"),
    ("次第3番", "Shidai 3-ban")])  # (番 counts after any digits, as UniDic reads 二番)
def test_a_part_counter_counts_only_after_dai_and_never_inside_a_word(text: str,
                                                                      read: str) -> None:
    # 部, 編, 集 and 刷 count parts after 第 and digits only, and not where the kanji begins
    # a word with the next one (部門 bumon, 部屋 heya); 次第 is a word that ends in 第
    assert jpterms.romanize(text) == read


def test_a_comma_from_japanese_text_takes_a_space_before_digits() -> None:
    row = next(r for r in _rows("others_after_name.tsv") if "化学同人" in r["japanese"])
    assert jpterms.romanize(row["japanese"]).endswith("Kagaku Dōjin, 2011")
    assert jpterms.romanize("設定.txt") == "Settei.txt"  # (an ASCII full stop stays as written)


def test_a_bracket_from_japanese_text_takes_a_space_after_digits() -> None:
    row = next(r for r in _rows("volume_numbers.tsv") if "平成8" in r["japanese"])
    assert jpterms.romanize(row["japanese"]).startswith("1996 (Heisei 8) ")
    assert jpterms.romanize("crypt()フォーマット") == "crypt() fōmatto"  # (code as written)


def test_the_first_word_of_a_title_in_double_brackets_is_capitalised() -> None:
    # 『弁論家の教育1』 is a book's title: “Benronka no kyōiku 1”, as an English citation
    # capitalises a title; 「...」 may quote a word as a word, and stays as it is
    titled = [r["japanese"] for r in _rows("others_after_name.tsv") if "『" in r["japanese"]]
    assert len(titled) >= 8
    for text in titled:
        inner = jpterms.romanize(text).split("\u201c", 1)[1]
        assert inner[:1].isupper() or not inner[:1].isalpha(), (text, inner)
    assert jpterms.romanize("これは「経済」という語") == "Kore wa “keizai” to iu go"
