"""A Chinese work's title or publisher in pinyin is not checked as romanised Japanese, on
a real multilingual export of a citation-style project (tests/data/ris: its RIS and its
CSL-JSON twin; 19 records, 5 Japanese, the others Chinese and Korean)."""

from __future__ import annotations

from pathlib import Path

import pytest

import jpterms
from jpterms.pinyin import is_pinyin_text

DATA = Path(__file__).parent / "data" / "ris"
FOLD = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


@pytest.mark.parametrize(("name", "chinese"), [
    # (the RIS records' notes repeat their titles, as prose, which is checked as prose)
    ("cne_comprehensive_sample.ris", {"Zhongguo"}),
    ("cne_comprehensive_sample.json", {"Zhongguo", "guji", "shuihan", "chubu"}),
])
def test_pinyin_titles_raise_nothing_and_japanese_ones_are_still_checked(
        name: str, chinese: set[str]) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    # as exported: the only finding left is in a note that repeats a Chinese title
    assert all(f.text != "Zhongguo" for f in jpterms.check(text, path=name))
    # macrons stripped: the Japanese records' words are found, the Chinese titles' not
    found = {f.text for f in jpterms.check(text.translate(FOLD), path=name)}
    assert {"Kenkyu", "Shiryo", "Tokyo", "shogai", "Yasujiro", "Shochiku"} <= found
    assert not found & chinese


def test_pinyin_is_told_from_romanised_japanese() -> None:
    assert is_pinyin_text("Zhongguo gudai shehui")
    assert not is_pinyin_text("Nihon kindai shi no kenkyu")
    assert not is_pinyin_text("Shina shiso kenkyu")  # Japanese, though it parts into pinyin
