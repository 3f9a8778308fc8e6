"""MeCab's cuts that would lose or split a sound: a small kana cut from the kana before it
(りゃく, イェ) and a word-final っ before an honorific (やっ + ちゃん). Found by lookup's
property check (a result's romaji spells its own kana) on the development queries."""

from __future__ import annotations

import pytest

import jpterms
from jpterms.romanize import spells_kana


@pytest.mark.parametrize(("text", "expected"), [
    ("りゃく", "Ryaku"),  # UniDic: り + ゃ + く, read "Ri ya ku"
    ("りゃく時", "Ryaku ji"),
    ("イェ茗", "Ye Myō"),
])
def test_a_small_kana_stays_with_the_kana_before_it(text: str, expected: str) -> None:
    assert jpterms.romanize(text) == expected


def test_a_small_kana_inside_a_name_is_one_syllable() -> None:
    assert "i e" not in jpterms.romanize("今村イェ茗").lower()
    assert spells_kana(jpterms.romanize("今村イェ茗"), "いまむらいぇみょう")


def test_a_final_small_tsu_before_an_honorific_doubles_its_sound() -> None:
    # MeCab: 飲んだ + やっ + ちゃん; the hyphen before -chan lost the っ ("Ya-chan")
    assert jpterms.romanize("碁石を飲んだやっちゃん") == "Goishi o nonda Yatchan"
    assert jpterms.romanize("やっちゃん") == "Yatchan"


def test_honorifics_after_names_keep_their_hyphen() -> None:
    assert jpterms.romanize("花子ちゃん") == "Hanako-chan"
    assert jpterms.romanize("田中さん") == "Tanaka-san"


@pytest.mark.parametrize(("text", "expected"), [
    ("まっは", "Mahha"),  # UniDic: 待っ + は (the particle, ワ): "Mawwa"
    ("あっは", "Ahha"),
])
def test_a_kana_after_a_final_small_tsu_is_no_particle(text: str, expected: str) -> None:
    assert jpterms.romanize(text) == expected


def test_the_particle_after_a_te_form_is_still_wa() -> None:
    assert jpterms.romanize("待ってはいけない") == "Matte wa ikenai"
