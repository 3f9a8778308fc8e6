"""A run of hiragana UniDic reads as no word (it tags two or more of its kana as symbols)
is one word, not a letter group per kana: 早川いくを Hayakawa Ikuo (a given name now, as
Mozc lists いくお), was "Hayakawa i ku o"."""

from __future__ import annotations

from conftest import reading_gold
from jpterms.romanize import Romanizer, spells_kana


def test_a_run_of_kana_unidic_cannot_read_is_one_word() -> None:
    # Wikipedia's titles and a station list (tests/data/readings): were "Ki ku chi
    # Shōta", "I zu e", "Chi ha ra dai" (ちはら台 one name since Mozc writes it so:
    # mecab_rows.kana_place_rows)
    draw, stations = reading_gold("jawiki_draw.tsv"), reading_gold("stations_all.tsv")
    r = Romanizer()
    cases = {"早川いくを": (draw, "Hayakawa Ikuo"), "きくち正太": (draw, "Kikuchi Shōta"),
             "いずえ": (stations, "Izue"), "ちはら台": (stations, "Chiharadai")}
    for text, (gold, want) in cases.items():
        got = r.romanize(text)
        assert got == want and spells_kana(got, gold[text]), got
        assert [w.romaji.lower() for w in r.explain(text)] == want.lower().split(), text
    # particles a manual quotes (one kana UniDic takes for a symbol) and a counter after
    # digits stay words of their own (shared/data/corpus_ja.txt's man pages)
    assert r.romanize("はを使ってユーザーを確認する。") == "Ha o tsukatte yūzā o kakunin suru."
    assert r.romanize("この 2 つのファイル") == "Kono 2 tsu no fairu"


def test_one_kana_fillers_are_kana_read_as_no_word() -> None:
    # UniDic reads あま of あま市 as two fillers (あ + ま), とでん as と + で + ん: a name,
    # one word (tests/data/readings/jawiki_phrase_titles.tsv, jawiki_titles.tsv); romanize and
    # explain agree
    r = Romanizer()
    assert r.romanize("あま市立七宝小学校") == "Ama shiritsu shippō shōgakkō"  # was "A ma"
    assert r.romanize("とでん西武") == "Toden Seibu"  # was "To de n Seibu"
    assert [w.romaji for w in r.explain("とでん西武")] == ["toden", "Seibu"]
    # fillers of more kana are words of their own
    assert r.romanize("あのえっと") == "Ano etto"
    assert r.romanize("えっとあの") == "Etto ano"


def test_one_kana_filler_glued_to_kana_is_part_of_a_word() -> None:
    # UniDic reads う of うどんこ病 and うそつ機 as a filler (Wikipedia titles,
    # tests/data/readings/jawiki_draw.tsv and jawiki_phrase_titles.tsv): were "U donkobyō",
    # "U sotsuki"; えとう乱世, a look-up's reading of "Etoh Ransei" (えとう乱星 in
    # tests/data/lookup/names_english_forms.tsv): えと + う, two fillers, was "Eto u ransei"
    draw, titles = reading_gold("jawiki_draw.tsv"), reading_gold("jawiki_phrase_titles.tsv")
    r = Romanizer()
    cases = {"うどんこ病": (draw, "Udonkobyō"), "うそつ機": (titles, "Usotsuki")}
    for text, (gold, want) in cases.items():
        got = r.romanize(text)
        assert got == want and spells_kana(got, gold[text]), got
    assert r.romanize("えとう乱世") == "Etō ransei"  # the long vowel read across the pieces
    # は + ま + まつ: a particle, a filler and a verb, read as the kana are written (was
    # "Wa ma matsu tokimeki deai tabi")
    want = "Hamamatsu tokimeki deai tabi"
    assert r.romanize("はままつトキメキ出逢い旅") == want
    assert spells_kana(want, titles["はままつトキメキ出逢い旅"])
    # a filler set off by a mark stays a word, after a particle too; so does a filler of
    # more kana
    assert r.romanize("あ、そう") == "A, sō"
    assert r.romanize("それはま、いいとして") == "Sore wa ma, ii to shite"
    assert r.romanize("それでう、どうする") == "Sore de u, dō suru"
    assert r.romanize("えっと、これ") == "Etto, kore"
