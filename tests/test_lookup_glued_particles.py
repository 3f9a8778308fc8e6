"""Lookup of a word JMdict lists (and Mozc lacks) written with a particle glued onto it, as
Aozora's file names write titles (*Hitofusano budo*, *Aru baishofuno hanashi*), or 氏 glued
onto a person's name (*Toyoshima Yoshioshi*): the lexicon is also asked about the written
word without its last syllable where that is such a particle or 氏."""

from __future__ import annotations

import jpterms
from lookup_rows import query_for


def _kanji(query: str) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query)]


def test_a_lexicon_word_before_a_glued_particle_is_read() -> None:
    """一房 ひとふさ "a bunch" and 売笑婦 ばいしょうふ "prostitute" are JMdict's words that no
    reading of *Hitofusano* or *baishofuno* as a whole found (人房, 賠償付)."""
    assert "一房の葡萄" in _kanji(query_for("aozora_filenames.tsv", "一房の葡萄"))
    found = _kanji(query_for("aozora_filenames.tsv", "或売笑婦の話"))
    assert found[0].endswith("売笑婦の話"), found


def test_a_word_ending_in_a_particles_syllable_stays_whole() -> None:
    """The cut is one more reading, not a split: *Shinano* is still 信濃, not 支那 + の."""
    assert _kanji("Shinano")[0] == "信濃"


def test_a_person_before_a_glued_shi_is_read() -> None:
    """JMnedict's person 豊島与志雄 and 江口渙 over *Toyoshima Yoshio* and *Eguchi Kan*, with
    the honorific 氏 glued on: Aozora's *Toyoshima Yoshioshi no koto* 豊島与志雄氏の事 (was
    豊島芳雄氏の事) and *Eguchi Kanshi no koto* 江口渙氏の事 (was 江口監視の事)."""
    for japanese in ("豊島与志雄氏の事", "江口渙氏の事"):
        found = _kanji(query_for("aozora_titles_more.tsv", japanese))
        assert found[0] == japanese, (japanese, found)
