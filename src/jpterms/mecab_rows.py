"""MeCab's rows of a text, and the corrections made to them before tokens are built.

MeCab with UniDic prints each token of a text as one row, ``surface<TAB>features``
(through ``data/mecabrc``): :func:`rows_of` reads a text so, a long run in pieces
(:func:`mecab_pieces`). The passes here read again the rows UniDic gets wrong where the
context tells (何 before a particle, 空 before から, 一行 as a line, a suffix after Latin
letters), join what it cut apart (small kana, a loanword's parts) and cut a run where a
place's name begins; :func:`row_code` and :func:`row_marks` tell the kinds of row apart for
:meth:`jpterms.row_reader.RowReader.read`, which runs the passes a text needs.

>>> [row.split("\\t")[0] for row in rows_of("東京都に行く")]
['東京', '都', 'に', '行く']
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from jpterms.dictionaries import mecab_tagger
from jpterms.division import rules as _rules
from jpterms.kana import has_kanji, is_ideograph, mark_long_vowels, to_hiragana, to_katakana


def is_kana_run(text: str) -> bool:
    """Kana only (hiragana, katakana with Ainu's small ones, ー and the kana iteration
    marks; not ・).

    >>> is_kana_run("ログイン"), is_kana_run("こゝろ"), is_kana_run("ロ・グ"), is_kana_run("アイヌㇰ")
    (True, True, False, True)
    """
    return _KANA_RUN.fullmatch(text) is not None


_KANA_RUN = re.compile("[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30fe\u31f0-\u31ff]+")


def feature_fields(feature_raw: str) -> list[str]:
    """The fields of one row's UniDic features (the text after its tab), a quoted field
    with its commas whole.

    >>> feature_fields('補助記号,一般,*,*,*,*,*,",",*')[6:8]
    ['*', ',']
    """
    if '"' in feature_raw:
        return next(csv.reader([feature_raw]))
    return feature_raw.split(",")


#: UniDic's conjugation type (its ``cType`` field, 4) of the verbs that end in u (救う,
#: 思う, 言う), and the conjugation forms (``cForm``, 5) that end so (終止形, 連体形: the word
#: as a dictionary lists it).
U_VERB = "五段-ワア行"
U_VERB_FORMS = ("終止形", "連体形")


def tagger() -> Any:
    """The UniDic tagger of this thread (MeCab's tokens as nodes)."""
    import unidic_lite

    return mecab_tagger(unidic_lite.DICDIR)


@lru_cache(maxsize=1)
def _rcfile() -> str:
    """The MeCab resource file that makes MeCab print "surface<TAB>features" lines, or ""
    when the package is not on disk (a zipped install)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "mecabrc")
    return path if os.path.isfile(path) and '"' not in path else ""


@lru_cache(maxsize=1)
def _unidic_dir() -> str:
    """unidic-lite's dictionary folder (found once)."""
    import unidic_lite

    folder: str = unidic_lite.DICDIR
    return folder


#: The most characters MeCab reads at once. Its time grows with the square of a run of one
#: kind of character (a line of 64,000 「 or [ took 9 s, 16,000 took 0.2 s): a longer run
#: of Japanese is read in pieces, each cut after a sentence's end where one is near.
MECAB_PIECE = 4000


def _mecab_pieces(text: str, size: int = MECAB_PIECE) -> Iterator[str]:
    """``text`` in pieces of at most ``size`` characters, each ending after the last
    。！？ in its second half, or cut at ``size`` where there is none.

    >>> [len(p) for p in _mecab_pieces("あ。" * 5, 4)], [len(p) for p in _mecab_pieces("「" * 9, 4)]
    ([4, 4, 2], [4, 4, 1])
    """
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = max(text.rfind(mark, start + size // 2, end) for mark in "。！？") + 1
        if cut <= start:
            cut = end
        yield text[start:cut]
        start = cut
    yield text[start:]


#: What the pronoun 何 may come before to be read ナニ (data ``pronoun_nani``).
_NANI_BEFORE = ("助詞", "助動詞", "動詞", "補助記号")


#: The fields of a UniDic row that hold its kana (pronunciation and reading, of the form
#: and of the lemma): what a row read another way changes.
_KANA_FIELDS = (9, 11, 17, 18, 19, 20)


def _reread(surface: str, fields: list[str], readings: dict[str, str]) -> str:
    """The row of ``surface`` with each kana field ``readings`` maps read the new way.

    >>> _reread("空", ["名詞"] * 21, {"名詞": "カラ"}).count("カラ")
    6
    """
    kana = [readings.get(f, f) if k in _KANA_FIELDS else f for k, f in enumerate(fields)]
    return f"{surface}\t{','.join(kana)}"


def _rows_read(rows: list[str], surface: str, kana: str,
               pos: str = "") -> Iterator[tuple[int, list[str]]]:
    """(index, features) of each of MeCab's ``rows`` of ``surface`` that UniDic reads
    ``kana``, its part of speech beginning with ``pos``: the words a rule may read
    another way (何 ナン, 空 ソラ).

    >>> [i for i, _ in _rows_read(rows_of("空の空"), "空", "ソラ")]
    [0, 2]
    """
    for i, row in enumerate(rows):
        written, _, raw = row.partition("\t")
        if written != surface or not raw.startswith(pos):
            continue
        fields = feature_fields(raw)
        if len(fields) > 20 and fields[17] == kana:
            yield i, fields


def _nani_rows(rows: list[str]) -> list[str]:
    """``rows`` with the pronoun 何, which UniDic reads ナン wherever it comes, read ナニ
    where the word after it (a particle, an auxiliary, a verb, a mark, or nothing) begins
    with none of the sounds that keep ナン (data ``pronoun_nani``): 何も nanimo, 何か
    nanika, 何を nani o (UniDic: nanmo, nanka, nan o); 何で nande, 何の nan no stay.

    >>> [r.split(",")[17] for r in _nani_rows(rows_of("何も無い"))[:1] + _nani_rows(rows_of("何の"))[:1]]
    ['ナニ', 'ナン']
    """
    keep = tuple(_rules()["pronoun_nani"]["nan_before"])
    out = list(rows)
    for i, fields in _rows_read(rows, "何", "ナン", "代名詞,"):
        surface = "何"
        if i + 1 < len(rows):
            after, _, after_raw = rows[i + 1].partition("\t")
            after_fields = feature_fields(after_raw)
            kana = after_fields[17] if len(after_fields) > 17 else after
            if not after_raw.startswith(_NANI_BEFORE) or kana.startswith(keep):
                continue
        out[i] = _reread(surface, fields, {"ナン": "ナニ"})
    return out


def _one_day_rows(rows: list[str]) -> list[str]:
    """``rows`` with 一日, which UniDic reads ツイタチ (the first of a month) after the
    genitive の, read イチニチ (a day) where no month comes before the の: the first is a
    month's (五月の一日, 九月の一日 stay ツイタチ), a day is anything's (JMdict's 一日
    いちにち): 年末の一日 *Nenmatsu no ichinichi*, Akutagawa's story (was "tsuitachi"),
    秋の一日, 私の一日.

    >>> [r.split(",")[17] for r in _one_day_rows(rows_of("年末の一日"))]
    ['ネンマツ', 'ノ', 'イチニチ']
    >>> [r.split(",")[17] for r in _one_day_rows(rows_of("五月の一日"))][-1]
    'ツイタチ'
    """
    out = list(rows)
    for i, fields in _rows_read(rows, "一日", "ツイタチ", "名詞"):
        if i < 2 or rows[i - 1].partition("\t")[0] != "の" \
                or not rows[i - 1].partition("\t")[2].startswith("助詞"):
            continue
        if rows[i - 2].partition("\t")[0].endswith("月"):
            continue  # (五 + 月 + の + 一日: the first of May)
        out[i] = _reread("一日", fields, {"ツイタチ": "イチニチ"})
    return out


def _kara_rows(rows: list[str]) -> list[str]:
    """``rows`` with 空, which UniDic reads ソラ (the sky) wherever it comes, read カラ
    (empty) where only "empty" makes sense (data ``empty_kara``): 空である, 空にする,
    空のファイル; 空の下 and 空に浮かぶ stay the sky.

    >>> [r.split(",")[17] for r in _kara_rows(rows_of("空でない"))[:1] + _kara_rows(rows_of("空に浮かぶ"))[:1]]
    ['カラ', 'ソラ']
    """
    rules = _rules()["empty_kara"]
    out = list(rows)
    for i, fields in _rows_read(rows, "空", "ソラ"):
        surface = "空"
        if i + 1 >= len(rows):
            continue
        before, _, before_raw = rows[i - 1].partition("\t") if i else ("", "", "")
        if before in ("の", "な") or before_raw.startswith(("形容詞", "連体詞")):
            continue  # a sky something describes: 青い空だ, 秋の空だ, 綺麗な空だ
        after = [(r.partition("\t")[0], feature_fields(r.partition("\t")[2])) for r in rows[i + 1:i + 3]]
        (word, first), (second_word, second) = after[0], (after[1] if len(after) > 1 else ("", []))
        lemma = first[7] if len(first) > 7 else ""
        if first[0] == "助動詞" and lemma in rules["copulas"]:
            pass  # 空である, 空です
        elif word in ("に", "と") and first[0] == "助詞" and len(second) > 7 \
                and second[0] == "動詞" and second[7] in rules["verbs"]:
            pass  # 空にする, 空となる
        elif word == "の" and first[0] == "助詞" and second_word and (
                second_word in rules["nouns_after_no"] or second_word.isascii()
                or (len(second) > 12 and second[12] == "外")):
            pass  # 空のファイル, 空の tty, 空の場合
        else:
            continue
        out[i] = _reread(surface, fields, {"ソラ": "カラ"})
    return out


def _gi_rows(rows: list[str]) -> list[str]:
    """``rows`` with 偽, which UniDic reads ニセ (fake) wherever it comes, read ギ (false)
    where it is the truth value (data ``false_gi``): before a particle other than の, the
    copula, an auxiliary or a mark, or last in a run (0は偽, 式は偽となります, 偽を返します),
    and before の and a noun of the list (偽の場合); 偽コマンド, 偽の情報 stay ニセ.

    >>> [r.split(",")[17] for r in _gi_rows(rows_of("偽を返す"))[:1] + _gi_rows(rows_of("偽の情報"))[:1]]
    ['ギ', 'ニセ']
    """
    nouns = _rules()["false_gi"]["nouns_after_no"]
    out = list(rows)
    for i, fields in _rows_read(rows, "偽", "ニセ", "名詞"):
        surface = "偽"
        if i + 1 >= len(rows):
            if not i:
                continue  # the word alone (a title): no sentence to say which
        else:
            word, _, after_raw = rows[i + 1].partition("\t")
            if word == "の":
                second = rows[i + 2].partition("\t")[0] if i + 2 < len(rows) else ""
                if second not in nouns:
                    continue  # 偽の情報 (fake)
            elif not after_raw.startswith(("助詞", "助動詞", "補助記号")):
                continue  # 偽コマンド
        out[i] = _reread(surface, fields, {"ニセ": "ギ"})
    return out


def _before_verb(rows: list[str]) -> bool:
    """Whether ``rows`` begin with a verb, or with a verbal noun and the verb する."""
    if not rows:
        return False
    first = feature_fields(rows[0].partition("\t")[2])
    if first[0] == "動詞":
        return True
    if len(rows) < 2 or first[:3] != ["名詞", "普通名詞", "サ変可能"]:
        return False
    second = feature_fields(rows[1].partition("\t")[2])
    return second[0] == "動詞" and len(second) > 7 and second[7] == "為る"


def _adjective_rows(rows: list[str]) -> list[str]:
    """``rows`` with a word UniDic takes for an adverb of another reading read as the
    adjective's adverbial form where a verb follows (data ``adjective_before_verb``):
    正しく動作する tadashiku, not UniDic's masashiku; 正しくその通りだ stays.

    >>> [r.split(",")[17] for r in _adjective_rows(rows_of("正しく動作する"))[:1]]
    ['タダシク']
    """
    words = _rules()["adjective_before_verb"]["words"]
    out = list(rows)
    for i, row in enumerate(rows):
        surface, _, raw = row.partition("\t")
        if surface not in words or not raw.startswith("副詞"):
            continue
        unidic, reading = words[surface]
        fields = feature_fields(raw)
        if len(fields) <= 20 or fields[17] != unidic or not _before_verb(rows[i + 1:i + 3]):
            continue
        out[i] = _reread(surface, fields, {unidic: reading})
    return out


#: 一 with its okurigana と, as writers of the Meiji to early Shōwa eras wrote ひと
#: before a word (一と晩, 一と通り): see :func:`hito_rows`.
HITO = "一と"


def hito_rows(rows: list[str], jmdict: Callable[[str], list[str]]) -> list[str]:
    """``rows`` with 一 and と, which UniDic reads as the numeral いち and the particle
    と, before a noun or an adverb in kanji, read as one word with ひと, the と the
    okurigana of 一 (UniDic itself lists 一と言 ひとこと and 一と目 ひとめ so): where
    JMdict lists 一 and the word as a word read ひと… (一晩 ひとばん, 一先ず ひとまず),
    that reading, or else where UniDic takes the word for a native one, ひと and its
    kana: 一と晩 *Hitoban* (was "Ichi to ban"), 一と踊 *Hitoodori*. The numeral and a
    particle stay before a Sino-Japanese word JMdict does not list so (一と多 *ichi to
    ta*, the one and the many).

    >>> [r.split(",")[17] for r in hito_rows(rows_of("一と踊"), lambda w: [])]
    ['ヒトオドリ']
    """
    out: list[str] = []
    k = 0
    while k < len(rows):
        if k + 2 < len(rows) and rows[k].startswith("一\t名詞,数詞") and rows[k + 1].startswith(
                "と\t助詞"):
            word, _, raw = rows[k + 2].partition("\t")
            fields = feature_fields(raw)
            kana = next((to_katakana(r) for r in jmdict("一" + word) if r.startswith("ひと")
                         and len(r) > 2), "")
            if (not kana and len(fields) > 17 and fields[12] == "和"
                    and fields[0] in ("名詞", "副詞") and fields[1] != "数詞"):
                kana = "ヒト" + fields[17]
            if kana and word and is_ideograph(word[0]) and len(fields) > 20:
                written = HITO + word
                # (the word's own pronunciation marks its long vowels: 通り トーリ)
                pron = "ヒト" + fields[9] if kana == "ヒト" + fields[17] else kana
                for i in (6, 17, 18, 19, 20):
                    fields[i] = kana
                fields[9] = fields[11] = pron
                fields[7] = fields[8] = fields[10] = written
                joined = ",".join(f'"{f}"' if "," in f else f for f in fields)
                out.append(f"{written}\t{joined}")
                k += 3
                continue
        out.append(rows[k])
        k += 1
    return out


#: The kanji that end a place's name (no administrative suffix: the official lists read
#: those).
_PLACE_ENDS = "川山島野浜台丘橋湖池沢谷坂岬"
#: A run of hiragana, then such a kanji: see :func:`kana_place_rows`.
KANA_PLACE = re.compile(f"(?<![\u3041-\u3096])[\u3041-\u3096]{{2,6}}[{_PLACE_ENDS}]")
#: How each match of :data:`KANA_PLACE` ends, searched first: a third of the cost (the
#: look-behind and the run are tried at each hiragana), and 5 runs of unseen prose in
#: 6,000 have it.
KANA_PLACE_END = re.compile(f"[\u3041-\u3096][{_PLACE_ENDS}]")
#: UniDic's parts of speech that show a run of kana cut apart where it is a name's
_CUT_KANA_POS = ("助詞", "助動詞", "接続詞")
_VOICE_FIRST = str.maketrans("カキクケコサシスセソタチツテトハヒフヘホ",
                             "ガギグゲゴザジズゼゾダヂヅデドバビブベボ")


def kana_place_rows(text: str, rows: list[str]) -> list[str]:
    """``rows`` with a place's name written in hiragana before the kanji that ends it
    (すみだ川), which UniDic cuts into pieces of grammar (すみ + the copula だ + 川), read
    as one name where Mozc writes its reading, with the kanji's reading plain or voiced,
    as a word ending in that kanji or as written: すみだ川 *Sumidagawa* (Mozc's 隅田川
    すみだがわ; Nagai Kafū's story; was "Sumi da kawa"). Mozc's cheaper reading of the
    two; the name is a place (UniDic's 地名).

    >>> [r.split(",")[17] for r in kana_place_rows("すみだ川", rows_of("すみだ川"))]
    ['スミダガワ']
    """
    from jpterms.dictionaries import mozc_costs

    spans = {m.start(): m.end() for m in KANA_PLACE.finditer(text)}
    out: list[str] = []
    at = k = 0
    while k < len(rows):
        end = spans.get(at)
        if end is not None:
            j, to = k, at
            while j < len(rows) and to < end:
                to += len(rows[j].partition("\t")[0])
                j += 1
            pieces = [r.partition("\t") for r in rows[k:j]]
            last = feature_fields(pieces[-1][2]) if pieces else []
            if (to == end and len(pieces) >= 3 and pieces[-1][0] == text[end - 1]
                    and len(last) > 20 and any(
                        raw.startswith(_CUT_KANA_POS) or len(surface) == 1
                        for surface, _, raw in pieces[:-1])):
                kana = to_katakana(text[at:end - 1])
                best: tuple[int, str, str] | None = None
                for tail, pron in ((last[17], last[9]),
                                   (last[17].translate(_VOICE_FIRST)[:1] + last[17][1:],
                                    last[9].translate(_VOICE_FIRST)[:1] + last[9][1:])):
                    costs = [c for w, c in mozc_costs(to_hiragana(kana + tail)).items()
                             if w.endswith(text[end - 1]) and len(w) > 1]
                    if costs and (best is None or min(costs) < best[0]):
                        best = (min(costs), kana + tail, kana + pron)
                if best is not None:
                    written = text[at:end]
                    last[0:4] = ["名詞", "固有名詞", "地名", "一般"]
                    for i in (6, 17, 18, 19, 20):
                        last[i] = best[1]
                    last[9] = last[11] = best[2]
                    last[7] = last[8] = last[10] = written
                    joined = ",".join(f'"{f}"' if "," in f else f for f in last)
                    out.append(f"{written}\t{joined}")
                    at, k = end, j
                    continue
        surface = rows[k].partition("\t")[0]
        out.append(rows[k])
        at += len(surface)
        k += 1
    return out


#: The kinds of row :func:`row_code` tells apart: a noun all in kanji (the first of a
#: pair :meth:`RowReader.recut_rows` cuts again, or the second), a suffix all in kanji
#: (the second), a row all in katakana (:data:`_KATAKANA_WORD`: one part of a loanword
#: :meth:`RowReader._dictionary_loans` joins) and one that only begins with katakana
#: (:meth:`RowReader._loanwords_joined` looks for two of either side by side), a row all
#: in katakana that begins with ー, any other row.
KANJI_NOUN, KANJI_SUFFIX, _KATAKANA_ROW, _KATAKANA_FIRST, _LONG_MARK_ROW, _OTHER_ROW = (
    "n", "s", "k", "q", "l", "-")
KANJI_UNITS = KANJI_NOUN + KANJI_SUFFIX
#: Two rows that begin with katakana side by side; a row all in katakana, two side by side.
KATAKANA_PAIR = re.compile(f"[{_KATAKANA_ROW}{_KATAKANA_FIRST}]{{2}}")
KATAKANA_WORD_CODES = _KATAKANA_ROW + _LONG_MARK_ROW
KATAKANA_WORD_CODE = re.compile(f"[{KATAKANA_WORD_CODES}]")
KATAKANA_WORDS = re.compile(f"[{KATAKANA_WORD_CODES}]{{2}}")
#: The kinds of the other rows that a classical adjective's rows may be
#: (:meth:`RowReader.adjective_sign`): any other row all in kanji (蒼, 清), kanji and kana
#: (小さ), kanji and kana ending as a classical adjective does (白き, 美し) and that row
#: where UniDic reads it as its own classical adjective (白き), kanji and kana ending in し
#: that is no classical row (対し, 話し: it ends no classical adjective of more rows), a
#: few kana ending so (さき, き, し), a few kana ending in し that are neither a classical
#: row nor one of :data:`NIDAN_CUT_PATTERN` (する's し: it ends one only after kana that
#: are), a few other kana (さ), a row of no surface.
(_KANJI_OTHER, _KANJI_KANA, _KANJI_ENDING, _CLASSICAL_ENDING, _KANJI_SHI, _KANA_ENDING,
 _KANA_SHI, _FEW_KANA, NO_SURFACE) = "K", "M", "B", "A", "T", "E", "S", "H", "0"
#: A run of those codes (rows) whose surfaces joined may be a classical adjective of
#: :func:`jpterms.classical_forms._adjective_span`: UniDic's own in one row, or kanji, then
#: kana, ending in き or し, cut into rows; ending in a plain し (:data:`_KANA_SHI`) only
#: with kana between, where a row of :data:`NIDAN_CUT_PATTERN` may be (清 + ら + し).
ADJECTIVE_ROWS = re.compile(
    "A|[nsK]+[BA]|(?:[nsK]+|[nsK]*[MBAT])(?:[HES]*E|[HES]*[HE][HES]*S)")
#: How any such run of two rows or more ends (its last two rows; or, before a plain し,
#: its last three or four), or one row of UniDic's own: the first test, one test of each
#: code, where most runs have none.
ADJECTIVE_ANY = re.compile("A|[nsKMBATHES][BAE]|[HE][HES]?S|S[HE]S")
#: The codes of a row that may end such a run.
ADJECTIVE_LAST = re.compile("[BAES]")
#: How UniDic's rows of a classical adjective go on after their surface: its own (白き),
#: and the classical past-tense auxiliary after a noun or a nominal adjective (細長 + き);
#: the first alone is one row of such an adjective.
CLASSICAL_ADJECTIVE_ROWS = ("形容詞,一般,*,*,文語形容詞-", "助動詞,*,*,*,文語助動詞-キ,")
_CLASSICAL_ADJECTIVE_ROW = CLASSICAL_ADJECTIVE_ROWS[0]


@cache
def _surface_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A surface of kanji and a few kana; a few kana ending as a classical adjective does; a
    few other kana. Compiled on the first row with kana (about 2 ms at start-up otherwise:
    a run of kanji alone, 東京, never asks them)."""
    return (re.compile("[\u4e00-\u9fff々]+[ぁ-ゖ]{1,3}"), re.compile("[ぁ-ゖ]{0,3}[きし]"),
            re.compile("[ぁ-ゖ]{1,3}"))


def row_code(row: str) -> str:
    """The kind of one row of MeCab's output (see :data:`KANJI_NOUN`), one character.

    >>> row_code("歌行\\t名詞,普通名詞,一般"), row_code("性\\t接尾辞,名詞的,一般")
    ('n', 's')
    >>> row_code("ウタ\\t名詞,普通名詞,一般"), row_code("歌う\\t動詞,一般")
    ('k', 'M')
    >>> [row_code(row) for row in rows_of("蒼白き巣窟の小さき人が")]
    ['n', 'A', 'n', 'H', 'K', 'E', 'n', 'H']
    """
    surface, _, raw = row.partition("\t")
    if "ァ" <= row[:1] <= "ヺ":
        return _KATAKANA_ROW if _KATAKANA_WORD.fullmatch(surface) else _KATAKANA_FIRST
    if not surface:
        return NO_SURFACE
    if surface[0] == "ー" and _KATAKANA_WORD.fullmatch(surface):
        return _LONG_MARK_ROW
    if not all(map(is_ideograph, surface)):
        kanji_kana, kana_ending, few_kana = _surface_patterns()
        if adjective_form().fullmatch(surface):
            if surface[-1] == "き" and raw.startswith(_CLASSICAL_ADJECTIVE_ROW):
                return _CLASSICAL_ENDING
            return _KANJI_ENDING if surface[-1] == "き" or raw.startswith(
                CLASSICAL_ADJECTIVE_ROWS) else _KANJI_SHI
        if kanji_kana.fullmatch(surface):
            return _KANJI_KANA
        if kana_ending.fullmatch(surface):
            return _KANA_ENDING if surface[-1] == "き" or raw.startswith(
                CLASSICAL_ADJECTIVE_ROWS) or _nidan_cut().match("\n" + row) else _KANA_SHI
        return _FEW_KANA if few_kana.fullmatch(surface) else _OTHER_ROW
    if raw.startswith("名詞"):
        return KANJI_NOUN
    return KANJI_SUFFIX if raw.startswith("接尾辞") else _KANJI_OTHER


@cache
def _nidan_cut() -> re.Pattern[str]:
    """:data:`NIDAN_CUT_PATTERN` compiled (on the first row that needs it)."""
    return re.compile(NIDAN_CUT_PATTERN)


def _counted_rows(rows: list[str]) -> list[str]:
    """``rows`` with a word UniDic lists whole in another sense read as a numeral and its
    counter (data ``counted_lines``): 一行 イッコウ (a party) is いちぎょう, one line, with
    no noun before it and a noun or a listed word after it (一行につき, 一行で, 一行単位);
    首相一行は stays the party.

    >>> [r.split(",")[17] for r in _counted_rows(rows_of("一行で"))[:1] + _counted_rows(rows_of("首相一行は"))[1:2]]
    ['イチギョウ', 'イッコウ']
    """
    rules = _rules()["counted_lines"]
    out = list(rows)
    for i, row in enumerate(rows):
        surface, _, raw = row.partition("\t")
        readings = rules["words"].get(surface)
        if readings is None or i + 1 >= len(rows) or (
                i and rows[i - 1].partition("\t")[2].startswith("名詞")):
            continue
        after, _, after_raw = rows[i + 1].partition("\t")
        if after not in rules["before"] and not after_raw.startswith("名詞"):
            continue
        fields = feature_fields(raw)
        if len(fields) <= 20 or fields[17] not in readings:
            continue
        out[i] = _reread(surface, fields, readings)
    return out


#: What a word standing alone comes after: a clause, an adnominal, a particle, a mark.
_ALONE_AFTER = ("助詞", "助動詞", "形容詞", "連体詞", "動詞", "補助記号")
#: UniDic's mark (its ``iForm`` field) of the form with a voiced first sound that a word
#: takes as the second part of a compound (箱 バコ in 本箱, 版 バン in ベータ版).
_VOICED_FORM = "濁音形"
_UNVOICED = str.maketrans("ガギグゲゴザジズゼゾダヂヅデドバビブベボ",
                          "カキクケコサシスセソタチツテトハヒフヘホ")
#: ジ and ズ, the voiced sounds of チ and ツ as UniDic writes them (付く ズク).
_SAME_SOUND = {"ジ": "チ", "ズ": "ツ"}


def unvoiced_rows(rows: list[str], *, first: bool = True) -> list[str]:
    """``rows`` with a word UniDic reads with the voiced first sound it has as a compound's
    second part (its ``iForm`` 濁音形) even where it stands alone (data ``unvoiced_alone``)
    read with its own first sound after a clause, an adnominal, a particle or a mark, and
    (with ``first``) at the start of the run: 新しい版 atarashii han, この版の; 箱を開けた hako
    o aketa, 森が深い mori ga fukai, 鉢 hachi (UniDic: ban, bako, bukai, bachi, as in ベータ版
    and 本箱, which stay). ``first`` is false for a run right after a word in Latin letters
    (3D版 3D ban).

    >>> [r.split(",")[17] for r in unvoiced_rows(rows_of("この版の"))[1:2]]
    ['ハン']
    >>> [r.split(",")[17] for r in unvoiced_rows(rows_of("深かった"))[:1]]
    ['フカカッ']
    """
    words = _rules()["unvoiced_alone"]["words"]
    out = list(rows)
    for i, row in enumerate(rows):
        if _VOICED_FORM not in row or (i == 0 and not first) or (
                i and not rows[i - 1].partition("\t")[2].startswith(_ALONE_AFTER)):
            continue
        surface, _, raw = row.partition("\t")
        fields = feature_fields(raw)
        if len(fields) <= 20 or fields[14] != _VOICED_FORM or fields[10] not in words:
            continue
        base = fields[18][:1]  # (the first kana of the base form: ハコ; ツク for ズク)
        readings = {f: base + f[1:] for k, f in enumerate(fields) if k in _KANA_FIELDS
                    and f[:1] != base and base in (f[:1].translate(_UNVOICED), _SAME_SOUND.get(f[:1]))}
        if readings:
            out[i] = _reread(surface, fields, readings)
    return out


#: UniDic's mark (its ``iForm`` field) of the form with a p first sound that a suffix
#: takes after っ or ん (峰 ポウ in 一峰 ippō, 本 ポン in 一本 ippon).
_P_FORM = "半濁音形"

#: The signs :meth:`RowReader.read` looks for before it reads classical forms again
#: (:func:`jpterms.classical_forms.classical_rows`, a module loaded only then): how
#: UniDic's row of a classical verb of the ha row (喰ふ, 思ふ) goes on after its surface;
CLASSICAL_HA_VERB = ",文語四段-ハ行,"
#: a kanji and the kana of a verb's classical predicative form (終止形) that may be one of
#: the two rows (二段: 消ゆ, 現わる, 捨つ, 過ぐ), or its attributive form (連体形: 消ゆる),
#: no kana after it, and the same of a classical adjective's predicative form (清し);
_NIDAN_KANA = ("(?!する)[いうえおきくけこさしすせそたちつてなぬねひふほみむめやゆよらりるれろわ"
               "ぎぐげござじぜぞだぢづどばびぶべぼ]?")
NIDAN_TAIL = _NIDAN_KANA + "(?:[ゆるつむぐくぶすずづふう]る?|へる)(?![\u3041-\u3096])"
NIDAN_ADJECTIVE_TAIL = _NIDAN_KANA + "し"


@cache
def classical_nidan() -> re.Pattern[str]:
    """:data:`NIDAN_TAIL` after a kanji (消ゆ, 現わる), compiled on first use: about 4.5 ms,
    which a run with no hiragana (東京, 山田孝雄) never needs, as the tail is kana.

    >>> bool(classical_nidan().search("花消ゆる")), bool(classical_nidan().search("東京"))
    (True, False)
    """
    return re.compile("[\u4e00-\u9fff々]" + NIDAN_TAIL)


#: MeCab's rows (one a line) where the kana of such a verb make a row of their own (a
#: mark, a particle, a noun, an adverb, an interjection, a verb of its own or a classical
#: auxiliary: see :data:`jpterms.classical_forms._NIDAN_CUT`), each after a line break;
NIDAN_CUT_PATTERN = (
    "\n(?:す\t動詞,非自立可能|ふ\t接尾辞|へる\t動詞|(?!する\t)[いうえおきくけこさしすせそたちつてなぬねひふほみむめやゆよらりるれろわ"
    "ぎぐげござじぜぞだぢづどばびぶべぼ]?[ゆるつむぐくぶすずづふうきし]る?\t"
    "(?:記号|助詞,副助詞|名詞,普通名詞|形容詞,一般|副詞|感動詞|動詞,一般|助動詞,\\*,\\*,\\*,文語))")


@cache
def adjective_form() -> re.Pattern[str]:
    """A classical adjective written with kanji: kanji, kana of its stem, き (attributive)
    or し (predicative), or a compound one of a noun in kanji and UniDic's own (蒼 + 白き).
    Compiled on first use (about 1 ms, which a run with no hiragana never needs).

    A match begins where a run of kanji begins, so that a search tries each run once
    (searched from every kanji of a long run, it took time that grew with the run's
    square: "び" and 14,000 kanji, 3 s).

    >>> bool(adjective_form().fullmatch("小さき")), bool(adjective_form().fullmatch("東京"))
    (True, False)
    """
    return re.compile("(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]+[ぁ-ゖ]{0,3}[きし]")


#: What :meth:`RowReader.read` looks for in MeCab's rows joined, each with its bit: a
#: classical ハ-row verb (see :mod:`jpterms.classical_forms`), a
#: voiced form (:func:`unvoiced_rows`), a half-voiced form (:func:`p_form_rows`), a
#: given name (:func:`no_name_rows`).
CLASSICAL_HA, VOICED, HALF_VOICED, GIVEN_NAME = 2, 4, 8, 16
ROW_MARKS = ((CLASSICAL_HA, CLASSICAL_HA_VERB), (VOICED, _VOICED_FORM),
              (HALF_VOICED, _P_FORM), (GIVEN_NAME, ",人名,名,"))
#: The bit of a row that ends with the beginning of one of :data:`ROW_MARKS`, and those
#: beginnings.
MARK_SPLIT = 32
_MARK_BEGINNINGS = tuple({mark[:k] for _, mark in ROW_MARKS for k in range(1, len(mark))})


def row_marks(row: str) -> int:
    """The bits of :data:`ROW_MARKS` one row holds, and :data:`MARK_SPLIT` where it ends
    with the beginning of one (which may run on into the row after it).

    >>> row_marks("喰ふ\\t動詞,一般,*,*,文語四段-ハ行,終止形-一般") == CLASSICAL_HA
    True
    >>> row_marks("ログ\\t名詞,普通名詞,一般,*"), row_marks("が\\t助詞,格助詞,*,")
    (0, 32)
    """
    marks = MARK_SPLIT if row.endswith(_MARK_BEGINNINGS) else 0
    for bit, mark in ROW_MARKS:
        if mark in row:
            marks |= bit
    return marks
_P_TO_H = str.maketrans("パピプペポ", "ハヒフヘホ")


def p_form_rows(rows: list[str]) -> list[str]:
    """``rows`` with a suffix UniDic reads in the p form it takes after っ or ん (its
    ``iForm`` 半濁音形) read with its own h after a word whose reading ends in another
    sound: 八代市立龍峯小学校 Ryūhō (UniDic: ryūpō, as in 一峰 ippō). After a numeral
    the counter's own rules read it (一本 ippon, 五本 gohon), so it stays there.

    >>> [r.split(",")[17] for r in p_form_rows(rows_of("龍峯"))]
    ['リュウ', 'ホウ']
    """
    out = list(rows)
    for i, row in enumerate(rows):
        if not i or _P_FORM not in row:
            continue
        before = feature_fields(rows[i - 1].partition("\t")[2])
        if len(before) <= 17 or before[1] == "数詞" or before[17][-1:] in ("ッ", "ン", ""):
            continue
        surface, _, raw = row.partition("\t")
        fields = feature_fields(raw)
        if len(fields) <= 20 or fields[14] != _P_FORM:
            continue
        readings = {f: f[:1].translate(_P_TO_H) + f[1:] for k, f in enumerate(fields)
                    if k in _KANA_FIELDS and f[:1] in "パピプペポ"}
        if readings:
            out[i] = _reread(surface, fields, readings)
    return out


#: The words UniDic reads one way wherever they come, with the pass over MeCab's rows
#: that reads them as their context asks (何 nani, 空 kara, 偽 gi, 正しく tadashiku, 一行
#: ichigyō): each asked only of a text that holds its word.
def _cord_rows(rows: list[str]) -> list[str]:
    """``rows`` with a kanji UniDic reads alone as another word it may stand for (data
    ``cord_words``: 緒 イトグチ, a clue) read as the word it is after a native word, joined
    to it or after its の: 括り緒 くくりお, 堪忍袋の緒 お; 解決の緒 stays いとぐち.

    >>> [r.split(",")[17] for r in _cord_rows(rows_of("括り緒"))]
    ['ククリ', 'オ']
    """
    words = _rules()["cord_words"]["words"]
    out = list(rows)
    for surface, (kana, word) in words.items():
        for i, fields in _rows_read(rows, surface, kana, "名詞"):
            before = i - 2 if i > 1 and rows[i - 1].partition("\t")[0] == "の" else i - 1
            if before < 0 or (before == i - 2 and not feature_fields(
                    rows[i - 1].partition("\t")[2])[0].startswith("助詞")):
                continue
            prior = feature_fields(rows[before].partition("\t")[2])
            if len(prior) > 12 and prior[12] == "和" and prior[0] in ("名詞", "動詞"):
                out[i] = _reread(surface, fields, {kana: word})
    return out


def _country_kanji_rows(rows: list[str]) -> list[str]:
    """``rows`` with a kanji UniDic reads alone as a country's abbreviation that is also
    an ordinary word (data ``country_kanji_as_words``: 仏 フツ, France; the Buddha) read as
    that word where it stands as a word of its own with no country beside it: its
    Sino-Japanese reading before a Sino-Japanese suffix or in a list of single kanji
    (仏上 ブツ + ジョウ, 仏・法・僧), its native reading alone (仏 ホトケ). Before a noun, or
    beside a country (英・仏), it stays the country.

    >>> [r.split(",")[17] for r in _country_kanji_rows(rows_of("仏・法・僧"))]
    ['ブツ', '・', 'ホウ', '・', 'ソウ']
    >>> [r.split(",")[17] for r in _country_kanji_rows(rows_of("英・仏"))]
    ['エイ', '・', 'フツ']
    """
    rules = _rules()
    countries = rules["country_abbreviations"]["kanji"] + "日"
    out = list(rows)
    for surface, (country, on, native) in rules["country_kanji_as_words"]["words"].items():
        for i, _fields in _rows_read(rows, surface, country, "名詞"):
            listed: list[list[str]] = []
            ends: list[list[str] | None] = []
            for step in (-1, 1):
                j = i + step
                beside = feature_fields(rows[j].partition("\t")[2]) if 0 <= j < len(rows) else None
                if beside is not None and rows[j].partition("\t")[0] == "・" \
                        and 0 <= j + step < len(rows):
                    listed.append(feature_fields(rows[j + step].partition("\t")[2]))
                    listed[-1].insert(0, rows[j + step].partition("\t")[0])
                    beside = None
                ends.append(beside)
            before, after = ends
            if any(m[0] in countries or len(m[0]) != 1 or len(m) < 14 or m[13] != "漢"
                   for m in listed):
                continue  # (英・仏: the countries; 仏・法・僧: three Sino-Japanese kanji)
            if before is not None and before[0] not in ("補助記号", "助詞"):
                continue  # (対 + 仏, 日 + 仏)
            suffix = after is not None and after[0] == "接尾辞" and len(after) > 12 \
                and after[12] == "漢"
            if after is not None and not suffix and after[0] not in ("補助記号", "助詞",
                                                                      "助動詞"):
                continue  # (仏 + 文学: French literature)
            out[i] = _reread(surface, _fields, {country: on if suffix or listed else native})
    return out


def _bound_numeral_rows(rows: list[str]) -> list[str]:
    """``rows`` with 三つ, 四つ, 六つ or 八つ, which UniDic reads ミッ + ツ wherever it comes,
    read in the bound form before a noun of kanji it is compounded with (data
    ``bound_numerals``: JMdict's 三つ葉 みつば, 四つ角 よつかど): 丸に三つ裏葵 みつうらあおい;
    三つの歌, 三つ以上 and 三つ目 (the third) keep みっつ.

    >>> [r.split(",")[17] for r in _bound_numeral_rows(rows_of("三つ裏葵"))]
    ['ミ', 'ツ', 'ウラ', 'アオイ']
    >>> [r.split(",")[17] for r in _bound_numeral_rows(rows_of("三つ以上"))]
    ['ミッ', 'ツ', 'イジョウ']
    """
    data = _rules()["bound_numerals"]
    words, not_before = data["words"], data["not_before"]
    out = list(rows)
    for i in range(len(rows) - 2):
        number, _, raw = rows[i].partition("\t")
        fields = feature_fields(raw)
        if len(number) != 1 or not raw.startswith("名詞,数詞") or len(fields) < 21 \
                or fields[17] not in words or not rows[i + 1].startswith("つ\t接尾辞"):
            continue
        noun, _, after = rows[i + 2].partition("\t")
        if (not after.startswith("名詞") or "副詞可能" in after.split(",")[2]
                or not all(map(is_ideograph, noun)) or noun in not_before):
            continue
        out[i] = _reread(number, fields, {fields[17]: words[fields[17]]})
    return out


WORD_PASSES: tuple[tuple[str, Callable[[list[str]], list[str]]], ...] = (
    ("何", _nani_rows), ("空", _kara_rows), ("偽", _gi_rows), ("正しく", _adjective_rows),
    ("一行", _counted_rows), ("緒", _cord_rows), ("仏", _country_kanji_rows),
    ("つ", _bound_numeral_rows), ("の一日", _one_day_rows))


@lru_cache(maxsize=1)
def _topic_row() -> str:
    """MeCab's row of the topic particle は after a noun (データ + は)."""
    return rows_of(_NOUN_LEAD + "は")[-1]


def topic_rows(rows: list[str]) -> list[str]:
    """``rows`` of a run after a word in Latin letters with a first は that MeCab, seeing
    nothing before it, takes for the interjection はあ or a mark, read as the topic
    particle (wa) where a word follows: time は秒単位の, sudo は時間内に, buf は大きさが (were
    "ha"). A は alone is left as it is."""
    if len(rows) < 2 or rows[0].partition("\t")[0] != "は" \
            or rows[0].partition("\t")[2].startswith("助詞"):
        return rows
    return [_topic_row(), *rows[1:]]


#: The particles whose sound their kana does not spell (は wa, へ e, を o).
LEADING_PARTICLES = "はへを"
#: The marks that open a quotation or a bracket, before a phrase's first word.
OPENING_MARKS = frozenset("「『（(“‘【〔［[〈《")


def leading_particle_rows(rows: list[str]) -> list[str]:
    """``rows`` of a run that begins a text or a phrase (not after a word in Latin
    letters: :func:`topic_rows`) whose first row MeCab reads as one of
    :data:`LEADING_PARTICLES`, nothing before it, with a word of hiragana after it: no
    particle begins a phrase, so that kana begins the word, read with the next row as one
    noun as its kana say (へ + るす出版: Herusu shuppan, a publisher, was "E rusu"; は +
    なまる: Hanamaru). Not before a particle or an ending (を + かし), nor before one kana,
    which a later pass may join otherwise (は + ま + まつ: the place Hamamatsu).

    >>> [row.split("\\t")[0] for row in leading_particle_rows(rows_of("へるす出版"))]
    ['へるす', '出版']
    """
    k = 0  # (after the marks that open a quotation or a bracket: 「へるす」)
    while k < len(rows) and rows[k].partition("\t")[0] in OPENING_MARKS:
        k += 1
    if len(rows) < k + 2:
        return rows
    surface, _, raw = rows[k].partition("\t")
    after, _, after_raw = rows[k + 1].partition("\t")
    if surface not in LEADING_PARTICLES or not raw.startswith("助詞") or len(after) < 2 \
            or not all("\u3041" <= ch <= "\u3096" for ch in after) \
            or after_raw.startswith(("助詞", "助動詞", "接尾辞")):
        return rows
    word = surface + after
    return [*rows[:k], read_as_noun(word, rows[k], to_katakana(word)), *rows[k + 2:]]


#: What a clause that describes a noun ends with: UniDic cuts no given name off it.
_CLAUSE_END = ("動詞", "助動詞", "形容詞")
#: What UniDic reads a kanji after (and before は) to read it as a common noun (その行は:
#: 行 ギョウ).
_NOUN_DETERMINER = "その"


@lru_cache(maxsize=256)
def _counter_noun_row(kanji: str) -> str:
    """MeCab's row of ``kanji`` in その + ``kanji`` + は where UniDic makes it a common noun
    that also counts (その行は: 行 ギョウ, "line"), or "" (その明は: メイ, no counter; その健は:
    a name)."""
    rows = rows_of(_NOUN_DETERMINER + kanji + "は")
    if len(rows) != 3 or rows[0].partition("\t")[0] != _NOUN_DETERMINER:
        return ""
    surface, _, raw = rows[1].partition("\t")
    fields = feature_fields(raw)
    ok = surface == kanji and fields[:3] == ["名詞", "普通名詞", "助数詞可能"]
    return rows[1] if ok else ""


def no_name_rows(rows: list[str]) -> list[str]:
    """``rows`` with a given name of one kanji that UniDic cuts right after a verb, an
    auxiliary or an adjective, with no family name before it, read as the common noun it
    is there where UniDic makes that noun a counter too: 読み込まれた行は, ではじまる行,
    マッチする行 (行 ギョウ "line", not the given name コウ). A given name that is no such
    noun stays (そう言った健は)."""
    out = list(rows)
    for i in range(1, len(rows)):
        surface, _, raw = rows[i].partition("\t")
        if len(surface) != 1 or not raw.startswith("名詞,固有名詞,人名,名,") \
                or not rows[i - 1].partition("\t")[2].startswith(_CLAUSE_END):
            continue
        noun = _counter_noun_row(surface)
        if noun:
            out[i] = noun
    return out


#: What UniDic reads a run after, to read its first kanji as after a noun (データ + 名).
_NOUN_LEAD = "データ"


def suffix_rows(rows: list[str]) -> list[str]:
    """``rows`` of a run after a word in Latin letters with its first kanji, where it is a
    Sino-Japanese noun suffix (:func:`_letter_suffix`), read as UniDic reads it after a
    noun: host名 メイ, xterm 上で ジョウ, PATH 中で チュウ (MeCab: な, うえ, なか)."""
    if not rows:
        return rows
    surface, _, raw = rows[0].partition("\t")
    kana = _suffix_after_noun(surface) if len(surface) == 1 and (
        len(rows) < 2 or not has_kanji(rows[1][:1])) else ""
    if not kana:
        return rows  # (most runs: no kanji suffix first; its fields are not split)
    fields = feature_fields(raw)
    if len(fields) <= 20 or fields[17] == kana:
        return rows
    return [read_as_noun(surface, rows[0], kana, _NOUN_SUFFIX), *rows[1:]]


#: UniDic's part of speech (its first four fields) of a common noun and of a noun suffix.
_COMMON_NOUN = ("名詞", "普通名詞", "一般", "*")
_NOUN_SUFFIX = ("接尾辞", "名詞的", "一般", "*")


def read_as_noun(surface: str, row: str, kana: str,
                 pos: tuple[str, str, str, str] = _COMMON_NOUN) -> str:
    """MeCab's ``row`` of ``surface`` read ``kana`` (katakana) as a common noun (or as
    ``pos``), or the row as it was where it has too few fields
    (:meth:`RowReader._japan_listed_rows`: 日 ニチ, 韓 カン, 朝 チョウ; :func:`suffix_rows`).

    >>> read_as_noun("朝", rows_of("朝")[0], "チョウ").split(",")[9]
    'チョー'
    """
    fields = feature_fields(row.partition("\t")[2])
    if len(fields) <= 20:
        return row
    fields[:4] = pos
    fields[9] = fields[11] = mark_long_vowels(kana)
    fields[17] = fields[18] = fields[19] = fields[20] = kana
    return f"{surface}\t{','.join(fields)}"


def _letter_suffix(run: str) -> tuple[str, str]:
    """The Sino-Japanese noun suffix of one kanji that ``run`` begins with (no kanji after
    it), as UniDic reads it after a noun (:func:`_suffix_after_noun`): (its kanji, its
    kana), or two empty strings. After a word in Latin letters MeCab reads the kanji
    alone, as a word of its own (名 な, 上 うえ, 中 なか, 内 うち).

    >>> _letter_suffix("名が指定"), _letter_suffix("上でエミュレート"), _letter_suffix("上級者")
    (('名', 'メイ'), ('上', 'ジョウ'), ('', ''))
    """
    if not run or not has_kanji(run[0]) or has_kanji(run[1:2]):
        return "", ""  # (上級者: a word of its own begins with the kanji)
    kana = _suffix_after_noun(run[0])
    return (run[0], kana) if kana else ("", "")


@lru_cache(maxsize=1024)
def _suffix_after_noun(kanji: str) -> str:
    """The kana UniDic reads ``kanji`` with after a noun (データ + 名 + の: メイ), where it
    is a Sino-Japanese noun suffix or counter there; "" otherwise. One MeCab call per
    kanji (romanize's one call per run of Japanese leaves these out)."""
    at, rows = 0, rows_of(_NOUN_LEAD + kanji + "の")
    while rows and at < len(_NOUN_LEAD):
        at += len(rows.pop(0).partition("\t")[0])
    if at != len(_NOUN_LEAD) or not rows:
        return ""
    surface, _, raw = rows[0].partition("\t")
    fields = raw.split(",")
    if surface != kanji or len(fields) <= 17 or fields[12] != "漢" or (
            tuple(fields[:2]) != ("接尾辞", "名詞的") and fields[2] != "助数詞可能"):
        return ""
    return fields[17]


def rows_of(text: str) -> list[str]:
    """MeCab's tokens of ``text`` as "surface<TAB>UniDic features" lines.

    MeCab writes these lines itself (through ``data/mecabrc``): one string for the whole
    text instead of a node object and two attribute reads per token. A text longer than
    :data:`MECAB_PIECE` is read piece by piece (see :func:`_mecab_pieces`).
    """
    if len(text) > MECAB_PIECE:
        return [row for piece in _mecab_pieces(text) for row in rows_of(piece)]
    rcfile = _rcfile()
    if not rcfile:
        rows = [f"{n.surface}\t{n.feature_raw}" for n in tagger().parseToNodeList(text)]
        return _small_kana_joined(rows) if _SMALL_KANA.search(text) else rows
    lines: str = mecab_tagger(_unidic_dir(), rcfile).parse(text)
    if not lines:
        return []
    rows = lines.split("\n")
    if _SMALL_KANA.search(text) and _small_kana_row().search(lines):
        return _small_kana_joined(rows)
    return rows


#: The fields of UniDic's features: the lemma (ログ-log), the word's origin (外: foreign),
#: its pronunciation and its kana
LEMMA, _ORIGIN, _PRON, _KANA = 7, 12, 9, 17


#: A token all in katakana (ー too): a loanword's part.
_KATAKANA_WORD = re.compile("[\u30a1-\u30faー]+")


def loanword_source(row: str) -> str:
    """The English word a katakana loanword token (a row of MeCab's output) comes from,
    lower case (UniDic's lemma ログ-log gives "log"), or "" for any other token.

    >>> loanword_source("ログ\\t名詞,普通名詞,一般,*,*,*,ログ,ログ-log,ログ,ログ,ログ,ログ,外")
    'log'
    """
    surface, _, raw = row.partition("\t")
    if not is_kana_run(surface):
        return ""
    # (the fields up to the origin hold no comma: no quoted field comes before it)
    fields = raw.split(",", _ORIGIN + 1)
    if len(fields) <= _ORIGIN or fields[_ORIGIN] != "外":
        return ""
    english = fields[LEMMA].partition("-")[2]
    return english.lower() if english.isascii() and english.isalpha() else ""


def one_kana_noun(row: str, before: str) -> bool:
    """Is one of two katakana nouns side by side (rows of MeCab's output) a single kana,
    which UniDic cut off a loanword (ア-a + タッチ-touch for アタッチ, attach; ビュー-view
    + ワ 輪 for ビューワ, viewer)?

    >>> one_kana_noun("タッチ\\t名詞,普通名詞,サ変可能", "ア\\t記号,一般")
    True
    >>> one_kana_noun("タッチ\\t名詞,普通名詞,サ変可能", "ログ\\t名詞,普通名詞,一般")
    False
    """
    surface, _, features = row.partition("\t")
    first, _, first_features = before.partition("\t")
    if len(first) == 1:  # (the one kana first: ア + タッチ)
        surface, first, features, first_features = first, surface, first_features, features
    elif len(surface) != 1:
        return False
    # (UniDic tags a kana it reads alone as a noun, or as a symbol, as it does a letter)
    return _single_kana().fullmatch(surface) is not None and first_features.startswith("名詞") \
        and features.startswith(("名詞", "記号,一般"))


@cache
def _single_kana() -> re.Pattern[str]:
    """Katakana a one-kana word is made of (not ー, ヶ, ヵ or a small kana); compiled on
    first use, as the patterns below that a short input may never ask."""
    return re.compile("[アイウエオカ-ヂツ-モヤユヨ-ロワヰヱヲンヴ]")


def loan_row(rows: list[str], *, name: bool) -> str:
    """One row of MeCab's output for the katakana tokens of ``rows`` read as one loanword
    (:meth:`RowReader._dictionary_loans`): a proper noun for a ``name``; else with the
    first token's features, a common noun's where those are a proper noun's (アン + マウント,
    *anmaunto*, not "An maunto")."""
    surface, _, features = rows[0].partition("\t")
    for row in rows[1:]:
        more, _, raw = row.partition("\t")
        surface += more
        features = joined_features(features, raw, more)
    fields = feature_fields(features)
    if name or fields[1] == "固有名詞":
        # (other features stay the first part's, as for any loanword joined: ワイルド +
        # カード is an adjectival noun's, so 群 after it stays apart)
        fields[:4] = ["名詞", "固有名詞" if name else "普通名詞", "一般", "*"]
    return surface + "\t" + ",".join(f'"{field}"' if "," in field else field
                                      for field in fields)


def joined_features(first: str, second: str, surface: str = "") -> str:
    """The features of two loanword tokens read as one word: the first's, with the
    lemma, pronunciation and kana of both. The second's ``surface``, where it is kana,
    stands for a reading UniDic leaves empty: its ツ taken for a small ッ (タフ + ツ,
    *Tafutsu*, was "Tafu")."""
    a, b = feature_fields(first), feature_fields(second)
    if len(a) <= _KANA or len(b) <= _KANA:
        return _UNKNOWN_WORD
    if not b[_KANA] and surface and is_kana_run(surface):
        b[_PRON] = b[_KANA] = to_katakana(surface)
    a[LEMMA] = f"{a[LEMMA]}{b[LEMMA].partition('-')[2]}"
    a[_PRON] += b[_PRON]
    a[_KANA] += b[_KANA]
    return ",".join(f'"{field}"' if "," in field else field for field in a)


#: The small kana that no mora begins with (ゃ, ェ; not っ)
_SMALL_KANA = re.compile("[ぁぃぅぇぉゃゅょゎァィゥェォャュョヮ]")


@cache
def _small_kana_row() -> re.Pattern[str]:
    """A row of MeCab's output after the first that begins with a small kana (a cut
    before it); compiled on first use."""
    return re.compile("\n" + _SMALL_KANA.pattern)


#: The features of a word UniDic does not know (read from its kana, see :func:`_morpheme`)
_UNKNOWN_WORD = "名詞,普通名詞,一般,*,*,*"


def _small_kana_joined(rows: list[str]) -> list[str]:
    """``rows`` with a token that begins with a small kana joined to the kana token before
    it, and the kana symbols UniDic cut off after it (り + ゃ + く, イ + ェ), as one word
    UniDic does not know: read from its kana (ryaku, ye), not one syllable each (ri ya ku).

    >>> [row.split("\\t")[0] for row in _small_kana_joined(
    ...     ["り\\t助動詞,*", "ゃ\\t記号,一般", "く\\t記号,一般", "茗\\t名詞,普通名詞"])]
    ['りゃく', '茗']
    """
    out: list[str] = []
    joining = False
    for row in rows:
        surface, _, features = row.partition("\t")
        if out and surface and is_kana_run(surface):
            before = out[-1].partition("\t")[0]
            small = _SMALL_KANA.match(surface) is not None
            if (small and is_kana_run(before)) or (joining and features.startswith(_SYMBOLS)):
                out[-1] = f"{before}{surface}\t{_UNKNOWN_WORD}"
                joining = True
                continue
        joining = False
        out.append(row)
    return out


#: UniDic's parts of speech of the kana it reads one by one as symbols (記号, 補助記号)
_SYMBOLS = ("記号", "補助記号")


def rows_in_pieces(text: str, cuts: Sequence[int]) -> list[str]:
    """MeCab's rows of ``text`` read in pieces, cut at the offsets ``cuts`` (ascending),
    each piece read on its own.

    >>> [row.split()[0] for row in rows_in_pieces("高山寺本", [3])]
    ['高山', '寺', '本']
    """
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return [row for piece in pieces for row in rows_of(piece) if row]


@cache
def word_starts() -> re.Pattern[str]:
    """Words that begin a word wherever they are written, and the word that ends one after
    an administrative suffix (data/word_division.json ``word_starts``): 富田 + 中学校, not
    富 + 田中 + 学校; 上田 + 市 + 立 + 川西, not 上田 + 市 + 立川 + 西."""
    starts = _rules()["word_starts"]
    return re.compile("|".join(map(re.escape, starts["words"])) + "|[" + "".join(
        _rules()["admin_suffixes"]) + "]" + re.escape(starts["after_admin_suffix"]))


def village_cut(text: str, rows: list[str]) -> list[str]:
    """:func:`rows_of` of a text ending in 村, with the village's 村 read as a word of its own
    where MeCab made it the end of a family name after another word (北山 + 田村, 下 +
    荘村): 北山田 + 村, not the family Tamura. Not after a particle or any word not of
    kanji, nor after a common noun of two or more kanji, a person's title or trade,
    where the family name stands alone: 田中と木村 *Tanaka to Kimura*, 教授木村 (was
    "Kyōju Moku-mura"), 文学者中村 (was "Bungakushachū-mura").

    >>> [row.split()[0] for row in village_cut("下荘村", rows_of("下荘村"))]
    ['下', '荘', '村']
    >>> [row.split()[0] for row in village_cut("教授木村", rows_of("教授木村"))]
    ['教授', '木村']
    """
    tokens = [row for row in rows if row]
    if len(tokens) < 2:
        return rows
    surface, _, raw = tokens[-1].partition("\t")
    before, _, raw_before = tokens[-2].partition("\t")
    if len(surface) < 2 or "人名" not in feature_fields(raw)[:3]:
        return rows
    if not all(map(is_ideograph, before)) or feature_fields(raw_before)[0] == "接尾辞" or (
            len(before) >= 2 and feature_fields(raw_before)[1] == "普通名詞"):
        return rows  # (田中 + と + 木村; 教授 + 木村; 文学 + 者 + 中村: the family name alone)
    return rows_in_pieces(text, [len(text) - 1])


@cache
def owners_copy_units() -> frozenset[str]:
    """The units MeCab reads across the end of a copy's owner (data ``owners_copies``
    ``cut``: 寺本, 院本)."""
    return frozenset(_rules()["owners_copies"]["cut"])


def owners_copy_cut(text: str, rows: list[str],
                    listed: Callable[[str], bool] = lambda written: True) -> list[str]:
    """``rows`` of ``text`` read in pieces before the 本 of each copy named after its
    owner, where MeCab read it as one unit with the owner's last kanji after a word of
    kanji (data ``owners_copies``): 高山 + 寺 + 本, not 高山 + 寺本 (the family Teramoto).
    A unit of ``cut_where_listed`` is cut only where ``listed`` (a dictionary lists the
    written form) holds of the owner it makes: 高山寺, not 社長 + 寺 (the president
    Teramoto). Each piece is read once, however many copies the text names.

    >>> [row.split()[0] for row in owners_copy_cut("高山寺本", rows_of("高山寺本"))]
    ['高山', '寺', '本']
    >>> [row.split()[0] for row in owners_copy_cut("寺本", rows_of("寺本"))]
    ['寺本']
    """
    only_listed = _rules()["owners_copies"]["cut_where_listed"]
    cuts = []
    at = 0
    before = ""
    for row in rows:
        surface, _, _ = row.partition("\t")
        start = text.find(surface, at) if surface else -1
        if start < 0:
            before = ""
            continue
        if (surface in owners_copy_units() and before and start == at
                and all(map(is_ideograph, before))
                and (surface not in only_listed or listed(before + surface[:-1]))):
            cuts.append(start + len(surface) - 1)
        at = start + len(surface)
        before = surface
    return rows_in_pieces(text, cuts) if cuts else rows


@cache
def prefecture_heads() -> tuple[str, re.Pattern[str]]:
    """The municipality's suffixes that end a text :func:`prefecture_cut` reads, and a
    prefecture's suffix with a direction after it (data ``prefecture_heads``)."""
    rule = _rules()["prefecture_heads"]
    return rule["endings"], re.compile(
        f"[{rule['suffixes']}][{_rules()['village_directions']['kanji']}]")


def prefecture_cut(text: str, rows: list[str]) -> list[str]:
    """``rows`` of a text ending in a municipality's suffix, read in two pieces after a
    prefecture's suffix that MeCab read as one word with the direction after it, after a
    place's name (data ``prefecture_heads``): 長野県 + 北山田村, not 長野 + 県北 + 山田 + 村.

    >>> [row.split()[0] for row in prefecture_cut("長野県北山田村", rows_of("長野県北山田村"))]
    ['長野', '県', '北', '山田', '村']
    """
    at = 0
    before: list[str] = []
    for row in rows:
        surface, _, raw = row.partition("\t")
        start = text.find(surface, at) if surface else -1
        if start < 0:
            continue
        at = start + len(surface)
        if (len(surface) == 2 and prefecture_heads()[1].fullmatch(surface)
                and before[1:3] == ["固有名詞", "地名"]):
            rest = text[start + 1:]
            tail = [r for r in rows_of(rest) if r]
            if rest[-1] == "村":
                tail = village_cut(rest, tail)
            return [r for r in rows_of(text[:start + 1]) if r] + tail
        before = feature_fields(raw) if surface and all(map(is_ideograph, surface)) else []
    return rows


def rows_cut(text: str) -> list[str]:
    """:func:`rows_of`, with ``text`` read in pieces where MeCab's tokens run across the
    start of a word that begins a word wherever it is written, or across the end of
    立 after an administrative suffix that MeCab cuts off a proper noun (:func:`word_starts`)."""
    rows = rows_of(text)
    spans: list[tuple[int, int, list[str]]] = []
    at = 0
    for row in rows:
        surface, _, raw = row.partition("\t")
        if surface:
            start = text.find(surface, at)
            if start < 0:
                return rows
            at = start + len(surface)
            spans.append((start, at, feature_fields(raw)))
    bounds = {0, *(end for _, end, _ in spans)}
    suffixes = _rules()["admin_suffixes"]
    cuts = {m.start() for m in word_starts().finditer(text)
            if text[m.start()] not in suffixes} - bounds
    after = _rules()["word_starts"]["after_admin_suffix"]
    for k in range(1, len(spans) - 1):
        (_, _, before), (start, end, features), (next_start, next_end, _) = spans[k - 1: k + 2]
        if (end - start == 1 and text[start] in suffixes
                and before[1] == "固有名詞" and features[0] == "名詞"
                and next_start == end and text.startswith(after, end)
                and next_end > end + len(after)
                and text[next_end: next_end + 1] not in suffixes):  # 東京都 + 立川市
            cuts.add(end + len(after))
    for (start, end, features), (next_start, next_end, _) in pairwise(spans):
        if (end - start >= 2 and text[end - 1] in suffixes and features[1] == "固有名詞"
                and next_start == end and text[end:next_end] == after
                and len(features) > 9 and not features[9].endswith(
                    tuple(suffixes[text[end - 1]]))):
            cuts.add(end - 1)  # 大麻山 + 県立, not the place 山県 (ヤマガタ) + 立
    return rows_in_pieces(text, sorted(cuts)) if cuts else rows


def analysed(text: str) -> list[tuple[str, Sequence[str]]]:
    """MeCab's tokens of ``text``, each as its surface and UniDic's features."""
    return analysed_rows(rows_of(text))


def analysed_rows(rows: list[str]) -> list[tuple[str, Sequence[str]]]:
    """MeCab's rows (see :func:`rows_of`), each as its surface and UniDic's features."""
    return [(surface, feature_fields(feature)) for surface, _, feature in
            (row.partition("\t") for row in rows if row)]
