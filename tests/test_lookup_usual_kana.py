"""A word JMdict says is usually written in kana alone, found written with kanji and kana
(其れから, 微か) or with the prefix 御 read お (御洒落), is offered in kana as well, and the
kana spelling comes first (:func:`jpterms.edge_charges.prefer_usual_kana`). Real rows of the dev
sets (tests/data/lookup, provenance in that folder's README): Aozora Bunko's それから,
かすかな声 and おしゃれ童子."""

from __future__ import annotations

import pytest

import jpterms
from jpterms.dictionaries import jmdict_usually_kana
from lookup_rows import query_for


@pytest.mark.parametrize(("file", "japanese", "kanji"), [
    ("aozora_titles_more.tsv", "それから", "其れから"),
    ("aozora_titles.tsv", "かすかな声", "微かな声"),
    ("aozora_titles.tsv", "おしゃれ童子", "御洒落童子"),
])
def test_the_kana_spelling_comes_first(file: str, japanese: str, kanji: str) -> None:
    found = [m.kanji for m in jpterms.lookup(query_for(file, japanese))]
    assert found[0] == japanese
    assert kanji in found  # the kanji spelling is still among the five


def test_what_jmdict_says() -> None:
    assert jmdict_usually_kana("其れから", "それから") is True
    assert jmdict_usually_kana("御洒落", "おしゃれ") is True
    assert jmdict_usually_kana("声", "こえ") is False
    assert jmdict_usually_kana("書士", "しょし") is False  # no JMdict word of its own


@pytest.mark.parametrize(("file", "japanese"), [
    ("aozora_filenames.tsv", "或る母の話"),  # 或る: usually kana, yet kept among the five
    ("aozora_titles_more.tsv", "或る忠告"),
])
def test_the_kanji_spelling_keeps_its_place(file: str, japanese: str) -> None:
    assert japanese in [m.kanji for m in jpterms.lookup(query_for(file, japanese))]
