"""A whole input of one word that is no noun (an adjective, a verb) is read as explain()
reads it: UniDic alone takes 丸い for the colloquial まりい, 快い for いい (良い)."""

from __future__ import annotations

import re

import pytest

from jpterms.romanize import Romanizer

# JMdict common words (priority news1/ichi1) that romanize read otherwise than explain:
# UniDic-lite's colloquial forms and other lemmas of the same spelling
WORDS = {
    "丸い": "Marui", "円い": "Marui", "快い": "Kokoroyoi", "醜い": "Minikui",
    "容易い": "Tayasui", "緩い": "Yurui", "煙い": "Kemui", "分厚い": "Buatsui",
    "不味い": "Mazui", "割る": "Waru",
}


@pytest.mark.parametrize("word", WORDS)
def test_one_word_is_read_as_explain_reads_it(word: str) -> None:
    r = Romanizer()
    said = r.romanize(word)
    assert said == WORDS[word]  # were Marii, Ii, Minikii, Tayashii, Yurii, Wareru...
    explained = "".join(w.romaji for w in r.explain(word))
    assert re.sub(r"\W", "", said).casefold() == explained.casefold()


def test_the_word_in_a_phrase_was_read_so_already() -> None:
    r = Romanizer()
    assert r.romanize("丸い形") == "Marui katachi"
    assert r.romanize("快い風") == "Kokoroyoi kaze"


@pytest.mark.parametrize(("words", "hepburn"), [
    ("気に入る", "Ki ni iru"), ("お気に入り", "Oki ni iri"),  # were Ki ni hairu, Oki ni hairi
    ("いつの間にか", "Itsu no ma ni ka"),  # was Itsu no aida ni ka
    ("食わず嫌い", "Kuwazu girai"), ("相手取る", "Aitedoru"),
])
def test_a_whole_input_jmdict_lists_as_one_word_is_read_as_listed(
        words: str, hepburn: str) -> None:
    r = Romanizer()
    assert r.romanize(words) == hepburn
    explained = "".join(w.romaji for w in r.explain(words))
    assert explained.casefold() == re.sub(r"\W", "", hepburn).casefold()


def test_no_word_inside_a_listed_word_is_read_anew() -> None:
    # あっという間に is listed whole as read; JMdict's 間に あいだに ("while") is no part of it
    r = Romanizer()
    assert r.romanize("あっという間に") == "Atto iu ma ni"
    assert "".join(w.kana for w in r.explain("あっという間に")) == "あっというまに"
