"""MeCab's rows of one run of Japanese, read again where the dictionaries tell.

:class:`jpterms.romanize.Romanizer` reads each run of Japanese into MeCab's rows
(``surface<TAB>features``, see :mod:`jpterms.mecab_rows`) through :meth:`RowReader.read`
before it makes tokens of them: the text respelled where old kana would mislead MeCab
(行かなかつた, トロツコ, 教育ニ関スル), then the passes the text's signs ask for, those of
:mod:`jpterms.mecab_rows` and those here that ask the dictionaries (JMdict, Mozc, wordfreq's
English list) through the romaniser's :class:`~jpterms.readings.ReadingResolver`: two
units of kanji cut again (歌行 + 灯 is 歌 + 行灯), a society of a department (眼 + 科学 +
会 is 眼科 + 学会), 日 of a list of countries (日・韓), a loanword's parts joined (ログ +
イン). Each row's kinds (:func:`row_code`, :func:`row_marks`) are remembered: most rows
come back sentence after sentence.

>>> from jpterms.readings import ReadingResolver
>>> reader = RowReader(ReadingResolver(sources=("jmdict",)))
>>> [row.split(",")[17] for row in reader.read("歌行灯", "")[1]]
['ウタ', 'アンドン']
"""

from __future__ import annotations

import re
from functools import cache, reduce
from operator import or_
from typing import TYPE_CHECKING, cast

from jpterms.division import rules as _rules
from jpterms.kana import is_ideograph, to_hiragana, to_katakana
from jpterms.mecab_rows import (
    ADJECTIVE_ANY,
    ADJECTIVE_LAST,
    ADJECTIVE_ROWS,
    CLASSICAL_HA,
    GIVEN_NAME,
    HALF_VOICED,
    HITO,
    KANA_PLACE,
    KANA_PLACE_END,
    KANJI_NOUN,
    KANJI_SUFFIX,
    KANJI_UNITS,
    KATAKANA_PAIR,
    KATAKANA_WORD_CODE,
    KATAKANA_WORD_CODES,
    KATAKANA_WORDS,
    LEADING_PARTICLES,
    MARK_SPLIT,
    NO_SURFACE,
    OPENING_MARKS,
    ROW_MARKS,
    VOICED,
    WORD_PASSES,
    adjective_form,
    analysed,
    analysed_rows,
    classical_nidan,
    hito_rows,
    joined_features,
    kana_place_rows,
    leading_particle_rows,
    loan_row,
    loanword_source,
    no_name_rows,
    one_kana_noun,
    owners_copy_cut,
    owners_copy_units,
    p_form_rows,
    prefecture_cut,
    prefecture_heads,
    read_as_noun,
    row_code,
    row_marks,
    rows_cut,
    rows_of,
    suffix_rows,
    topic_rows,
    unvoiced_rows,
    village_cut,
    word_starts,
)
from jpterms.old_forms import (
    historical_kana,
    katakana_okurigana,
    odd_rows,
    small_tsu,
    small_tsu_katakana,
)

if TYPE_CHECKING:
    from jpterms.readings import ReadingResolver
    from jpterms.word_frequencies import FrequencyTable

__all__ = ["ENGLISH_WORD_ZIPF", "RowReader"]

#: Hiragana (what an inflected word's kanji stem goes on with: 進む).
_HIRAGANA = re.compile("[\u3041-\u309f]")
#: A run of katakana long enough to be a loanword of two parts (ログイン, デバグ: デ + バグ)
#: How far past a recut pair :meth:`RowReader.recut_rows` looks for a word a dictionary
#: lists that goes on from it (炭水 + 化 + 物: 炭水化物), in characters: JMdict's longest
#: written form is 27 characters. Read to the end of the run, a run of thousands of
#: units took time that grew with its square (法華経 12,800 times: 13 s).
_WORD_REACH = 32
_LOANWORD_RUN = re.compile("[ァ-ヺ][ァ-ヺー]{2,}")
#: The Zipf frequency (wordfreq's English list) from which the parts of a loanword joined
#: are one English word: login 3.5, plugin 3.3, screenshot 3.8; not filesystem 2.6,
#: logout 2.1, gameboy 2.5, hotdog 2.8 (English writes them apart as often or more)
ENGLISH_WORD_ZIPF = 3.0
#: The most tokens one loanword of the dictionaries is looked for across
#: (:meth:`RowReader._dictionary_loans`).
_LOAN_UNITS = 4
#: The kana the historical usage may write for another inside a word: a run with none
#: of them never asks :func:`_old_kana_hint` (a run of kanji alone compiles nothing).
_OLD_KANA = frozenset("ゐゑをはひふへほ")


@cache
def _old_kana_hint() -> re.Pattern[str]:
    """A kana the historical usage may write for another inside a word (ゐ, ゑ; を, は, ひ,
    ふ, へ, ほ after a kana or a kanji): only then is
    :func:`jpterms.old_forms.historical_kana` asked. Compiled on first use (its kanji
    range takes about a millisecond).

    >>> bool(_old_kana_hint().search("海やまのあひだ")), bool(_old_kana_hint().search("はる"))
    (True, False)
    """
    return re.compile("[ゐゑを]|[\u3041-\u3096\u4e00-\u9fff々][はひふへほ]")


@cache
def _old_only() -> re.Pattern[str]:
    """ゐ or ゑ, which modern usage never writes (compiled on first use)."""
    return re.compile("[ゐゑ]")


class RowReader:
    """MeCab's rows of runs of Japanese, corrected with the dictionaries of ``readings``
    (the :class:`~jpterms.readings.ReadingResolver` of the romaniser that owns this).

    It remembers what it worked out of each row and each English join until
    :meth:`forget`.

    >>> from jpterms.readings import ReadingResolver
    >>> reader = RowReader(ReadingResolver(sources=("jmdict",)))
    >>> [row.split("\\t")[0] for row in reader.read("ログインしました", "")[1]]
    ['ログイン', 'し', 'まし', 'た']
    """

    def __init__(self, readings: ReadingResolver) -> None:
        self.readings = readings
        #: wordfreq's English list, opened when a loanword's parts may form one word; what
        #: it said of each join, and the English word each katakana token's row comes from.
        self._english: FrequencyTable | None = None
        self._english_words: dict[str, bool] = {}
        self._loanword_sources: dict[str, str] = {}
        #: What each row of MeCab's output is to the passes over rows that look for two
        #: kinds side by side (see :func:`row_code`): most rows come back in sentence
        #: after sentence.
        self._row_code: dict[str, str] = {}
        #: :func:`row_marks` of each row (see :meth:`marks`).
        self._row_mark: dict[str, int] = {}

    def forget(self) -> None:
        """Start the memories of rows and English joins afresh (the romaniser's are bounded)."""
        self._english_words.clear()
        self._loanword_sources.clear()
        self._row_code.clear()
        self._row_mark.clear()

    def read(self, text: str, suffix_run: str) -> tuple[str, list[str]]:
        """The text of one run of Japanese as MeCab is to read it (old kana respelled), and
        its rows with every pass its signs ask for made; ``suffix_run`` is the run read
        right after a word in Latin letters, if any (its first row may be a suffix:
        :func:`~jpterms.mecab_rows.suffix_rows`).

        >>> from jpterms.readings import ReadingResolver
        >>> text, rows = RowReader(ReadingResolver()).read("よかつた", "")
        >>> text, [row.split("\\t")[0] for row in rows]
        ('よかった', ['よかっ', 'た'])
        """
        text = self._respelled(text)
        text, rows = self._first_rows(text)
        return text, self._dictionary_passes(text, rows, suffix_run)

    def _respelled(self, text: str) -> str:
        """The text with the kana old usage writes full size or in katakana respelled
        as MeCab reads them (see :mod:`jpterms.old_forms`)."""
        if "かつた" in text:
            # pre-war kana write the small っ full-size: 行かなかつた, よかつた are
            # -katta, which MeCab cuts as the conjunction かつ + た ("na katsu ta")
            text = text.replace("かつた", "かった")
        if "つた" in text or "つて" in text:  # 居つた, 買つて: see old_forms.small_tsu
            text = small_tsu(text, analysed)
        if "ツ" in text:  # トロツコ, ラツパ
            text = small_tsu_katakana(text, self._katakana_cost)
        if "ニ" in text or "ハ" in text or "ヲ" in text or "ヘ" in text:  # 教育ニ関スル勅語
            text = katakana_okurigana(text, analysed)
        return text

    def _first_rows(self, text: str) -> tuple[str, list[str]]:
        """MeCab's rows of ``text`` (cut where a place's name begins), the text
        respelled in today's kana where it is in the historical usage, and the passes of
        words that MeCab reads otherwise in context (:data:`~jpterms.mecab_rows.WORD_PASSES`)."""
        cut = word_starts().search(text) is not None
        rows = rows_of(text) if not cut else rows_cut(text)
        if not cut and not _OLD_KANA.isdisjoint(text) and _old_kana_hint().search(text) and (odd_rows(rows) or _old_only().search(text)):
            # 海やまのあひだ: see old_forms.historical_kana
            modern = historical_kana(text, analysed_rows(rows), analysed)
            if modern != text:
                text = modern
                rows = rows_of(text) if not word_starts().search(text) else rows_cut(text)
        for word, reread in WORD_PASSES:
            if word in text:
                rows = reread(rows)
        return text, rows

    def _dictionary_passes(self, text: str, rows: list[str], suffix_run: str) -> list[str]:
        """``rows`` of ``text`` with the passes their marks ask for (see :meth:`read`)."""
        # (which of ROW_MARKS the rows joined hold: each row's are remembered, five
        # searches of the joined rows cost 10 us a run)
        marks = self.marks(rows)
        # (a third of runs have kanji and kana ending in き or し; few of them have rows
        # that may be a classical adjective: see adjective_sign. Both forms end in
        # hiragana: a run with none, 東京, compiles neither pattern)
        kana = _HIRAGANA.search(text) is not None
        adjective = kana and adjective_form().search(text) is not None and \
            self.adjective_sign(rows)
        if marks & CLASSICAL_HA or adjective or (kana and classical_nidan().search(text)):
            # 喰ふ, 蒼白き, 小さき, 消ゆ, 現わる (the module loads only for such a text)
            from jpterms.classical_forms import classical_rows

            rows = classical_rows(text, rows, self.marks, self._jmdict_readings
                                  if "jmdict" in self.readings.sources else None,
                                  adjective=adjective)
            marks = self.marks(rows)
        if "jmdict" in self.readings.sources and len(rows) > 1:  # 歌行 + 灯: see recut_rows
            recut = self.recut_rows(rows)
            if recut is not rows:  # (it returns the rows themselves where it cuts nothing)
                rows = recut
                marks = self.marks(rows)
        if "学会" in text and "jmdict" in self.readings.sources:  # 眼 + 科学 + 会
            rows = self._society_rows(rows)
            marks = self.marks(rows)
        if "・" in text and "日" in text and "jmdict" in self.readings.sources:
            rows = self._japan_listed_rows(rows)  # 日・韓, 日・ASEAN: see the method
            marks = self.marks(rows)
        if HITO in text and "jmdict" in self.readings.sources:  # 一と晩: see hito_rows
            rows = hito_rows(rows, self._jmdict_readings)
            marks = self.marks(rows)
        if "mozc" in self.readings.sources and KANA_PLACE_END.search(text) and KANA_PLACE.search(
                text):  # すみだ川
            rows = kana_place_rows(text, rows)
            marks = self.marks(rows)
        if marks & VOICED:
            rows = unvoiced_rows(rows, first=text != suffix_run)
        if marks & HALF_VOICED:
            rows = p_form_rows(rows)
        if marks & GIVEN_NAME:
            rows = no_name_rows(rows)
        if text == suffix_run:
            rows = suffix_rows(topic_rows(rows))
        elif text.lstrip("".join(OPENING_MARKS))[:1] in LEADING_PARTICLES:
            # へるす出版, 「へるす」: see leading_particle_rows
            rows = leading_particle_rows(rows)
        if _LOANWORD_RUN.search(text):
            rows = self._loanwords_joined(rows)
        if "本" in text and any(unit in text for unit in owners_copy_units()):
            rows = owners_copy_cut(text, rows, lambda written: not self._unlisted(written))
            # (高山寺 + 本, not the family 寺本 after 高山: see the function)
        if text[-1:] == "村":
            rows = village_cut(text, rows)
        if text[-1:] in prefecture_heads()[0] and prefecture_heads()[1].search(text):
            rows = prefecture_cut(text, rows)  # 長野 + 県北 + 山田村: see the function
        return rows

    def adjective_sign(self, rows: list[str]) -> bool:
        """Whether ``rows`` may hold a classical adjective that
        :func:`jpterms.classical_forms._classical_adjective_rows` reads as today's: rows
        (at most four, as it asks) whose kinds (:func:`row_code`) may join into one
        (:data:`ADJECTIVE_ROWS`: 小 + さき, 蒼 + 白き, UniDic's own 白き) and, where JMdict
        is at hand, whose surfaces joined are today's adjective with い for the ending or
        after し (小さい, 嬉しい) in the index of written forms, as that pass asks JMdict of
        each. False means the pass would change nothing; it costs a tenth as much.

        >>> from jpterms.readings import ReadingResolver
        >>> r = RowReader(ReadingResolver(sources=("jmdict",)))
        >>> r.adjective_sign(rows_of("小さき者へ")), r.adjective_sign(rows_of("勉強しました"))
        (True, False)
        """
        codes = self.codes(rows)
        if NO_SURFACE in codes:
            return True  # (no such row comes from MeCab; a span over one is not looked at)
        if not ADJECTIVE_ANY.search(codes):
            return False  # (no kinds of rows that may join into one: most runs)
        index = self.readings.index if "jmdict" in self.readings.sources else None
        for last in ADJECTIVE_LAST.finditer(codes):
            j = last.start()
            for i in range(max(j - 3, 0), j + 1):
                if not ADJECTIVE_ROWS.fullmatch(codes, i, j + 1):
                    continue
                if index is None:
                    return True
                written = "".join([row.partition("\t")[0] for row in rows[i:j + 1]])
                if written[:-1] + "い" in index or (
                        written[-1] == "し" and written + "い" in index):
                    return True
        return False

    def recut_rows(self, rows: list[str]) -> list[str]:
        """``rows`` with two units of kanji cut again one kanji over, where UniDic made one
        of them a common noun of its own that no other dictionary lists, and JMdict lists
        both units as cut again (and nothing lists the two together, or them with the
        kanji after them): 歌行 + 灯 of 歌行灯 is 歌 + 行灯 *Uta andon* (UniDic's 歌行 かこう
        + とう: "Kakōtō"); 呉 + 音注 of 呉音注 is 呉音 + 注 *go-on chū* ("Kure onchū"). Each
        new unit is read as MeCab reads it alone, and only where it reads it as one unit.

        >>> from jpterms.readings import ReadingResolver
        >>> r = RowReader(ReadingResolver(sources=("jmdict",)))
        >>> [row.split(",")[17] for row in r.recut_rows(rows_of("歌行灯"))]
        ['ウタ', 'アンドン']
        """
        # the pairs a cut may apply to, found from what each row may be (remembered per
        # row: a regular expression over the joined lines cost 15 us a run), and the
        # dictionaries asked only of them: most lines have none (the loop below, a
        # Python test of every unit, cost 7% of romanising unseen text)
        codes = self.codes(rows)
        if KANJI_NOUN + KANJI_NOUN not in codes and KANJI_NOUN + KANJI_SUFFIX not in codes:
            return rows  # (no noun of kanji before a noun or suffix of kanji: most runs)
        if not any(codes[k] == KANJI_NOUN and codes[k + 1] in KANJI_UNITS
                   and self._recut(*rows[k].partition("\t")[::2], *rows[k + 1].partition("\t")[::2])
                   for k in range(len(rows) - 1)):
            return rows
        out = list(rows)
        k = 0
        while k + 1 < len(out):
            a, _, raw_a = out[k].partition("\t")
            b, _, raw_b = out[k + 1].partition("\t")
            if not (a and b and all(map(is_ideograph, a + b))
                    and raw_a.startswith("名詞") and raw_b.startswith(("名詞", "接尾辞"))):
                k += 1
                continue
            cut = self._recut(a, raw_a, b, raw_b)
            if cut is None:
                k += 1
                continue
            after = ""
            for j in range(k + 2, len(out)):  # (no listed word is longer: _WORD_REACH)
                if len(after) >= _WORD_REACH:
                    break
                after += out[j].partition("\t")[0]
            after = after[:_WORD_REACH]
            run = a + b + after[:len(after) - len(after.lstrip("".join(
                ch for ch in after if is_ideograph(ch))))]
            if any(not self._unlisted(run[:j]) for j in range(len(a + b), len(run) + 1)):
                k += 1  # (炭水 + 化 + 物: JMdict's 炭水化物)
                continue
            pieces = [rows_of(w) for w in cut]
            if any(len(p) != 1 or p[0].partition("\t")[0] != w
                   for p, w in zip(pieces, cut, strict=True)):
                k += 1
                continue
            out[k:k + 2] = [pieces[0][0], pieces[1][0]]
            k += 2
        return out

    def _society_rows(self, rows: list[str]) -> list[str]:
        """``rows`` with a unit of two kanji ending in 学 before 会 (科学 + 会, 医学 + 会)
        cut again before the 学, where its first kanji ends a word with the units of kanji
        before it that JMdict or Mozc lists (眼科, 小児科, 歯科医: a department of medicine
        or a profession), and JMdict lists no common word of that word and 学 (社会科学,
        自然科学): a society, 学会 がっかい, of that department. 日本 + 眼 + 科学 + 会 is
        日本 + 眼科 + 学会 *Nihon ganka gakkai* (UniDic's 科学 + 会: "Nihongan kagakukai");
        日本 + 認知 + 科学 + 会 stays the cognitive science society (認知科 is no word), and
        no proper noun begins the word (日本 + 化学 + 会 is no 日本化 "Japanisation").

        >>> from jpterms.readings import ReadingResolver
        >>> r = RowReader(ReadingResolver(sources=("jmdict", "mozc")))
        >>> [row.split(",")[17] for row in r._society_rows(rows_of("日本麻酔科学会"))]
        ['ニッポン', 'マスイ', 'カ', 'ガッカイ']
        """
        out = list(rows)
        for i in range(len(out) - 2, 0, -1):
            unit, _, raw = out[i].partition("\t")
            if not (len(unit) == 2 and unit[1] == "学" and raw.startswith("名詞")
                    and out[i + 1].partition("\t")[0] == "会"):
                continue
            before = ""
            for j in range(i - 1, max(i - 4, -1), -1):
                surface, _, raw_j = out[j].partition("\t")
                if not (surface and all(map(is_ideograph, surface))
                        and raw_j.startswith(("名詞,普通", "接尾辞", "接頭辞"))):
                    break  # (日本 + 化学 + 会: no 日本化, "Japanisation", of a name)
                before = surface + before
                word = before + unit[0]
                if any(r.source == "jmdict" and r.common
                       for r in self.readings.index.readings(word + "学")):
                    break  # (社会 + 科学 + 会: a society of social science)
                if not (self._jmdict_readings(word) or self.readings.mozc_readings(word)):
                    continue
                pieces = rows_of(word)
                society = rows_of("学会")
                if "".join(r.partition("\t")[0] for r in pieces) != word or len(society) != 1:
                    break
                out[j:i + 2] = [*pieces, *society]
                break
        return out

    def marks(self, rows: list[str]) -> int:
        """Which of :data:`ROW_MARKS` ``rows`` joined hold (bits), from each row's
        (:func:`row_marks`, remembered); where a row ends with the beginning of one, so
        that it may run on into the next row, the rows joined are searched.

        >>> from jpterms.readings import ReadingResolver
        >>> reader = RowReader(ReadingResolver())
        >>> bool(reader.marks(rows_of("山田太郎が来た")) & GIVEN_NAME)
        True
        """
        known = list(map(self._row_mark.get, rows))
        marks = reduce(or_, cast("list[int]", known) if None not in known else [
            self._row_mark.setdefault(row, row_marks(row)) if mark is None else mark
            for mark, row in zip(known, rows, strict=True)], 0)
        if marks & MARK_SPLIT:
            joined = "".join(rows)
            marks = sum(bit for bit, mark in ROW_MARKS if mark in joined)
        return marks

    def _japan_listed_rows(self, rows: list[str]) -> list[str]:
        """``rows`` with 日 standing for Japan in a list joined by ・ (日・韓, 日・中・韓,
        日・ASEAN, 米・日): 日 beside a country's kanji (data ``country_abbreviations``,
        less 土, which beside 日 is Saturday: 土・日), a word in Latin capitals or a
        country's name in katakana reads にち, not UniDic's ひ ("day"), and each country's
        kanji of the list reads as in JMdict's word of it and 日 (日韓 にっかん: 韓 かん,
        not UniDic's family name はん; 日朝 にっちょう: 朝 ちょう, not あさ). The Ministry of
        Foreign Affairs titles its meetings so: 日・ASEAN首脳会議 *Nichi ASEAN shunō
        kaigi* (was "Hi ASEAN"). A list of days (月・日・時) has no country and stays.

        >>> from jpterms.readings import ReadingResolver
        >>> r = RowReader(ReadingResolver(sources=("jmdict",)))
        >>> [row.split(",")[17] for row in r._japan_listed_rows(rows_of("日・韓"))]
        ['ニチ', '・', 'カン']
        >>> [row.split(",")[17] for row in r._japan_listed_rows(rows_of("日・月"))]
        ['ヒ', '・', 'ツキ']
        """
        countries = _rules()["country_abbreviations"]["kanji"].replace("土", "")
        surfaces = [row.partition("\t")[0] for row in rows]

        def country(k: int) -> bool:  # (the unit at k stands for a country or a body)
            if not 0 <= k < len(rows):
                return False
            surface = surfaces[k]
            if len(surface) == 1:
                return surface in countries
            return (surface.isascii() and surface.isalpha() and surface.isupper()) or (
                "地名,国" in rows[k] and all("ァ" <= c <= "ヺ" or c == "ー" for c in surface))

        out = list(rows)
        for i, surface in enumerate(surfaces):
            if surface != "日" or not (any(
                    0 <= i + 2 * step < len(rows) and surfaces[i + step] == "・"
                    and country(i + 2 * step) for step in (-1, 1)) or (
                    i == len(rows) - 2 and surfaces[-1] == "・" and i == 0)):
                continue  # (a run "日・" alone: Latin letters come next, 日・ASEAN, 日・EU)
            out[i] = read_as_noun("日", rows[i], "ニチ")
            for step in (-1, 1):
                k = i + 2 * step
                while 0 <= k < len(rows) and surfaces[k - step] == "・" and country(k):
                    if len(surfaces[k]) == 1:
                        out[k] = self._country_row(surfaces[k], rows[k])
                    k += 2 * step
        return out

    def _country_row(self, kanji: str, row: str) -> str:
        """``row`` of ``kanji``, a country's abbreviation, read as it reads in JMdict's
        word of it after 日 (日韓 にっかん: カン; 日朝 にっちょう: チョウ), or as it was."""
        for reading in self._jmdict_readings("日" + kanji):
            if reading[:2] in ("にち", "にっ") and len(reading) > 2:
                return read_as_noun(kanji, row, to_katakana(reading[2:]))
        return row

    def codes(self, rows: list[str]) -> str:
        """:func:`row_code` of each of ``rows``, one string (each row's worked out once).

        >>> from jpterms.readings import ReadingResolver
        >>> RowReader(ReadingResolver()).codes(rows_of("ログイン画面"))
        'kkn'
        """
        known = list(map(self._row_code.get, rows))
        return "".join(cast("list[str]", known) if None not in known else [
            self._row_code.setdefault(row, row_code(row)) if code is None else code
            for code, row in zip(known, rows, strict=True)])

    def _recut(self, a: str, raw_a: str, b: str, raw_b: str) -> tuple[str, str] | None:
        """Two units of kanji (``a``, ``b``, with their MeCab features) cut again one kanji
        over, where one is a common noun no dictionary but UniDic lists and JMdict lists
        both new units (the first test of :meth:`recut_rows`); else None."""
        if len(a) > 1 and raw_a.startswith("名詞,普通名詞") and self._unlisted(a):
            cut = (a[:-1], a[-1] + b)  # 歌行 + 灯: 歌 + 行灯
        elif len(b) > 1 and raw_b.startswith("名詞,普通名詞") and self._unlisted(b):
            cut = (a + b[0], b[1:])  # 呉 + 音注: 呉音 + 注
        else:
            return None
        return cut if all(self._jmdict_readings(w) for w in cut) else None

    def _unlisted(self, written: str) -> bool:
        """Whether no dictionary but UniDic lists ``written`` (JMdict, JMnedict, Mozc)."""
        return not self.readings.index.readings(written) and not self.readings.mozc_readings(
            written)

    def _jmdict_readings(self, written: str) -> list[str]:
        """The readings JMdict lists ``written`` with (hiragana)."""
        return [r.reading for r in self.readings.index.readings(written) if r.source == "jmdict"]

    def _loanwords_joined(self, rows: list[str]) -> list[str]:
        """``rows`` with the loanwords UniDic cuts into the parts of an English word joined
        into one word, as the English writes it: ログ + イン (log, in) is *roguin*, as
        login; プラグ + イン *puraguin*; スクリーン + ショット *sukurīnshotto*. Parts whose
        English is two words stay apart (コンピュータ + ウイルス, *konpyūta uirusu*), as do
        joins English seldom writes (filesystem, logout: under :data:`ENGLISH_WORD_ZIPF`)."""
        if not KATAKANA_PAIR.search(self.codes(rows)):
            return rows  # (no two katakana tokens side by side: the common case)
        rows = self._dictionary_loans(rows)
        sources = self._loanword_sources
        out: list[str] = []
        english_before = ""
        katakana_before = False
        for row in rows:
            english = ""
            is_katakana = "ァ" <= row[:1] <= "ヺ"
            if is_katakana:
                known = sources.get(row)
                english = sources.setdefault(row, loanword_source(row)) if known is None else known
            if (english and english_before and self._english_word(english_before + english)) \
                    or (katakana_before and (english or english_before)
                        and one_kana_noun(row, out[-1])):
                before, _, before_raw = out[-1].partition("\t")
                surface, _, raw = row.partition("\t")
                out[-1] = f"{before}{surface}\t{joined_features(before_raw, raw, surface)}"
                english_before += english
                continue
            out.append(row)
            english_before = english
            katakana_before = is_katakana
        return out

    def _dictionary_loans(self, rows: list[str]) -> list[str]:
        """``rows`` with each loanword the dictionaries list as one word that UniDic cut
        joined into one token: from each katakana token, the longest run of two to
        :data:`_LOAN_UNITS` katakana tokens that JMdict or JMnedict glosses with one English
        word sounding like it (:meth:`~jpterms.reading_index.ReadingIndex.loanword`): パラ + メタ is
        *parameta* (parameter), トリ + ガ *toriga* (trigger), プリ + プロ + セッサ
        *puripurosessa* (preprocessor), クリン + ゴン *Kuringon* (Klingon, a name: the
        gloss is capitalised). A compound English writes as two words stays two: ファイル +
        システム, *fairu shisutemu* (file system).

        >>> from jpterms.romanize import Romanizer
        >>> Romanizer().romanize("パラメタとトリガ")
        'Parameta to toriga'
        """
        # (the rows all in katakana, from their codes: see row_code)
        codes = self.codes(rows)
        if not KATAKANA_WORDS.search(codes) or not self.readings.sources:
            return rows
        loanword = self.readings.index.loanword  # (a look-up in the reading index's trie)
        out: list[str] = []
        i = 0
        while i < len(rows):
            if codes[i] not in KATAKANA_WORD_CODES:  # (to the next such row at once)
                found = KATAKANA_WORD_CODE.search(codes, i)
                end = found.start() if found is not None else len(rows)
                out.extend(rows[i:end])
                i = end
                continue
            end = i
            while end < len(rows) and end - i < _LOAN_UNITS and codes[end] in KATAKANA_WORD_CODES:
                end += 1
            for stop in range(end, i + 1, -1):
                gloss = loanword("".join([row.partition("\t")[0] for row in rows[i:stop]]))
                if gloss:
                    out.append(loan_row(rows[i:stop], name=gloss[0].isupper()))
                    i = stop
                    break
            else:
                out.append(rows[i])
                i += 1
        return out

    def _english_word(self, word: str) -> bool:
        """Whether wordfreq's English list has ``word`` at :data:`ENGLISH_WORD_ZIPF` or more."""
        known = self._english_words.get(word)
        if known is None:
            # (imported here: it imports pathlib, which a short romanisation never needs)
            from jpterms.word_frequencies import FrequencyTable, zipf
            if self._english is None:
                self._english = FrequencyTable.open("en")
            known = self._english_words[word] = (
                zipf(self._english.get(word)) >= ENGLISH_WORD_ZIPF)
        return known

    def _katakana_cost(self, word: str) -> int | None:
        """The Mozc dictionary's cost of the katakana ``word``, None where it is no word."""
        return self.readings.mozc_cost(word, to_hiragana(word))

