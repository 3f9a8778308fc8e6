"""Japan's one-kanji name joined by a hyphen to another country's (*Nichi-Kan*, *Nichi-Chū*),
as catalogues write 日韓 and 日中, whose joined reading doubles the consonant (にっかん,
にっちゅう): a look-up finds the compound, and its romaji is the joined word's."""

from __future__ import annotations

import jpterms


def test_a_hyphenated_japan_pair_is_the_compound_it_abbreviates() -> None:
    # the known symptom: *Nikkan kankei* found 日韓関係, *Nichi-Kan kankei* did not
    first = jpterms.lookup("Nichi-Kan kankei")[0]
    assert (first.kanji, first.romaji) == ("日韓関係", "Nikkan kankei")
    assert jpterms.lookup("Nichi-Chu kankei")[0].kanji == "日中関係"
    assert jpterms.lookup("Nichi-Shin senso")[0].kanji == "日清戦争"
    # pairs read without a double consonant are as they were
    assert jpterms.lookup("Nichi-Bei kankei")[0].kanji == "日米関係"
    assert jpterms.lookup("Nichi-Ro senso")[0].kanji == "日露戦争"


def test_only_nichi_doubles_its_consonant_across_a_hyphen() -> None:
    # a hyphen elsewhere parts what it writes: the dog's name, not 発行 hakkō
    assert jpterms.lookup("Hachi-ko")[0].kanji == "ハチ公"
