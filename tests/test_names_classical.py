"""Pre-modern names as scholarship writes them, from JMnedict's own entries: the の of a
clan name where JMnedict lists the person both with and without it, the word division of
the person's English gloss, and the hyphen after the 後 of a posthumous name. Modern
people JMnedict lists once keep their names."""

from __future__ import annotations

import pytest

import jpterms
from jpterms.names import glossed_division


@pytest.mark.parametrize(("text", "want"), [
    # JMnedict: ふじわらのみちなが and ふじわらみちなが "Fujiwara Michinaga (966-1027)"
    ("藤原道長", "Fujiwara no Michinaga"),
    ("紀貫之", "Ki no Tsurayuki"),
    ("在原業平", "Ariwara no Narihira"),  # the の form is ありわら, the other ありはら
    ("小野小町", "Ono no Komachi"),
    ("源頼朝", "Minamoto no Yoritomo"),  # listed with の only: as before
    ("藤原道長の日記", "Fujiwara no Michinaga no nikki"),
])
def test_a_clan_name_takes_its_genitive(text: str, want: str) -> None:
    assert jpterms.romanize(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("清少納言", "Sei Shōnagon"),  # gloss "Sei Shonagon": not the family name 清少
    ("紫式部", "Murasaki Shikibu"),  # one unit to UniDic
    ("清少納言と紫式部", "Sei Shōnagon to Murasaki Shikibu"),
    ("後醍醐天皇", "Go-Daigo tennō"),  # 後醍醐天皇 "Go-Daigo Tenno"
    ("後醍醐天皇は", "Go-Daigo tennō wa"),
    ("後白河", "Go-Shirakawa"),
    ("後小松", "Go-Komatsu"),  # 後 + 小松 is also a family and a given name: the hyphen only
    ("後嵯峨天皇", "Go-Saga tennō"),  # 後嵯峨 is listed as a surname; its emperor has the hyphen
    ("後鳥羽上皇", "Go-Toba jōkō"),
    # JMnedict glosses the whole "Goshirakawahouou": 後白河's gloss and the word 法皇
    ("後白河法皇", "Go-Shirakawa hōō"),
    # 光孝天皇 こうこうてんのう, "Koukou Tenno": not the given name 光孝 Mitsunori
    ("光孝天皇", "Kōkō tennō"),
])
def test_a_name_is_divided_as_its_gloss_divides_it(text: str, want: str) -> None:
    assert jpterms.romanize(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("大江健三郎", "Ōe Kenzaburō"),
    ("小野洋子", "Ono Yōko"),
    ("藤原紀香", "Fujiwara Norika"),  # ふじわらのりか: Norika, no の of a clan
    ("後藤新平", "Gotō Shinpei"),  # 後 of a family name, no hyphen
    ("山内容堂", "Yamauchi Yōdō"),  # やまのうち is the family name, not やま + の
    ("安部信行", "Abe Nobuyuki"),  # 信行 のぶゆき: the の is the given name's
    ("河辺宮人", "Kawabe no Miyahito"),  # not the gloss's "Kawabeno Miyahito"
])
def test_modern_names_keep_their_form(text: str, want: str) -> None:
    assert jpterms.romanize(text) == want


def test_explain_gives_jmnedict_as_the_source() -> None:
    words = jpterms.explain("藤原道長")
    assert [(w.romaji, w.source) for w in words] == [
        ("Fujiwara", "jmnedict"), ("no Michinaga", "jmnedict")]
    words = jpterms.explain("清少納言")
    assert [(w.text, w.romaji, w.source) for w in words] == [
        ("清", "Sei", "jmnedict"), ("少納言", "Shōnagon", "jmnedict")]


def test_gloss_division_aligns_the_kana() -> None:
    assert glossed_division("紫式部", "むらさきしきぶ").words == ("むらさき", "しきぶ")
    # written Ooe Kenzaburou in the gloss: long vowels matched however written
    assert glossed_division("大江健三郎", "おおえけんざぶろう").words == ("おおえ", "けんざぶろう")
    assert glossed_division("藤原道長", "ふじわらのみちなが") is None  # "Fujiwaranomichinaga"


@pytest.mark.parametrize(("text", "want"), [
    ("伊藤博文", "Itō Hirobumi"),  # JMnedict also lists an unexplained いとうはくぶん
    ("村上隆", "Murakami Takashi"),  # described under たかし, merely listed as りゅう
    ("村上龍", "Murakami Ryū"),
])
def test_the_person_jmnedict_describes_comes_before_a_name_it_only_lists(
        text: str, want: str) -> None:
    assert jpterms.romanize(text) == want
