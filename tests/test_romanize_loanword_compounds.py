"""A loanword UniDic cuts into the parts of one English word is one word, as English
writes it (login, plugin, keyword); parts English writes apart stay apart. The examples
are the man-page sentences of ../shared/data/corpus_ja.txt where the rule changed the
output (101 of a 4,000-line sample, every change a join of one English word)."""

from __future__ import annotations

import pytest

import jpterms


@pytest.mark.parametrize(("text", "expected"), [
    ("ログイン", "Roguin"),  # ログ + イン: log, in -> login
    ("プラグインが動的な共有オブジェクト", "Puraguin ga dōteki na kyōyū obujekuto"),
    ("キーワード", "Kīwādo"),
    ("タイムアウト", "Taimuauto"),
    ("スクリーンショット", "Sukurīnshotto"),
])
def test_the_parts_of_one_english_word_are_one_word(text: str, expected: str) -> None:
    assert jpterms.romanize(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("コンピュータウイルス", "Konpyūta uirusu"),  # computer virus
    ("ファイルシステム", "Fairu shisutemu"),  # filesystem: English writes "file system" too
])
def test_parts_english_writes_apart_stay_apart(text: str, expected: str) -> None:
    assert jpterms.romanize(text) == expected


def test_a_joined_loanword_keeps_its_long_vowels_and_its_division_from_the_next_word() -> None:
    assert jpterms.romanize("ワイルドカード群") == "Wairudokādo gun"


@pytest.mark.parametrize(("text", "expected"), [
    ("D RRアタッチを今ここで行う。", "D RR atatchi o ima koko de okonau."),  # was "a tatchi"
    ("デタッチされているセッション", "Detatchi sarete iru sesshon"),  # was "De tatchi"
    ("リトライのたびにタイムアウト間隔は倍になります。",
     "Ritorai no tabi ni taimuauto kankaku wa bai ni narimasu."),  # was "Ri torai"
    ("問題をデバックするのに役立つ。", "Mondai o debakku suru no ni yakudatsu."),
    ("また、クォートと埋め込みコメントの使い方がおかしいと、パーザの動作がおかしくなりやすいです。",
     "Mata, kwōto to umekomi komento no tsukaikata ga okashii to, pāza no dōsa ga okashiku"
     " nariyasui desu."),
    ("2 番目のスプーラはHPPrinterという名前", "2 banme no supūra wa HPPrinter to iu namae"),
    ("デバグ情報を表示する", "Debagu jōhō o hyōji suru"),  # three kana: デ + バグ
    ("パーザの", "Pāza no"),  # パー-par + ザ-the
])
def test_a_kana_cut_off_a_loanword_is_part_of_it(text: str, expected: str) -> None:
    """UniDic cuts one kana off a loanword it does not know whole (ア-a + タッチ-touch for
    アタッチ, attach; デ-des + タッチ; リ + トライ; パー + ザ): the kana is no word of its
    own, and the romanisation is one word (man-page lines of corpus_ja.txt, random.seed(23):
    29 of 6,000 change, every one such a word: redial, default, maintainer, underscore)."""
    assert jpterms.romanize(text) == expected
    assert [w.romaji for w in jpterms.explain(text)][:1] != ["a"]  # explain agrees


def test_two_loanwords_of_more_than_one_kana_each_stay_apart() -> None:
    assert jpterms.romanize("コンピュータウイルス") == "Konpyūta uirusu"
    assert jpterms.romanize("ビューア") == "Byūa"


@pytest.mark.parametrize(("text", "expected"), [
    # man-page lines of ../shared/data/corpus_ja.txt: UniDic cuts each of these words into
    # parts it knows (パラ + メタ, トリ + ガ, プリ + プロ + セッサ, ログ + アウト), and JMdict
    # glosses the whole with one English word that sounds like it (parameter, trigger,
    # preprocessor, logout); 235 of the corpus's 11,986 lines change, each only by spaces
    # (and a name's capital: マイクロソフト Maikurosofuto)
    ("この値はパラメタで指定する", "Kono atai wa parameta de shitei suru"),
    ("プリプロセッサの出力", "Puripurosessa no shutsuryoku"),
    ("ファイルシステムはアンマウントされる", "Fairu shisutemu wa anmaunto sareru"),
    ("ログアウト", "Roguauto"),
    ("クリンゴン語", "Kuringongo"),  # Klingon, a name: JMnedict's gloss is capitalised
])
def test_a_loanword_the_dictionaries_gloss_with_one_english_word_is_one_word(
        text: str, expected: str) -> None:
    assert jpterms.romanize(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ファイルシステム", "Fairu shisutemu"),  # file system: two English words
    ("ラストネーム", "Rasuto nēmu"),  # glossed "surname", which does not sound like it
    ("コマンドラインオプション", "Komando rain opushon"),
])
def test_a_loanword_english_writes_apart_or_glosses_otherwise_stays_apart(
        text: str, expected: str) -> None:
    assert jpterms.romanize(text) == expected
