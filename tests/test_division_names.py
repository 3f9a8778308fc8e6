"""A role or a biography after a person's name, or a role after a body's, is a word of
its own (issue 9), as ALA-LC and MARC records divide it; elsewhere it joins its noun."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

from jpterms.romanize import romanize

DATA = Path(__file__).parent / "data" / "lookup"


def _marc_gold() -> dict[str, str]:
    with open(DATA / "marc_pairs.tsv", encoding="utf-8", newline="") as fh:
        return {r["japanese"]: unicodedata.normalize("NFC", r["gold_romaji"]) for r in csv.DictReader(fh, delimiter="\t")}


def test_a_biography_after_a_name_is_a_word_of_its_own() -> None:
    # MARC record ocm21728788, field 245 (tests/data/lookup/marc_pairs.tsv): UniDic calls
    # 伝 a suffix, which joined the given name (Nakamaroden)
    # (the record leaves out the genitive of the clan's name, as the Library's heading
    # "Abe, Nakamaro" does; jpterms writes it, as it does for the name alone: Abe no
    # Nakamaro, docs/romanization.md)
    gold = _marc_gold()["阿倍仲麻呂傳硏究"]
    assert gold == "Abe Nakamaro den kenkyū"
    assert romanize("阿倍仲麻呂傳硏究") == "Abe no Nakamaro den kenkyū"
    assert romanize("阿倍仲麻呂") == "Abe no Nakamaro"
    assert romanize("自伝") == "Jiden"  # after a common noun it stays joined


def test_a_role_after_a_persons_or_a_bodys_name_is_a_word_of_its_own() -> None:
    # the roles of data/citation_words.tsv, as 夏目漱石著 Natsume Sōseki cho already was
    assert romanize("芥川龍之介作") == "Akutagawa Ryūnosuke saku"
    assert romanize("日本歴史学会編") == "Nihon rekishi gakkai hen"
    assert romanize("夏目漱石著") == "Natsume Sōseki cho"
    # a role after a common noun, and a name ending in the same kanji, are unchanged
    assert romanize("名作") == "Meisaku"
    assert romanize("全訳") == "Zen'yaku"
    assert romanize("中根金作") == _marc_gold()["中根金作"] == "Nakane Kinsaku"
    # in the ALA-LC style the body's name before the role is capitalised, the role not
    assert romanize("日本歴史学会編", "ala-lc") == "Nihon Rekishi Gakkai hen"


def test_a_dictionary_word_a_kanji_suffix_begins_is_a_word_of_its_own() -> None:
    # MARC (marc_pairs.tsv): UniDic reads アイヌ + 民 + 譚 + 集, suffixes, and the JMdict
    # word 民譚集 over them kept the suffix's joining (Ainumindanshū)
    gold = _marc_gold()["アイヌ民譚集"]
    assert romanize("アイヌ民譚集") == gold == "Ainu mindanshū"
    # one the shared corpus has: 野球 + 史上 (史 a suffix), yakyū shijō
    assert romanize("野球史上初").startswith("Yakyū shijō")
    # a kana suffix still binds the word it begins: それ + ら抜き
    assert romanize("それら抜き") == "Soreranuki"


def test_a_citation_word_unidic_cuts_into_suffixes_is_a_word_of_its_own() -> None:
    # ../shared/data/realworld/biblio_and_misc.tsv (gold Nihon Koshakyō Zenpon Sōkan):
    # UniDic reads 善本 + 叢 + 刊, two suffixes that joined 善本 (zenponsōkan); 叢刊, a
    # series, is a word of data/citation_words.tsv
    assert romanize("日本古寫經善本叢刊") == "Nihon koshakyō zenpon sōkan"
    assert romanize("古典叢刊") == "Koten sōkan"


def test_designated_cities_wards_are_words_of_their_own() -> None:
    """Every ward of a designated city in the official list (dev file) romanises as the
    city and the ward, two words: さいたま市桜区 was *Saitama-shisakura-ku*, the ward's one
    kanji joined to the city's suffix as a common noun joins the noun before it; 都道府県,
    no place, stays *todōfuken*."""
    official = DATA.parent / "readings" / "municipalities_mic.tsv"
    with official.open(encoding="utf-8", newline="") as fh:
        wards = [r["japanese"] for r in csv.DictReader(fh, delimiter="\t")
                 if "市" in r["japanese"][:-1] and r["japanese"].endswith("区")]
    assert len(wards) == 175
    out = {w: romanize(w) for w in wards}
    assert [w for w, romaji in out.items() if len(romaji.split()) != 2] == []
    assert out["さいたま市桜区"] == "Saitama-shi Sakura-ku"
    assert romanize("都道府県") == "Todōfuken"
