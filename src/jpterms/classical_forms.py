"""MeCab's rows of classical (literary) verb and adjective forms read as today's words.

UniDic lists most words in today's forms only: a classical form in a title (小さき者へ,
星消ゆ, 怪人現わる, 西瓜喰ふ人) is cut into pieces of no word or read by another entry.
The passes here read such a form from UniDic's row of today's form, its kana put back.
:meth:`jpterms.row_reader.RowReader.read` loads this module only where its signs
(:func:`jpterms.mecab_rows.adjective_form` and the like) show one may be, through
:func:`classical_rows`.

>>> [r.split(",")[17] for r in classical_rows("小さき者へ", rows_of("小さき者へ"), lambda rows: 0,
...                                         None)]
['チイサキ', 'モノ', 'ヘ']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate

from jpterms.kana import is_ideograph, to_katakana
from jpterms.mecab_rows import (
    CLASSICAL_ADJECTIVE_ROWS,
    CLASSICAL_HA,
    CLASSICAL_HA_VERB,
    NIDAN_ADJECTIVE_TAIL,
    NIDAN_CUT_PATTERN,
    NIDAN_TAIL,
    U_VERB,
    U_VERB_FORMS,
    adjective_form,
    classical_nidan,
    feature_fields,
    rows_of,
)


def classical_rows(text: str, rows: list[str], marks: Callable[[list[str]], int],
                   jmdict: Callable[[str], list[str]] | None,
                   adjective: bool | None = None) -> list[str]:
    """``rows``, MeCab's rows of ``text``, with its classical verb and adjective forms
    read as today's words, pass by pass: an adjective (:func:`_classical_adjective_rows`),
    a verb of the ha row (:func:`_classical_verb_rows`) and, where JMdict's readings
    (``jmdict``) are at hand, a verb of the two rows UniDic cut into pieces
    (:func:`_classical_nidan_rows`). ``marks`` tells which of
    :data:`jpterms.mecab_rows.ROW_MARKS` rows hold; ``adjective``, where given, whether
    the adjective's pass may read any (:meth:`jpterms.row_reader.RowReader.adjective_sign`),
    else any kanji and kana ending in き or し in ``text`` send the rows to it.

    >>> [r.split(",")[17] for r in classical_rows("星消ゆ", rows_of("星消ゆ"), lambda rows: 0,
    ...                                         lambda w: ["きえる"])]
    ['ホシ', 'キユ']
    """
    if adjective if adjective is not None else adjective_form().search(text):  # 小さき, 清し
        rows = _classical_adjective_rows(rows, jmdict)
    if marks(rows) & CLASSICAL_HA:  # 喰ふ
        rows = _classical_verb_rows(rows)
    if jmdict is not None and classical_nidan().search(text) and _NIDAN_CUT.search(
            "\n".join(rows)):
        rows = _classical_nidan_rows(rows, jmdict)  # 消ゆ, 現わる
    return rows


#: The classical endings of an adjective (attributive き, predicative し) and how a row
#: UniDic reads as one of them begins: the classical adjective's own (白き) or, after a
#: noun or a nominal adjective, the classical past-tense auxiliary (細長 + き).
_CLASSICAL_ADJECTIVE = CLASSICAL_ADJECTIVE_ROWS
#: The kana a classical adjective ends with: attributive, predicative.
_ENDINGS = ("き", "し")
#: What the written part before a classical adjective's ending may be read as on its own.
_ADJECTIVE_LEAD = ("名詞", "形状詞", "形容詞", "接頭辞")


#: UniDic's fields of a row: the conjugated form (cForm), the spellings of the form and of
#: its base (orth, orthBase), and the kana of the form, each beside its lemma's: its
#: pronunciation (pron, pronBase), its kana (kana, kanaBase), its form's (form, formBase).
_FORM, _SPELLINGS = 5, (8, 10)
_FORM_KANA = ((9, 11), (17, 18), (19, 20))
#: The forms a classical form's row is given: predicative, attributive (UniDic's cForm).
_CLASSICAL_FORMS = ("終止形-一般", "連体形-一般")
#: The part of speech and conjugation type of UniDic's row of an adjective today.
_TODAY_ADJECTIVE = ("形容詞", "一般", "*", "*", "形容詞")


def _adjective_span(span: list[str], after: str,
                    jmdict: Callable[[str], list[str]] | None) -> str:
    """The row of ``span``, MeCab's rows before a text that begins with ``after``, read as
    one classical adjective (:func:`_adjective_today`), or "": one row only where UniDic
    reads it as a classical adjective otherwise than today's (正しき マサシキ); the
    predicative し only where :func:`_predicative` tells it is one.

    >>> _adjective_span(rows_of("蒼白し"), "", None).split(",")[17]
    'アオジロシ'
    >>> _adjective_span(rows_of("愛し"), "", lambda w: ["いとしい"])
    ''
    """
    surface = "".join(row.partition("\t")[0] for row in span)
    if not adjective_form().fullmatch(surface):
        return ""
    raw = span[0].partition("\t")[2]
    if len(span) == 1 and not (surface[-1] == "き" and raw.startswith(_CLASSICAL_ADJECTIVE[0])):
        return ""  # (one unit of another kind: a word of its own, 好き)
    if surface[-1] == "し" and not _predicative(span, surface, after, jmdict):
        return ""
    found = _adjective_today(surface, jmdict)
    if found and len(span) == 1 and feature_fields(raw)[17:18] == feature_fields(
            found.partition("\t")[2])[17:18]:
        return ""  # (read as today's already: 美しき)
    return found


def _predicative(span: list[str], surface: str, after: str,
                 jmdict: Callable[[str], list[str]] | None) -> bool:
    """Whether ``span``, MeCab's rows of ``surface`` (kanji, kana, し) before a text that
    begins with ``after``, are a classical adjective's predicative form: a noun or a
    prefix in kanji and a classical adjective of UniDic's (蒼 + 白し), or pieces as UniDic
    cuts a verb of two rows (:data:`_NIDAN_CUT`: 清 + the particle し), no kana after them,
    where JMdict is at hand (to tell 嬉し, 嬉しい's, from a kanji and する's し: 愛し).

    >>> _predicative(rows_of("蒼白し"), "蒼白し", "", None)
    True
    """
    first, _, lead = span[0].partition("\t")
    last = span[-1].partition("\t")[2]
    if (len(span) == 2 and lead.startswith(_ADJECTIVE_LEAD) and all(map(is_ideograph, first))
            and last.startswith(_CLASSICAL_ADJECTIVE)
            and (last.startswith("助動詞") or any(form in last for form in _CLASSICAL_FORMS))):
        return True
    return (jmdict is not None and not "\u3041" <= after <= "\u3096"
            and _CLASSICAL_NIDAN_FORM.fullmatch(surface) is not None
            and _NIDAN_CUT.search("\n".join(span)) is not None)


@lru_cache(maxsize=4096)
def _today_row(written: str) -> tuple[str, ...]:
    """UniDic's features of ``written`` where MeCab reads it as one row, () where not (a
    word of text is asked again and again).

    >>> _today_row("消える")[:2], _today_row("消ゆ")
    (('動詞', '一般'), ())
    """
    today = rows_of(written)
    return tuple(feature_fields(today[0].partition("\t")[2])) if len(today) == 1 else ()


def form_row(written: str, today: Sequence[str], form: str,
             ending: tuple[int, str] | None = None) -> str:
    """MeCab's row of ``written``, a classical form of a verb or an adjective, made from
    ``today``, UniDic's features of the word's row today (喰う, 消える, 清い): conjugated
    as ``form`` (UniDic's cForm: 終止形-一般, 連体形-一般), spelled ``written``, and, where
    ``ending`` is given (how many kana to cut from the end of today's lemma, and the kana
    put for them), read as the lemma with that ending: its pronunciation, kana and form
    each from the lemma's own (UniDic may spell the form otherwise: 生温い ナマヌリイ).

    >>> form_row("消ゆ", _today_row("消える"), "終止形-一般", (2, "ユ")).split(",")[17]
    'キユ'
    """
    fields = list(today)
    fields[_FORM] = form
    for k in _SPELLINGS:
        fields[k] = written
    if ending is not None:
        cut, kana = ending
        for k, lemma in _FORM_KANA:
            fields[k] = fields[lemma][:len(fields[lemma]) - cut] + kana
    return f"{written}\t" + ",".join(f'"{f}"' if "," in f else f for f in fields)


#: The okurigana of a classical verb of the ha row (喰ふ, 喰ひ) and the ones today's usage
#: writes for them (ふ う, ひ い).
_HA_TODAY = {"ふ": "う", "ひ": "い"}


def _classical_verb_rows(rows: list[str]) -> list[str]:
    """``rows`` with a classical verb of the ha row written with kanji and one old kana
    (喰ふ, 喰ひ), which UniDic reads by a classical entry whose reading the kanji alone
    need not carry (喰ふ as 食らふ クラフ, its okurigana left out), read as UniDic reads
    the word in today's spelling (喰う クウ) where that is one verb in the same form: the
    historical spelling changes the kana, not the word. 西瓜喰ふ人 *Suika kuu hito* (was
    *kurau*); 思ふ, 言ふ read alike both ways and stay.

    >>> [r.split(",")[17] for r in _classical_verb_rows(rows_of("西瓜喰ふ人"))]
    ['スイカ', 'クウ', 'ヒト']
    """
    out: list[str] = []
    for row in rows:
        surface, _, raw = row.partition("\t")
        today_kana = _HA_TODAY.get(surface[-1:])
        if (today_kana and CLASSICAL_HA_VERB in raw and raw.startswith("動詞,")
                and len(surface) > 1 and all(is_ideograph(ch) for ch in surface[:-1])):
            fields = feature_fields(raw)
            today = _today_row(surface[:-1] + today_kana)
            if (len(fields) > 19 and len(today) > 19 and today[0] == "動詞"
                    and today[4] == U_VERB and today[17] != fields[19]
                    and (today[5] == fields[5] or (today[5].startswith(
                        U_VERB_FORMS) and fields[5].startswith(U_VERB_FORMS)))):
                # (終止形 and 連体形 are one form today: 喰う人's 喰う is either)
                out.append(form_row(surface, today, fields[5]))
                continue
        out.append(row)
    return out


#: :func:`~jpterms.mecab_rows.classical_nidan` with a stem of one or two kanji (彷徨へる),
#: found at each kanji (overlapping).
_CLASSICAL_AT = re.compile("(?=([\u4e00-\u9fff々]{1,2}" + NIDAN_TAIL + "))")
#: A classical adjective's predicative form written as such a verb is (清し: 清 + し).
_CLASSICAL_NIDAN_FORM = re.compile("[\u4e00-\u9fff々]{1,2}" + NIDAN_ADJECTIVE_TAIL)
#: MeCab's rows (one a line) where such a word's kana make a row of their own, a mark, a
#: particle, a noun, an adverb, an interjection, a verb of its own or a classical
#: auxiliary: the sign that UniDic has cut it into pieces (消 + the mark ゆ, 現 + the noun
#: わる, 善 + the past-tense き, 答 + the filler う, 小 + the verb さき, 寄 + する's す,
#: 加 + ふ as the suffix 婦).
_NIDAN_CUT = re.compile(NIDAN_CUT_PATTERN)
#: The last kana of such a verb, and the kana of the e and i rows (下二段 and 上二段) that
#: take its place before る in today's verb of one row (消ゆ 消える, 過ぐ 過ぎる).
_NIDAN_TODAY = {"ゆ": "えい", "る": "れ", "つ": "てち", "む": "め", "ぐ": "げぎ", "く": "けき",
                "ぶ": "べび", "す": "せ", "ず": "ぜ", "づ": "でじ", "ふ": "えい", "う": "え"}


def _classical_nidan_rows(rows: list[str], jmdict: Callable[[str], list[str]]) -> list[str]:
    """``rows`` with a classical verb of the two rows (二段) that UniDic cuts into pieces
    (消ゆ as the prefix 消 ショウ and a mark ゆ; 現わる as the prefix 現 ゲン and わる), read
    as one verb where today's verb of one row, its last kana before る put in the e or i
    row, is a verb JMdict lists and UniDic reads as one verb of one row (消える キエル,
    現われる アラワレル): its reading with that kana put back (キユ, アラワル), and ル after
    it in the attributive form (消ゆる キユル). Literary titles use these forms: 怪人現わる
    *Kaijin arawaru* (was *Kaijingen waru*), 星消ゆ *Hoshi kiyu* (was *Hoshi shōyu*).
    The text after such a word is read again, as UniDic read it after pieces of no word
    (消ゆる + 夜 ヨル, not the suffix ヤ), its classical adjectives too
    (:func:`_classical_adjective_rows`, which reads an adjective cut so: 清き, 清し).
    Words UniDic lists in their classical forms (流る, 燃ゆる, 落つ) are one row already and
    stay as UniDic reads them, as does any other word of one row (高く, 必ず).

    >>> [r.split(",")[17] for r in _classical_nidan_rows(rows_of("星消ゆ"), lambda w: ["きえる"])]
    ['ホシ', 'キユ']
    """
    out = list(rows)
    done = 0  # (where the text after the last word read so begins)
    while True:
        surfaces = [row.partition("\t")[0] for row in out]
        starts = {at: k for k, at in enumerate(accumulate(map(len, surfaces), initial=0))}
        for match in _CLASSICAL_AT.finditer("".join(surfaces), done):
            first, last = starts.get(match.start(1), -1), starts.get(match.end(1), -1)
            if first < 0 or last - first < 2:
                continue  # (within a row, or UniDic's own word: 流る, 燃ゆる, 全く)
            found = _nidan_today(match.group(1), jmdict)
            if found:
                # the text after it read again: UniDic read it after pieces of no word
                # (消ゆる + 夜 ヨル, not the suffix ヤ; 清き + 水 ミズ, not スイ)
                # (and its classical adjectives: 消ゆ + 清き)
                rest = "".join(surfaces[last:])
                again = _classical_adjective_rows(rows_of(rest), jmdict) if rest else []
                out = [*out[:first], found, *again]
                done = match.end(1)
                break
        else:
            return out


def _nidan_today(written: str, jmdict: Callable[[str], list[str]]) -> str:
    """The row of ``written``, a classical verb of the two rows (消ゆ, 消ゆる), made from
    UniDic's row of today's verb (消える) with its kana put back, or "" where no such word
    that JMdict lists is found."""
    if written.endswith("へる"):
        return _heru_today(written, jmdict)
    attributive = written.endswith("る") and len(written) > 2 and written[-2] in _NIDAN_TODAY
    stem = written[:-2] if attributive else written[:-1]
    final = written[-2] if attributive else written[-1]
    for row_kana in _NIDAN_TODAY.get(final, ""):
        today = stem + row_kana + "る"
        if not jmdict(today):
            continue
        fields = _today_row(today)
        if (len(fields) <= 20 or fields[0] != "動詞"
                or not fields[4].startswith(("下一段", "上一段"))
                or not fields[18].endswith(to_katakana(row_kana) + "ル")):
            continue
        # (the historical ふ is read ウ today: 考ふ かんがう, as UniDic's own 喰ふ クウ)
        kana = ("ウ" if final == "ふ" else to_katakana(final)) + ("ル" if attributive else "")
        return form_row(written, fields, _CLASSICAL_FORMS[attributive], (2, kana))
    return ""


def _heru_today(written: str, jmdict: Callable[[str], list[str]]) -> str:
    """The row of ``written``, a verb ending in へる in the historical kana (数へる, 狂へる,
    彷徨へる), read as today's spelling reads it: today's verb of one row in える that
    JMdict lists (数える カゾエル), or else the form in える of today's verb in う (狂う
    クルウ: 狂える クルエル, the classical perfect 狂へる), or ""."""
    stem = written[:-2]
    for today, cut in ((stem + "える", 0), (stem + "う", 1)):
        if not jmdict(today):
            continue
        fields = _today_row(today)
        if len(fields) <= 20 or fields[0] != "動詞" or not (
                fields[4].startswith("下一段") and fields[18].endswith("エル") if not cut
                else fields[4] == U_VERB and fields[18].endswith("ウ")):
            continue
        return form_row(written, fields, _CLASSICAL_FORMS[1], (cut, "エル" if cut else ""))
    return ""


def _adjective_today(written: str, jmdict: Callable[[str], list[str]] | None) -> str:
    """The row of ``written``, a classical adjective in its attributive (清き, 小さき) or
    predicative form (清し, 嬉し), made from UniDic's row of today's adjective, the ending
    as い (清い キヨイ: キヨキ, キヨシ) or, after し, い put after it (嬉しい ウレシイ: ウレシ),
    where UniDic reads today's form as one row of an adjective and it is a word: one
    JMdict lists (``jmdict``), or where JMdict is not at hand, an adjective UniDic lists in
    today's predicative form (正しい, 小さい; UniDic also reads 嬉い, an old spelling of
    嬉しい, as one adjective, which JMdict does not list); or "". The one test of a
    classical adjective of every pass here.

    >>> _adjective_today("清き", None).split(",")[17], _adjective_today("黒白き", None)
    ('キヨキ', '')
    >>> _adjective_today("嬉し", {"嬉しい": ["うれしい"]}.get).split(",")[17]
    'ウレシ'
    """
    ending = "キ" if written[-1] == "き" else "シ"
    tries = [(written[:-1] + "い", ending)]
    if ending == "シ":
        tries.append((written + "い", ""))  # (嬉し: 嬉しい, its ending the し it has)
    for today, kana_end in tries:
        if jmdict is not None and not jmdict(today):
            continue  # (JMdict first: MeCab is asked only of a word it lists, not of every
            #          run of kanji and kana before き, 無効にでき)
        fields = _today_row(today)
        if len(fields) > 20 and fields[0] == "形容詞" and fields[18].endswith("イ") and (
                jmdict is not None or _today_adjective(fields)):
            return form_row(written, fields, _CLASSICAL_FORMS[ending == "キ"], (1, kana_end))
    return ""


def _classical_adjective_rows(rows: list[str],
                              jmdict: Callable[[str], list[str]] | None) -> list[str]:
    """``rows`` with an adjective in its classical attributive form (the ending き for い),
    written with kanji and kana, read as today's adjective with that ending, where UniDic
    cut it into units that are no adjective (小さき: the prefix 小 コ and the noun さき; 清き:
    清 and き) or read it otherwise than today's (正しき マサシキ, 正しい タダシイ): 小さき者へ
    *Chiisaki mono e* (Arishima Takeo's essay; was "Kosakisha e"), 清き心 *Kiyoki kokoro*,
    正しき道 *Tadashiki michi*. Only where today's form (the き as い) is an adjective
    (:func:`_adjective_today`); a unit UniDic reads whole stays (好き, 空き, 引き). Its
    predicative form (the ending し) is read so where UniDic cut it into pieces as it cuts
    a verb of two rows (:data:`_NIDAN_CUT`: 清 + the particle し) and JMdict is at hand:
    清し *Kiyoshi*, 嬉し *Ureshi* (嬉しい); a kanji and する's し stay (愛し, 善し: a verb, or
    the adjective; nothing tells). A compound adjective, which UniDic lists only in
    today's form and so cuts into a noun or a prefix in kanji and a classical adjective
    of its own, is read so too, in either form: 蒼白き巣窟 *aojiroki sōkutsu* (was *ao
    shiroki*, 蒼 + 白き), 蒼白し *Aojiroshi*, 細長き *hosonagaki* (細長 + the past-tense き);
    a pair that is no adjective today (黒白き) stays as it was (:func:`_adjective_span`).

    >>> [r.split(",")[17] for r in _classical_adjective_rows(rows_of("小さき者へ"), None)]
    ['チイサキ', 'モノ', 'ヘ']
    >>> [r.split(",")[17] for r in _classical_adjective_rows(rows_of("蒼白き巣窟"), None)]
    ['アオジロキ', 'ソウクツ']
    """
    out: list[str] = []
    i = 0
    while i < len(rows):
        done = False
        for j in (i + 3, i + 2, i + 1, i) if is_ideograph(rows[i][:1]) else ():
            # (rows[i:j + 1], the longest first: kanji first, an adjective's ending last)
            if j >= len(rows) or rows[j].partition("\t")[0][-1:] not in _ENDINGS:
                continue
            found = _adjective_span(rows[i:j + 1], rows[j + 1][:1] if j + 1 < len(rows) else "",
                                    jmdict)
            if not found:
                continue
            out.append(found)
            rest = rows[j + 1:]
            if j > i and rest:
                # (the text after it was read after units cut wrongly: 小 + さき + 者 シャ,
                # 清 + き + 水 スイ; after an adjective it begins a word: 者 モノ, 水 ミズ)
                after = "".join(r.partition("\t")[0] for r in rest)
                again = rows_of(after)
                if "".join(r.partition("\t")[0] for r in again) == after:
                    rows = [*rows[:j + 1], *again]
            i = j + 1
            done = True
            break
        if not done:
            out.append(rows[i])
            i += 1
    return out


def _today_adjective(fields: Sequence[str]) -> bool:
    """Whether ``fields``, UniDic's features of a row, are those of an adjective in
    today's predicative form ending in い (正しい).

    >>> _today_adjective(_today_row("正しい")), _today_adjective(_today_row("正す"))
    (True, False)
    """
    return (tuple(fields[:5]) == _TODAY_ADJECTIVE and fields[5].startswith("終止形")
            and len(fields) > 20 and all(fields[k].endswith("イ") for k in (18, 20)))
