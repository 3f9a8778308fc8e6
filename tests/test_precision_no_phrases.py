"""A phrase with ``no`` inside it that one dictionary word spells as written (issue 8): 奥の細道
*Oku no Hosomichi*, 茶の湯 *cha-no-yu*, ウチ・ソト *uchi-soto*. A part of it alone may be a
word with a long vowel (王宮 *ōku*, 有 *yū*, 双頭 *sōtō*); the whole says nothing is missing.
Found on fresh outside material (session 20: Turnbull's endnotes, the Open Buddhist
University's readings); the excerpts' provenance: ``tests/data/unseen/README.md``."""

from __future__ import annotations

from pathlib import Path

import jpterms
from jpterms.spelling import SpellingJudge

DATA = Path(__file__).parent / "data" / "unseen"
_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def _found(text: str) -> dict[str, str]:
    return {f.text: f.suggestions[0] for f in jpterms.check(text, path="page.md")
            if f.suggestions}


def test_a_title_with_no_inside_it_that_a_dictionary_word_spells_keeps_its_words() -> None:
    # English Wikipedia, "Japan": *Oku no Hosomichi* beside Bashō, Kokinshū, Sōseki
    text = (DATA / "wikipedia_japan_oku_no_hosomichi_excerpt.md").read_text(encoding="utf-8")
    assert jpterms.check(text, path="page.md") == []
    found = _found(text.translate(_STRIP))
    assert "Oku" not in found  # was 'Ōku' (possible)
    # the words around it that lost their macrons are still found
    assert found["Kokinshu"] == "Kokinshū"
    assert found["Soseki"] == "Sōseki"


def test_a_hyphenated_phrase_one_dictionary_word_spells_as_written_lacks_no_macron() -> None:
    # English Wikipedia, "Japanese language": "*See uchi-soto*" gave 'uchi-sōtō' (possible)
    # on the text as written
    text = (DATA / "wikipedia_japanese_language_uchi_soto_excerpt.md").read_text(
        encoding="utf-8")
    assert jpterms.check(text, path="page.md") == []
    # Turnbull's endnotes cite Sadler's *Cha-no-yu* (茶の湯), and Okunoin (奥の院) is a
    # temple's inner sanctum: a part guessed alone (yū, ōku) is no verdict on the whole
    judge = SpellingJudge.for_glossary(None)
    assert judge.missing_macron("Cha-no-yu") is None
    assert judge.missing_macron("Oku-no-in") is None
    # a part the whole does not spell as written is still judged (伊勢神宮 Ise-jingū)
    found = judge.missing_macron("Ise-jingu")
    assert found is not None and found.suggestion == "Ise-jingū"
