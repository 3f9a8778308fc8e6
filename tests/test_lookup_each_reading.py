"""Each reading of a written word keeps its own few dictionary words in lookup's lattice:
*kiko* read きこ (聞こ, 聴こ, 紀子: verb pieces and names) no longer crowds out the common
words read きこう (機構, 気候), nor *Toru* read とる (取る) the given name 徹 read とおる.
Rows are real: the Wikidata names, Aozora titles and Wikipedia terms of tests/data/lookup/.
"""

import csv
import unicodedata
from pathlib import Path

import pytest

import jpterms
from jpterms.glossary import Glossary
from jpterms.kana import strip_macrons
from jpterms.lattice import build_lattice, query_slots

DATA = Path(__file__).parent / "data" / "lookup"


def _gold(file: str, japanese: str) -> str:
    with (DATA / file).open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh, delimiter="\t") if r["japanese"] == japanese)
    return strip_macrons(unicodedata.normalize("NFC", row["gold_romaji"]))


@pytest.mark.parametrize(("file", "japanese"), [
    ("wikidata_scholars.tsv", "伊藤徹"),  # Ito Toru: 徹 とおる, beside とる
    ("wikidata_scholars.tsv", "徳永徹"),
    ("aozora_filenames.tsv", "仮装人物"),  # Kasojinbutsu: 仮装 かそう, beside かそ (過疎)
    ("aozora_titles_more.tsv", "偸盗"),  # Chuto: ちゅうとう, beside ちゅうと (中途)
    ("jawiki_admin_terms.tsv", "砂糖法"),  # Satoho: さとう, beside さと (里)
    ("jawiki_admin_terms.tsv", "木祖楢川中継局"),  # Kiso: 木祖, beside 基礎 and 起訴
])
def test_the_word_of_another_reading_is_among_the_five(file: str, japanese: str) -> None:
    assert japanese in [m.kanji for m in jpterms.lookup(_gold(file, japanese))]


def _words(query: str, each_reading: bool) -> set[str]:
    engine = Glossary.bundled().reverse_engine
    slots = query_slots(query)
    edges = build_lattice(slots, engine._mozc, engine._costed_words(),
                          engine._glossary_prefixes, engine._glossary_words,
                          engine._aligned_words, each_reading=each_reading)
    return {e.written for row in edges for e in row if e.source == "mozc"}


def test_one_reading_keeps_the_cheapest_words_of_a_span() -> None:
    # the checker asks for the one best reading: its lattice is the smaller one
    query = "Musashino-shi kanko kiko"
    few, each = _words(query, False), _words(query, True)
    assert few < each
    assert "機構" in each and "機構" not in few
    assert "聞こ" in few  # a verb piece read きこ, kept before the noun read きこう
