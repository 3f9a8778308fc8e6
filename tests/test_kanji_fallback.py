"""No kanji is left in the output, and what no dictionary reads is a guess (issue 9).

Real cases: 櫸 (Keyaki) is a title in a Princeton catalogue record (pulibrary/orangelight@
033325fb5, document 99118600973506421); 秌場準一 is a name in a catalogue record (秌 is a
variant of 秋); 谷幹々 (Tani Kankan, a painter) and 新島々 (a station, しんしましま) are rows of
tests/data/lookup/wikidata_historical.tsv and tests/data/readings/stations_all.tsv, where the
tokenizer cuts the 々 off from its kanji.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from jpterms.kanji_fallback import UNREAD, KanjiFallback
from jpterms.reading_index import ReadingIndex
from jpterms.romanize import Romanizer

DATA = Path(__file__).parent / "data"
KANJI = re.compile("[\u3005\u3006\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return {row["japanese"]: row for row in csv.DictReader(fh, delimiter="\t")}


def test_a_variant_no_dictionary_reads_is_read_as_the_kanji_it_varies() -> None:
    r = Romanizer()
    assert r.romanize("櫸") == "Keyaki"
    assert r.romanize("秌場準一") == "Akiba Jun'ichi"
    (word,) = r.explain("櫸")
    assert word.is_guess and "variant" in word.source
    first = r.explain("秌場準一")[0]
    assert first.is_guess and first.kana == "あきば"
    # the same words in their usual spelling are no guesses
    assert not r.explain("欅")[0].is_guess


def test_an_iteration_mark_cut_off_from_its_kanji_repeats_it() -> None:
    r = Romanizer()
    painter = _rows(DATA / "lookup" / "wikidata_historical.tsv")["谷幹々"]
    assert r.romanize("谷幹々") == painter["gold_romaji"]  # Tani Kankan
    assert r.explain("谷幹々")[-1].is_guess
    station = _rows(DATA / "readings" / "stations_all.tsv")["新島々"]
    assert [w.kana for w in r.explain("新島々")] == [station["kana"]]  # しんしましま
    # words the dictionaries know keep their own reading
    assert (r.romanize("佐々木"), r.romanize("時々")) == ("Sasaki", "Tokidoki")


def test_a_character_nothing_reads_is_a_visible_gap_never_a_kanji() -> None:
    r = Romanizer()
    assert r.romanize("𪚲") == UNREAD
    (word,) = r.explain("𪚲")
    assert word.is_guess and word.source == "unread"
    assert r.romanize("〆") == "Shime"  # JMdict reads the mark
    for text in ("々", "〆", "𪚲", "櫸", "秌場準一", "四季の海鮮魚々味"):
        assert not KANJI.search(r.romanize(text)), text


def test_the_variant_table_leads_from_unread_kanji_to_read_ones() -> None:
    fallback = KanjiFallback()
    index = ReadingIndex.default()
    table = fallback._table()
    assert len(table) > 20_000
    for variant, standard in list(table.items())[::500]:  # a sample: every 500th row
        assert not any(index.kanji(variant)), variant
        assert any(index.kanji(standard)), standard


def test_a_publishers_reading_is_put_only_on_characters_it_reads() -> None:
    # SKK's proper-noun dictionary (jpterms/data/publishers.tsv) reads 財経詳報社
    # ざいけいしゅっぱんしゃ; 詳報 is never しゅっぱん, so the table's reading is not used
    # (it was spread over 経詳報: "Zai Keishuppan Sha").
    from jpterms.gazetteer import publisher_readings
    from jpterms.kanji_fallback import reading_fits

    assert publisher_readings()["財経詳報社"] == "ざいけいしゅっぱんしゃ"
    r = Romanizer()
    assert r.romanize("財経詳報社") == "Zaikei shōhōsha"
    assert all("publishers" not in w.source for w in r.explain("財経詳報社"))
    # publishers whose table reading fits their characters keep it
    assert r.romanize("吉川弘文館") == "Yoshikawa Kōbunkan"
    assert reading_fits("南雲堂フェニックス", "なんうんどうふぇにっくす", r.readings)
    assert reading_fits("創出版", "つくるしゅっぱん", r.readings)


def test_a_lone_kanji_no_word_list_reads_keeps_its_own_reading() -> None:
    r = Romanizer()
    # 彁 (a "ghost character" of JIS X 0208): JMnedict's one person so named, じゅんこ, is
    # not how the character reads; KANJIDIC2's か is, and it is a guess
    (word,) = r.explain("彁")
    assert (r.romanize("彁"), word.kana, word.is_guess) == ("Ka", "か", True)
    # 紹熙 (a Song era, しょうき in tests/data/readings/jawiki_titles.tsv): 熙 was read
    # as the given name Hiroshi
    era = _rows(DATA / "readings" / "jawiki_titles.tsv")["紹熙"]
    assert "".join(w.kana for w in r.explain("紹熙")) == era["kana"]
    # kanji that are words or names of their own keep those readings
    assert [r.romanize(k) for k in "森林翔凪"] == ["Mori", "Hayashi", "Shō", "Nagi"]


def test_a_given_name_jmnedict_lists_only_as_a_family_name_is_read_so() -> None:
    # tests/data/lookup/wikidata_historical.tsv: 松平定安 Matsudaira Sadayasu (was
    # "Sadamuyasu": 定 read as the given name さだむ, 安 left over as a suffix)
    # tests/data/lookup/wikidata_scholars.tsv: 太田頼常 Ota Yoritsune (was "Rai Tsune")
    people = _rows(DATA / "lookup" / "wikidata_historical.tsv")
    people |= _rows(DATA / "lookup" / "wikidata_scholars.tsv")
    r = Romanizer()
    for name in ("松平定安", "太田頼常"):
        assert r.romanize(name).replace("Ō", "O") == people[name]["gold_romaji"]
    assert r.explain("松平定安")[1].confidence == "possible"


def test_a_doubled_a_across_two_kanji_is_two_vowels() -> None:
    # 松平定敬 (the daimyo Matsudaira Sadaaki): KANJIDIC2 does not give 敬 あき, so the
    # reading さだあき cannot be split over the kanji; it was marked "Sadāki"
    r = Romanizer()
    assert r.romanize("松平定敬") == "Matsudaira Sadaaki"
    assert r.romanize("お母さん") == "Okāsan"  # one kanji read as one piece: long


def test_a_kanji_reading_voices_to_b_as_well_as_p() -> None:
    # tests/data/readings/jawiki_admin_terms.tsv: 成文法 せいぶんほう, 生成文法 せいせいぶんぽう
    terms = _rows(DATA / "readings" / "jawiki_admin_terms.tsv")
    r = Romanizer()
    for term in ("成文法", "生成文法"):
        assert "".join(w.kana for w in r.explain(term)) == terms[term]["kana"]
    from jpterms.reading_parts import split_over_kanji

    # 保 ほ voices to ぼ (久保 くぼ), and 法 ほう to ぽう after ん: both split over the kanji
    assert split_over_kanji("久保", "くぼ", r.readings.index) == [("く", "久"), ("ぼ", "保")]
    assert split_over_kanji("文法", "ぶんぽう", r.readings.index) is not None


def test_a_variation_selector_chooses_a_glyph_and_is_read_as_its_kanji() -> None:
    # Ideographic variation sequences as IPAmj fonts and family-register text write them
    # (葛 E0100 "as in 葛飾区", 辻 E0100/E0102: masanork/srn site/content/variants.md)
    r = Romanizer()
    assert r.romanize("東京都葛\U000e0100飾区") == r.romanize("東京都葛飾区") == "Tōkyō-to Katsushika-ku"
    assert r.romanize("辻\U000e0102") == r.romanize("辻\U000e0100") == "Tsuji"
    assert r.romanize("佐〻木") == "Sasaki"  # the vertical iteration mark
    assert all(w.text == "辻" for w in r.explain("辻\U000e0102"))


def test_radical_forms_and_hentaigana_are_read_as_what_they_write() -> None:
    # PDF text extraction writes CJK radical forms for kanji (⻑ for 長, ⻄ for 西), and
    # old printed texts hentaigana; NFKC leaves both as they are
    import unicodedata

    r = Romanizer()
    assert r.romanize("\u2ed1野県") == r.romanize("長野県") == "Nagano-ken"
    assert unicodedata.name("\U0001b048") == "HENTAIGANA LETTER SI-5"
    assert r.romanize("\U0001b002\U0001b048") == "Ashi"  # HENTAIGANA A-1, SI-5
