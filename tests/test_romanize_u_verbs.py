"""A verb's ending u is a vowel of its own in modified Hepburn: 救う sukuu, 縫う nuu,
思う omou, 言う iu, never merged into a long vowel (sukū, omō), which is for a long vowel
inside one morpheme (空気 kūki). The romaniser, the romaji lexicon and the checker agree:
a title that writes the verb so is correct, and no finding proposes the merged form."""

from __future__ import annotations

import pytest

import jpterms
from jpterms.lexicon import Lexicon


@pytest.mark.parametrize(("japanese", "hepburn"), [
    ("救う", "Sukuu"),
    ("服を縫う", "Fuku o nuu"),
    ("空気を吸う", "Kūki o suu"),
    ("髪を結う", "Kami o yuu"),
    ("彼が言うには", "Kare ga iu ni wa"),  # UniDic spells this 言う as said, ユウ
    ("思う", "Omou"),
    ("ぼくが地球を救う", "Boku ga chikyū o sukuu"),
])
def test_a_verbs_ending_u_stays_a_vowel(japanese: str, hepburn: str) -> None:
    assert jpterms.romanize(japanese) == hepburn


def test_long_vowels_inside_a_word_still_merge() -> None:
    assert jpterms.romanize("空気") == "Kūki"
    assert jpterms.romanize("会いましょう") == "Aimashō"  # the volitional ending is long


def test_the_lexicon_spells_the_verb_as_the_romaniser_does() -> None:
    spellings = {(s.written, s.hepburn) for s in Lexicon.default().spellings("suku")}
    assert ("救う", "sukuu") in spellings
    assert ("救う", "sukū") not in spellings
    assert ("思う", "omou") in {(s.written, s.hepburn) for s in Lexicon.default().spellings("omou")}


def test_an_adjectives_u_form_stays_long() -> None:
    # JMdict's お早う and Mozc's 青う end in kanji + う too, but are no verbs: ohayō, aō
    assert ("お早う", "ohayō") in {(s.written, s.hepburn) for s in Lexicon.default().spellings("ohayo")}
    assert "aou" not in Lexicon.default().hepburn_forms("aou")


def test_a_title_that_writes_the_verb_so_is_correct() -> None:
    # English Wikipedia, "Kami Hiraiwa" (its filmography's 2002 drama), as written there:
    # a certain finding ('Sukuu' -> 'Sukū') that --fix applied
    text = "  2002                   *Boku ga Chikyū o Sukuu*                           Harumi\n"
    assert jpterms.check(text, path="kami_hiraiwa.md") == []
