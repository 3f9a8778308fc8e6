"""The lexicon's figures as the checker weighs them: a minor reading of a common written
form and a name spelled like a lowercase word do not make it exist "as written"."""

from __future__ import annotations

import pytest

from jpterms.spelling import SpellingJudge


@pytest.fixture(scope="module")
def judge() -> SpellingJudge:
    return SpellingJudge.for_glossary(None)


@pytest.mark.parametrize(("written", "right"), [
    ("tsushihen", "tsūshihen"),  # 通史編: not 地 read つし, nor 津市 Tsushi (a city)
    ("ninzu", "ninzū"),  # 人数: にんず is outdated kana (JMdict)
])
def test_a_stripped_word_is_found(judge: SpellingJudge, written: str, right: str) -> None:
    verdict = judge.missing_macron(written)
    assert verdict is not None and verdict.suggestion == right


@pytest.mark.parametrize("written", ["tsushihen", "ninzu", "Tsushi"])
def test_a_writer_who_marks_long_vowels_is_taken_at_his_word(judge: SpellingJudge,
                                                              written: str) -> None:
    assert judge.missing_macron(written, trusts_as_written=True) is None


def test_a_name_counts_for_a_capitalised_word_only(judge: SpellingJudge) -> None:
    # 津市 Tsushi is a place: as written it outweighs 通史 tsūshi for "Tsushi", not "tsushi"
    assert judge.frequency_as_written("Tsushi") > judge.forms("Tsushi")["tsūshi"]
    assert judge.frequency_as_written("tsushi") < judge.forms("tsushi")["tsūshi"]
    assert judge.missing_macron("Tsushi") is None
