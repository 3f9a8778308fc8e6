"""Publishers and shops no list knows: a coined name is read the Chinese way."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import explain, romanize


def test_a_coined_publishers_name_is_read_the_chinese_way() -> None:
    # a real 260 $b (tests/data/lookup/marc_pairs.tsv) and a Wikipedia title
    # (tests/data/readings/jawiki_publishers.tsv): UniDic reads 芳 and 光 as given names
    # (かおる, ひかる); neither house is in the publisher list
    assert romanize("育芳社") == "Ikuhōsha"
    assert romanize("研光社") == "Kenkōsha"
    word = explain("研光社")[0]
    assert (word.kana, word.source, word.confidence) == ("けんこうしゃ", "kanjidic", "guess")
    # but JMdict's word 月曜 (jawiki_publishers.tsv) is no coined stem, and 社 inside
    # UniDic's word 大社 ends no house (tests/data/readings/history_terms.tsv)
    assert "".join(w.kana for w in explain("月曜社")) == "げつようしゃ"
    assert romanize("出雲大社") == "Izumo taisha"


def test_a_temples_coined_name_is_read_the_chinese_way() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_temples.tsv): UniDic reads 円 + 久 as
    # a person (久 ひさし) and 慶 as よろこび; the temples are えんきゅうじ and けいずいじ
    assert "".join(w.kana for w in explain("円久寺")) == "えんきゅうじ"
    assert "".join(w.kana for w in explain("慶瑞寺")) == "けいずいじ"
    # a stem UniDic reads as a word of its own keeps its reading, and its でら
    assert "".join(w.kana for w in explain("檜隈寺")) == "ひのくまでら"


def test_an_art_name_or_a_word_before_the_ending_is_no_house() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_houses.tsv): a family name and an art
    # name in 堂 (中根 + 環堂, 草柳 + 悟堂), and a museum's word 美術館 after a name
    assert romanize("中根環堂") == "Nakane Kandō"
    assert "".join(w.kana for w in explain("草柳悟堂")) == "くさやなぎごどう"
    assert "".join(w.kana for w in explain("里美術館")).endswith("びじゅつかん")


def test_a_family_name_and_a_coined_name_before_the_ending_read_the_chinese_way() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_houses.tsv): UniDic reads 好仁 and 直
    # as given names (よしひと, ただし) after the family names 中岡 and 廣瀬 (広瀬)
    gold = reading_gold("jawiki_houses.tsv")
    for title in ("中岡好仁堂", "廣瀬直船堂"):
        assert kana_of(title) == gold[title]
    assert romanize("中岡好仁堂") == "Nakaoka Kōjindō"
    # as before: a coined name UniDic reads the Chinese way (阪本 + 高生堂), and a given
    # name many of JMnedict's people bear (英世 ひでよ, 花子 はなこ), a person's
    assert kana_of("阪本高生堂") == gold["阪本高生堂"]
    assert romanize("野口英世館") == "Noguchi Hideyokan"
    assert kana_of("山田花子館") == "やまだはなこかん"



def test_a_run_with_no_houses_ending_asks_mozc_nothing_about_a_house() -> None:
    # counted, never timed: Mozc is asked about a whole run only where it ends in a
    # house's word; asking it about every run of prose made romanising half as slow again
    from jpterms.romanize import Romanizer

    r = Romanizer()
    asked: list[str] = []
    real = r.readings.mozc_readings

    def counted(written: str) -> dict[str, int]:
        asked.append(written)
        return real(written)

    r.readings.mozc_readings = counted  # type: ignore[method-assign]
    morphemes = [m for m in r.morphemes("言語処理手法") if m.surface]
    asked.clear()
    r.readings.houses.coined_house(morphemes, 0)
    assert asked == []


def test_a_house_named_after_a_place_keeps_its_reading() -> None:
    # Wikipedia title (tests/data/readings/jawiki_publishers.tsv): UniDic reads 三島 as
    # one place's name, みしま; the house is named after it (was the coined さんとうしゃ)
    assert kana_of("三島社") == reading_gold("jawiki_publishers.tsv")["三島社"]
    # but a temple named after a place stays one word (錦江 is UniDic's place; the temple
    # of tests/data/readings/jawiki_temples.tsv is Kinkōji, not "Kinkō ji")
    assert romanize("錦江寺") == "Kinkōji"
