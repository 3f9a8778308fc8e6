"""A given name spelled like a JMdict word, after a family name in a whole input: where
Mozc lists the spelling as a given name under another reading JMnedict lists, and does not
list the word's reading as a given name, the given name is read so (青木正教 Aoki Masanori,
was "Aoki seikyō"; 野村重臣 Nomura Shigeomi, was "Nomura jūshin"). A word Mozc lists as a
given name too, or as no name at all, or an everyday word (時代, 野菜), stays the word. And
one kanji UniDic reads as a word before a listed given name is part of it (永富晨太郎
Nagatomi Shintarō, was "Nagatomi ashita Tarō")."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_word_mozc_lists_as_a_given_name_read_otherwise_is_that_given_name() -> None:
    draw = reading_gold("jawiki_draw.tsv")  # Wikipedia's article titles and their kana
    r = Romanizer()
    for name in ("青木正教", "吐合明文"):
        assert kana_of(name) == draw[name], name
    # tests/data/lookup/wikidata_scholars.tsv and aozora_authors.tsv (a pen name)
    assert r.romanize("野村重臣") == "Nomura Shigeomi"
    assert r.romanize("川田雪山") == "Kawada Setsuzan"


def test_a_word_mozc_lists_as_a_given_name_too_or_as_no_name_stays_the_word() -> None:
    r = Romanizer()
    # tests/data/lookup/wikidata_writers.tsv: Mozc lists 元気 げんき as a given name too
    # (common words stay words, as tests/test_readings_whole_names.py wants of 田中元気)
    assert r.romanize("平澤元気").casefold() == "hirasawa genki"
    # an everyday word Mozc also lists as a given name (野菜 やさい 3771, のな 3721)
    assert r.romanize("高原野菜") == "Takahara yasai"
    draw = reading_gold("jawiki_draw.tsv")
    for name in ("池田夢見", "岡崎産業", "三井化学"):
        assert kana_of(name) == draw[name], name
    assert r.romanize("江戸時代") == "Edo jidai"
    # an everyday word Mozc writes cheaply (時代 じだい 3132, ときよ 4638): an era named
    # after a family, not a person (jawiki_draw.tsv's 小川時代, Ogawa Tokiyo, is the one
    # dev row this costs)
    assert r.romanize("田沼時代") == "Tanuma jidai"
    assert r.romanize("田中時代") == "Tanaka jidai"


def test_one_kanji_read_as_a_word_before_a_listed_given_name_joins_it() -> None:
    # Wikipedia's kana (jawiki_draw.tsv): UniDic reads 晨 あした and 太郎 apart, "Nagatomi
    # ashita Tarō"; JMnedict's two-kanji given names begin with 晨 read しん most often
    draw = reading_gold("jawiki_draw.tsv")
    r = Romanizer()
    assert kana_of("永富晨太郎") == draw["永富晨太郎"]
    assert r.romanize("永富晨太郎") == "Nagatomi Shintarō"
    # a kanji no given name begins with: its first on reading (磋 さ), one given name
    assert r.romanize("山田磋一郎") == "Yamada Saichirō"
    # alone, where no dictionary lists the kanji as a family name: one given name too (was
    # "Sa Ichirō", a family name Sa)
    assert r.romanize("磋一郎") == "Saichirō"
    # listed given names stay as they are
    assert r.romanize("森林太郎") == "Mori Rintarō"


def test_a_family_name_the_glossary_holds_may_take_a_composed_given_name() -> None:
    # Wikipedia's kana (jawiki_draw.tsv): 佐藤 comes from the glossary, which stopped the
    # given name no dictionary lists from being composed ("Satō un yo")
    draw = reading_gold("jawiki_draw.tsv")
    r = Romanizer()
    assert kana_of("佐藤運宜") == draw["佐藤運宜"]
    assert r.romanize("佐藤運宜") == "Satō Ungi"
    # tests/data/lookup/wikidata_historical.tsv: was "Morisakuko sen"
    assert r.romanize("森作湖仙") == "Morisaku Kosen"


def test_a_two_kanji_family_unit_no_one_bears_gives_way_to_its_first_kanji() -> None:
    # tests/data/lookup/wikidata_historical.tsv: UniDic reads 森成 + 利 ("Morinari Toshi");
    # no one JMnedict lists bears 森成, 155 bear 森, and 成利 is a given name it lists (the
    # gold is the man's other name, Ranmaru)
    r = Romanizer()
    assert r.romanize("森成利") == "Mori Naritoshi"
    # Wikipedia's kana (jawiki_draw.tsv) are the same either way: 平義 + 隆 was "Tairayoshi Taka"
    assert kana_of("平義隆") == reading_gold("jawiki_draw.tsv")["平義隆"]
    assert r.romanize("平義隆") == "Taira Yoshitaka"
    # a family unit people bear stays (森保 + 一, 1 person)
    assert r.romanize("森保一") == "Moriyasu Hajime"


def test_a_given_name_ending_in_a_numeral_is_one_word() -> None:
    # tests/data/lookup/aozora_authors.tsv (gold Yabuno Mukuju): was "Yabuno muku jū"
    r = Romanizer()
    assert r.romanize("藪野椋十") == "Yabuno Mukujū"
    # the numeral as given names most often end with it (二 じ), was "Oguri bi ni"
    assert r.romanize("小栗美二") == "Oguri Biji"
    # a numeral that makes a listed name keeps it (萬壱 まんいち, unclass)
    assert r.romanize("吉村萬壱") == "Yoshimura Man'ichi"
