"""No particle begins a phrase: where MeCab, seeing nothing before it, reads the first kana
of a word in hiragana as は, へ or を, that kana begins the word. へるす出版 (a publisher in
``jpterms/data/publishers.tsv``, from SKK's proper-noun dictionary) was "E rusu
shuppan"; はさかり岩 (Wikipedia, ``tests/data/readings/jawiki_phrase_titles.tsv``) "Wa
sakariiwa"."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

import jpterms
from jpterms.gazetteer import publisher_readings


def test_a_word_that_begins_with_the_kana_of_a_particle() -> None:
    assert publisher_readings()["へるす出版"] == "へるすしゅっぱん"
    assert kana_of("へるす出版") == "へるすしゅっぱん"
    assert jpterms.romanize("へるす出版") == "Herusu shuppan"
    gold = reading_gold("jawiki_phrase_titles.tsv")
    assert kana_of("はさかり岩") == gold["はさかり岩"]
    # after a mark that opens a quotation, as at the start
    assert jpterms.romanize("「へるす」") == "“Herusu”"


def test_a_particle_after_a_word_stays_a_particle() -> None:
    assert jpterms.romanize("東京へ行く") == "Tōkyō e iku"
    assert jpterms.romanize("time は秒単位") == "time wa byō tan'i"  # after Latin letters
    assert jpterms.romanize("はままつトキメキ出逢い旅").startswith("Hamamatsu ")
