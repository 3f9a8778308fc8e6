"""A given name read the Chinese way in every kanji (UniDic's たいしゅん for 泰俊), where Mozc
lists the spelling as a given name only under another of JMnedict's readings, takes that
reading (富樫泰俊 Togashi Yasutoshi, was Togashi Taishun); and a family or given name read as
the one person JMnedict lists reads it, where Mozc agrees (朝永三十郎 Tomonaga, was Asanaga)."""

from __future__ import annotations

from conftest import reading_gold
from jpterms.romanize import Romanizer


def _kana(r: Romanizer, text: str) -> str:
    return "".join(w.kana for w in r.explain(text)).replace(" ", "")


def test_a_sino_given_name_gives_way_to_the_reading_mozc_lists_as_a_name() -> None:
    draw = reading_gold("jawiki_draw.tsv")  # Wikipedia's article titles and their kana
    r = Romanizer()
    for name in ("富樫泰俊", "井上正順"):
        assert _kana(r, name) == draw[name], name
    # tests/data/lookup/wikidata_scholars.tsv and wikidata_writers.tsv
    assert r.romanize("青木正児") == "Aoki Masaru"
    assert r.romanize("浜田秀哉") == "Hamada Hideya"
    # a Chinese reading Mozc also lists as a given name stands, and so does a Japanese one
    assert r.romanize("佐藤一郎") == "Satō Ichirō"
    for name in ("大久保忠礼", "藤井乙男"):
        assert _kana(r, name) == draw[name], name


def test_one_listed_person_reads_a_name_where_mozc_agrees() -> None:
    # JMnedict has one person of each reading and none of UniDic's; Mozc writes theirs
    # more cheaply: tests/data/lookup/aozora_authors.tsv (Aozora's own romaji, no
    # macrons) and wikidata_writers.tsv
    r = Romanizer()
    assert r.romanize("朝永三十郎") == "Tomonaga Sanjūrō"
    assert r.romanize("太田昌克") == "Ōta Masakatsu"
    assert r.romanize("秋秀人") == "Aki Hideto"
    draw = reading_gold("jawiki_draw.tsv")
    for name in ("千代島瑞希", "鬼頭良之助", "桑原善吉", "小原光代"):
        assert _kana(r, name) == draw[name], name
