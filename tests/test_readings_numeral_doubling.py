"""A numeral UniDic cuts off before a Sino-Japanese noun that is no counter doubles its
last sound (data ``numeral_doubling`` in word_division.json): 十国 じっこく, 八策 はっさく."""

from __future__ import annotations

import csv

from conftest import DATA, kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_numeral_before_a_sino_japanese_noun_doubles() -> None:
    # Wikipedia's readings (tests/data/readings): were じゅうこく, いちくんばんみんろん,
    # …じゅうしせっぷくのち
    draw = reading_gold("jawiki_draw.tsv")
    for title in ("十国", "一君万民論"):
        assert kana_of(title) == draw[title], title
    phrase = "大石主税良金ら十士切腹の地"
    assert kana_of(phrase) == reading_gold("jawiki_phrase_titles.tsv")[phrase]
    # Aozora Bunko's romanised title (tests/data/lookup/aozora_titles_more.tsv): Shosetsu
    # saho jissoku (was jūsoku)
    with open(DATA / "lookup" / "aozora_titles_more.tsv", encoding="utf-8", newline="") as fh:
        gold = {r["japanese"]: r["gold_romaji"] for r in csv.DictReader(fh, delimiter="\t")}
    r = Romanizer()
    assert r.romanize("小説作法十則").split()[-1] == gold["小説作法十則"].split()[-1]
    assert r.romanize("八方") == "Happō"  # h becomes p
    # 一 before a noun of two kanji is "one" of a kind; counters keep their own table;
    # after 第 the numeral is an ordinal's
    assert r.romanize("一過程") == "Ichi katei"
    assert r.romanize("八回") == "Hachikai"
    assert r.romanize("第六中学校") == "Dairoku chūgakkō"


def test_a_word_uni_dic_tags_as_a_numeral_is_no_number_before_one() -> None:
    # UniDic tags 四声 (the four tones) as a numeral (名詞-数詞); it is no number, so the
    # numeral after it still doubles before 調 (Wikipedia: しせいはっちょう; was
    # しせいはちちょう), as after 一声, which UniDic tags as a common noun
    title = "四声八調"
    assert kana_of(title) == reading_gold("jawiki_draw.tsv")[title]
    r = Romanizer()
    assert r.romanize("一声八調") == "Issei hatchō"
    # a number before the numeral still stops it (十 + 八 + 界, as 第 + 六 does)
    assert r.romanize("第六中学校") == "Dairoku chūgakkō"
