"""Lookup of titles with a numeral compound written as a word of its own (校長三代)."""

from __future__ import annotations

import csv
from pathlib import Path

import jpterms
from jpterms.kana import strip_macrons
from jpterms.mozc_contexts import NOUN_CONTEXTS, NUMBER_CONTEXTS
from jpterms.mozcdic import mozc_dictionary

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"


def _gold(name: str, query: str) -> str:
    with (LOOKUP_DATA / name).open(encoding="utf-8", newline="") as fh:
        return next(r["japanese"] for r in csv.DictReader(fh, delimiter="\t")
                    if strip_macrons(r["gold_romaji"]) == query)


def _word(reading: str, written: str, contexts: range) -> tuple[int, int]:
    mozc = mozc_dictionary()
    node = mozc.walk(mozc.ROOT, reading)
    assert node is not None
    return next((w.left, w.right) for w in mozc.words(node, limit=200)
                if w.written == written and w.left in contexts)


def test_mozc_charges_a_number_after_a_noun_more_than_a_noun() -> None:
    # the cause: 校長 then 三代 (名詞,数) costs far more than 校長 then 参内
    mozc = mozc_dictionary()
    _, noun_right = _word("こうちょう", "校長", NOUN_CONTEXTS)
    number_left, _ = _word("さんだい", "三代", NUMBER_CONTEXTS)
    noun_left, _ = _word("さんだい", "参内", NOUN_CONTEXTS)
    assert mozc.connection(noun_right, number_left) > mozc.connection(noun_right, noun_left) + 1500


def test_numeral_compound_after_a_noun_in_a_title() -> None:
    # Dazai's 校長三代 (Aozora Bunko), dev row of aozora_titles_more.tsv: was 校長参内
    gold = _gold("aozora_titles_more.tsv", "Kocho sandai")
    assert jpterms.lookup("Kocho sandai", limit=1)[0].kanji == gold == "校長三代"


def test_one_kanji_number_after_a_verb_is_not_preferred() -> None:
    # 一 read ひと is a number too; after a verb it is no title's word (出来上った人, the
    # old okurigana first)
    got = [m.kanji for m in jpterms.lookup("Dekiagatta hito", limit=3)]
    assert got[:2] == ["出来上った人", "出来上がった人"] and "出来上がった一" not in got


def test_a_title_numbers_its_rules_and_views() -> None:
    # Aozora's 小説作法十則 (dev row of aozora_titles_more.tsv): was 小説作法実測; 則 and 景
    # count a title's parts as 巻 counts volumes, but 実測 alone stays the word
    gold = _gold("aozora_titles_more.tsv", "Shosetsu saho jissoku")
    assert jpterms.lookup("Shosetsu saho jissoku", limit=1)[0].kanji == gold == "小説作法十則"
    assert jpterms.lookup("Jissoku", limit=1)[0].kanji == "実測"
    assert jpterms.lookup("Jusshu", limit=1)[0].kanji != "十首"


def test_a_number_word_goes_on_as_its_counter() -> None:
    # Aozora's 十年後の映画界 (dev row of aozora_filenames.tsv): was 十年語の映画界; a number
    # word ending in a counter takes the counter's context, after which 後 "after" is cheap
    gold = _gold("aozora_filenames.tsv", "Junengono eigakai")
    assert jpterms.lookup("Junengono eigakai", limit=1)[0].kanji == gold == "十年後の映画界"
