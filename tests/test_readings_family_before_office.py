"""A family name before an office or a title is read as the family name (原首相 Hara
shushō, 関外相 Seki gaishō, 島氏 Shima-shi), not as the prefix, the word or the suffix the
units before the office read it as (UniDic's 原 げん, 関外 かんがい; JMdict's 島 とう)."""

from __future__ import annotations

import pytest
from tests.conftest import one_kanji_family_names

import jpterms

OFFICES = ("首相", "外相", "知事", "先生")


def test_real_family_names_before_an_office() -> None:
    """The one-kanji family names of the dev people's files (原民喜 Hara, 関孝和 Seki, 柳宗悦
    Yanagi, 鶴彬 Tsuru...) before four offices and titles: 81 of 108 were read as the
    family name before (*Genshushō*, *Kangaishō*, *Ryū sensei*, *Kakushushō*); 92 are
    now. The rest are names JMnedict's people mostly read another way (勝 かち, 翁 おう)
    or UniDic reads as a prefix few people bear (秋 しゅう)."""
    names = one_kanji_family_names()
    assert len(names) >= 25
    right = [k + office for k, romaji in names.items() for office in OFFICES
             if jpterms.romanize(k + office).split()[0] == romaji]
    assert len(right) >= 90, sorted(
        k + o for k in names for o in OFFICES if k + o not in right)
    for kanji in ("原", "関", "柳"):
        assert kanji in names
        for office in OFFICES:
            assert kanji + office in right


@pytest.mark.parametrize(("text", "romaji"), [
    ("原首相は辞任した", "Hara shushō wa jinin shita"),
    ("関外相と原首相が会談した", "Seki gaishō to Hara shushō ga kaidan shita"),
    ("原外務大臣", "Hara gaimu daijin"),
    ("島氏は", "Shima-shi wa"),
    ("関さん", "Seki-san"),
    # what stays: a prefix of the office (the new, the former), a country (China's
    # foreign minister), an ancient clan, and words that only begin with an office
    ("新首相", "Shinshushō"),
    ("元首相", "Motoshushō"),
    ("中外相", "Chūgaishō"),
    ("源首相", "Gen shushō"),
    ("海外相場", "Kaigai sōba"),
    ("原告", "Genkoku"),
])
def test_family_before_office_in_context(text: str, romaji: str) -> None:
    assert jpterms.romanize(text) == romaji


def test_real_family_names_before_an_honorific() -> None:
    """The same dev family names before さん and 君: UniDic reads some as common nouns (北
    "north", 柳 "willow") and the honorific stayed joined to them (*Kitasan*, *Yanagikun*):
    21 and 11 of 27 were the name and its honorific before, 22 and 15 now."""
    names = one_kanji_family_names()
    san = [k for k, romaji in names.items() if jpterms.romanize(k + "さん") == f"{romaji}-san"]
    kun = [k for k, romaji in names.items() if jpterms.romanize(k + "君") == f"{romaji}-kun"]
    assert len(san) >= 22 and "北" in san, sorted(set(names) - set(san))
    assert len(kun) >= 15 and "柳" in kun, sorted(set(names) - set(kun))


@pytest.mark.parametrize(("text", "romaji"), [
    ("西さんと星さんが来た", "Nishi-san to Hoshi-san ga kita"),  # UniDic: "west", "star"
    ("太郎くん", "Tarō-kun"),
    # a word JMdict lists, a noun few people bear, and a noun inside a compound stay
    ("奥さん", "Okusan"),
    ("王様", "Ōsama"),
    ("皆さん", "Minasan"),
    ("娘さん", "Musumesan"),
    ("尊星殿", "Mikotoboshidono"),
])
def test_a_name_a_dictionary_reads_as_a_common_noun_before_an_honorific(
        text: str, romaji: str) -> None:
    assert jpterms.romanize(text) == romaji


def test_an_honorific_in_kana_is_no_given_name() -> None:
    # JMnedict lists げんさん for 源さん: read as a family name and a given name "San", the
    # honorific came out capitalised (Gen-San)
    assert jpterms.romanize("源さんは") == "Gen-san wa"
    assert jpterms.romanize("花子ちゃん") == "Hanako-chan"
