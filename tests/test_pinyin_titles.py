"""A Chinese work's title or publisher in pinyin is not checked as romanised Japanese, on
a real multilingual export of a citation-style project (tests/data/ris: its RIS and its
CSL-JSON twin; 19 records, 5 Japanese, the others Chinese and Korean)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import count_calls

import jpterms
from jpterms.pinyin import is_pinyin_text, syllables

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


def test_parting_a_word_into_syllables_is_linear() -> None:
    """Counted work, not time: a word that parts many ways and fails at its end (each *an*
    is *an* or *a* + *n…*) took a search that went back and tried again 10 s at 45
    letters; a word of about 1,000 syllables ran the recursion out of stack, so that a RIS
    record holding one crashed `check`."""
    def work(n: int) -> int:
        return count_calls(lambda: syllables("an" * n + "q"))

    assert syllables("an" * 40 + "q") is None
    small, large = work(50), work(400)
    assert large < 10 * small  # 8 times the letters: about 8 times the work
    assert syllables("a" * 3000) == ("a",) * 3000
    record = "TY  - BOOK\nTI  - " + "a" * 3000 + "\n PY  - 2001\nER  - \n"
    assert jpterms.check(record, path="long.ris") is not None  # no RecursionError
