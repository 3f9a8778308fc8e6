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
