"""Romanizer.romanize_as (what lookup writes its results with) divides a reading as
romanize divides the words: where the reading asked for differs from a word's own only
at its start, the last words keep their own readings and stay words of their own, when
a dictionary gives the words before them the kana left over."""

from __future__ import annotations

from jpterms.lookup import lookup
from jpterms.romanize import Romanizer


def test_the_words_after_the_one_read_anew_stay_words() -> None:
    r = Romanizer()
    # romanize reads 大 + 日本 + 帝国 as Dai-Nihon teikoku; JMdict's 日本 にっぽん
    assert r.romanize("大日本帝国") == "Dai-Nihon teikoku"
    assert r.romanize_as("大日本帝国", [("大日本帝国", "だいにっぽんていこく")]) \
        == "Dai-Nippon teikoku"  # was "Dai-Nipponteikoku"
    # JMnedict's 河内 こうち; 郵便局 keeps ゆうびんきょく
    assert r.romanize_as("河内郵便局", [("河内郵便局", "こうちゆうびんきょく")]) \
        == "Kōchi yūbinkyoku"  # was "Kōchiyūbinkyoku"
    # no dictionary reads 歌 か: 歌集票 stays one word, as before
    assert r.romanize_as("歌集票", [("歌集票", "かしゅうひょう")]) == "Kashūhyō"


def test_lookup_writes_names_and_places_as_words() -> None:
    # tests/data/lookup/drixler_names.tsv, wikidata_historical.tsv, jawiki_admin_terms.tsv
    for query, kanji, romaji in [("Tanigawa Kotosuga", "谷川士清", "Tanigawa Kotosuga"),
                                 ("Azai Hisamasa", "浅井久政", "Azai Hisamasa"),
                                 ("Kochi yubinkyoku", "河内郵便局", "Kōchi yūbinkyoku")]:
        first = lookup(query, 1)[0]
        assert (first.kanji, first.romaji) == (kanji, romaji)


def test_a_clans_genitive_the_reading_adds_is_a_word_of_its_own() -> None:
    # tests/data/lookup/marc_pairs.tsv: 阿倍仲麻呂傳硏究, whose results' kana read JMnedict's
    # あべのなかまろ; the の was glued to the given name ("Abe Nonakamaro den kenkyū")
    r = Romanizer()
    pieces = [("阿倍仲麻呂", "あべのなかまろ"), ("伝", "でん"), ("研究", "けんきゅう")]
    assert r.romanize_as("阿倍仲麻呂伝研究", pieces) == "Abe no Nakamaro den kenkyū"
    assert lookup("Abe Nakamaro den kenkyu", 1)[0].romaji == "Abe no Nakamaro den kenkyū"
    # a given name whose own reading begins with の is read as it is (安藤信也 Nobuya)
    assert lookup("Ando Nobuya", 1)[0].romaji == "Andō Nobuya"
