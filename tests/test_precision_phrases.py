"""Title words that together spell one dictionary word only long vowels spell (issue 8):
*Hoken shakai* is 封建社会 hōken shakai, though hoken alone is also 保険; the words around
a word decide what it cannot alone. The mirror of *Buke shohatto* (test_precision_possible:
words that spell one word as written clear each other). Never a person's full name, never
with a word English writes, never more than possible. Line 3046 of Drixler's bibliography
(vishvAsa/notes@0507cf60f, .../drixler_infanticide_1660/00/Bibliography.md; see
tests/data/README.md), macrons stripped."""

from __future__ import annotations

import jpterms

_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {f.text: (f.suggestions[0], f.confidence)
            for f in jpterms.check(text, path="bibliography.md") if f.suggestions}


def test_a_words_neighbours_spell_its_long_vowel() -> None:
    line = ("Ōtake Hideo, *Hōken shakai no nōmin kazoku: Edo-ki nōmin kazoku no rekishiteki "
            "ichizuke* \\(Sōbunsha, 1962\\). \n")
    assert jpterms.check(line, path="bibliography.md") == []
    assert _found(line.translate(_STRIP))["Hoken"] == ("Hōken", "possible")


def test_an_english_word_is_no_neighbour() -> None:
    # Fogel's note on Zheng Qiao: *in* is English, so in + Toyo is no 陰… word
    line = "Suzuki Shun, “Tei Sho,” in Toyo rekishi dai jiten \\(Tokyo: Heibonsha, 1938\\).\n"
    assert _found(line).get("Toyo", ("", ""))[0] != "Toyō"  # was Toyō, from 'in Toyo'
