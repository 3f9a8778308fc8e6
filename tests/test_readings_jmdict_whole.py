"""A whole input JMdict lists as one word is read as JMdict reads it where no dictionary
lists the whole as its units were read."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_word_listed_whole_is_read_as_listed() -> None:
    # Wikipedia's readings (tests/data/readings); were たんゆみるい (単 and 弓 read as a
    # person's names), びーる (UniDic's 麦酒), なまのてつがく, …どけい and …がいしゃ (a
    # voiced part where JMdict lists the whole plain)
    draw = reading_gold("jawiki_draw.tsv")
    for text in ("単弓類", "麦酒", "生の哲学", "世界終末時計"):
        assert kana_of(text) == draw[text], text
    assert kana_of("国策会社") == reading_gold("jawiki_houses.tsv")["国策会社"]
    r = Romanizer()
    assert r.romanize("単弓類") == "Tankyūrui"
    assert r.romanize("生の哲学") == "Sei no tetsugaku"  # the particle stays a word
    assert r.romanize("送り梅雨") == "Okuri zuyu"  # UniDic's 送り is a verb
    # a reading some dictionary lists for the whole stays (Mozc's ひょうのせん), its ノ
    # one word with the name (data name_particles)
    assert r.romanize("氷ノ山") == "Hyōnosen"


def test_a_place_listed_whole_is_read_as_listed() -> None:
    # JMnedict's places, where no dictionary lists the whole as its units were read
    # (Wikipedia's readings, tests/data/readings: were ほうふむら, …みあすがわ…)
    assert kana_of("豊富村") == reading_gold("jawiki_villages.tsv")["豊富村"] == "とよとみむら"
    school = "浦安市立見明川中学校"
    assert kana_of(school) == reading_gold("jawiki_schools.tsv")[school]
    r = Romanizer()
    assert r.romanize("豊富村") == "Toyotomi-mura"
    assert r.romanize("古江町") == "Furue-chō"  # was Furukō chō
    # a municipality stays as the official list reads it (JMnedict: ながちょう)
    assert kana_of("那賀町") == reading_gold("municipalities_mic.tsv")["那賀町"] == "なかちょう"


def test_a_word_listed_at_the_end_is_read_as_listed() -> None:
    # UniDic reads 固 (袈裟固, okurigana left out) as an adjective's stem and 聴 of 一向聴
    # as a verb, so no run of nouns reads the word JMdict lists: けさがため, いーしゃんてん
    r = Romanizer()
    assert r.romanize("枕袈裟固") == "Makura kesagatame"  # was Makura kesa kata
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("完全一向聴") == draw["完全一向聴"] == "かんぜんいーしゃんてん"


def test_a_word_listed_whole_over_a_name_only_mozc_gives() -> None:
    # Izumi Kyōka's 高野聖 (1900; Hoyt Long's corpus table: Koya hijiri): JMdict's and
    # Mozc's word こうやひじり, not the person Mozc alone lists (was Takano Hijiri)
    r = Romanizer()
    assert kana_of("高野聖") == "こうやひじり"
    assert r.romanize("高野聖") == "Kōyahijiri"
    # names JMnedict lists whole stay names
    assert r.romanize("浦島太郎") == "Urashima Tarō"
    assert r.romanize("山田太郎") == "Yamada Tarō"
