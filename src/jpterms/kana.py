"""Kana tables and the one door for normalising Japanese and romanised text.

Everything that compares or converts text goes through the functions here:

* :func:`normalize_japanese` - NFKC (full- and half-width forms), iteration
  marks ゝゞヽヾ expanded;
* :func:`normalize_romaji` - combining macrons composed, circumflexes turned
  into macrons, typographic apostrophes made ASCII, full-width letters folded;
* :func:`fold_romaji` - the macron-less, case-less key used for matching
  (ō, ô, oo, ou and oh all become o);
* :func:`kana_to_romaji` - kana to any supported system, walking the table in
  ``data/kana.tsv``.

>>> normalize_romaji("Ryo\\u0304koku Kyôgi")
'Ryōkoku Kyōgi'
>>> fold_romaji("Kyōgi"), fold_romaji("kyougi"), fold_romaji("Ohno")
('kyogi', 'kyogi', 'ono')
>>> kana_to_romaji("きょうぎ")
'kyōgi'
>>> kana_to_romaji("しんよう"), kana_to_romaji("しんよう", "kunrei")
("shin'yō", "sin'yô")
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import cache, lru_cache

import jaconv

#: Systems :func:`kana_to_romaji` can write.
SYSTEMS = ("hepburn", "traditional", "plain", "wapuro", "passport", "kunrei", "nihon", "ala-lc")

#: The column of ``kana.tsv`` each system reads its syllables from.
_COLUMN = {
    "hepburn": "hepburn",
    "ala-lc": "hepburn",  # the ALA-LC table is modified Hepburn; its rules are about words
    "traditional": "hepburn",
    "plain": "hepburn",
    "passport": "hepburn",
    "wapuro": "wapuro",
    "kunrei": "kunrei",
    "nihon": "nihon",
}

LONG_MARK = "ー"
#: Kana a particle is written with and the kana it is said as (は wa, へ e): (written, said).
SAID_AS_PARTICLE = frozenset({("ハ", "ワ"), ("ヘ", "エ")})
SOKUON = "ッ"
HATSUON = "ン"
VOWELS = "aiueo"
MACRON = dict(zip("aiueo", "āīūēō", strict=True))
CIRCUMFLEX = dict(zip("aiueo", "âîûêô", strict=True))


def _indexed(table: Mapping[int, int | str]) -> list[int | str]:
    """``table`` (a :meth:`str.maketrans` table) as a list indexed by code point that holds
    each code point the table leaves alone as itself. :meth:`str.translate` looks each
    character up in its table, and a dict raises (and the method clears) a ``KeyError``
    for every character it lacks, most of a word's: a list answers them without one, twice
    as fast on romaji. A character past the list's end raises ``IndexError``, a
    ``LookupError``, which :meth:`str.translate` takes as no mapping, as it takes the
    dict's ``KeyError``: the same result for every text. (For a table whose keys stay low:
    the list has as many items as its highest key.)

    >>> table = str.maketrans("ô’", "ō'")
    >>> [w.translate(_indexed(table)) == w.translate(table) == want
    ...  for w, want in (("Kyôto’s", "Kyōto's"), ("東京", "東京"), ("", ""))]
    [True, True, True]
    """
    indexed: list[int | str] = list(range(max(table) + 1))
    for code, value in table.items():
        indexed[code] = value
    return indexed


#: (364 items: every key is below U+016C)
_UNMACRON = _indexed(str.maketrans("āīūēōâîûêôĀĪŪĒŌÂÎÛÊÔ", "aiueoaiueoAIUEOAIUEO"))
_CIRCUMFLEX_TO_MACRON = str.maketrans("âîûêôÂÎÛÊÔ", "āīūēōĀĪŪĒŌ")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "′": "'", "ʼ": "'"})
#: The characters :func:`normalize_romaji`'s two tables change.
_NORMALISED = frozenset(map(chr, [*_APOSTROPHES, *_CIRCUMFLEX_TO_MACRON]))
_ITERATION = {"ゝ": 0, "ヽ": 0, "ゞ": 1, "ヾ": 1}


@cache
def kana_table() -> dict[str, dict[str, str]]:
    """The syllable table: katakana (one kana or a digraph) to romaji per column."""
    from jpterms.package_data import read_text

    text = read_text("kana.tsv")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    table: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        table[row["kana"]] = {k: v for k, v in row.items() if k != "kana"}
    return table


@cache
def kana_outside() -> dict[str, str]:
    """Kana and marks outside :func:`kana_table` to the romaji every system writes for
    them (``data/kana_outside.tsv``): ヷ va, Ainu's ㇰ k, a voicing mark alone nothing.

    >>> kana_outside()["ヺ"], kana_outside()["ㇷ\u309a"], kana_outside()["\u3099"]
    ('vo', 'p', '')
    """
    from jpterms.package_data import read_text

    lines = [line for line in read_text("kana_outside.tsv").splitlines()
             if line.strip() and not line.startswith("#")]
    return {row["kana"]: row["romaji"] or "" for row in csv.DictReader(lines, delimiter="\t")}


def to_katakana(text: str) -> str:
    """Hiragana to katakana; everything else unchanged.

    >>> to_katakana("きょうぎ ー")
    'キョウギ ー'
    """
    return text.translate(_TO_KATAKANA)


def to_hiragana(text: str) -> str:
    """Katakana to hiragana; everything else unchanged.

    >>> to_hiragana("ハモンド")
    'はもんど'
    """
    return text.translate(_TO_HIRAGANA)


def _translation(convert: Callable[[str], str]) -> dict[int, str]:
    """What jaconv's ``convert`` (``hira2kata``, ``kata2hira``) does to each character of
    the kana and CJK punctuation blocks, as a ``str.translate`` table: the same result as
    the call, which translates character by character, without the calls around it (hot
    in romanize). Built from jaconv's public functions, not its module's private tables."""
    table = {}
    for code in range(0x3000, 0x3100):
        converted = convert(chr(code))
        if converted != chr(code):
            table[code] = converted
    return table


_TO_KATAKANA = _translation(jaconv.hira2kata)
_TO_HIRAGANA = _translation(jaconv.kata2hira)


@cache
def _japanese_script() -> re.Pattern[str]:
    """Compiled on first use: a class this large costs ~1.5 ms of start-up to compile."""
    return re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def has_japanese(text: str) -> bool:
    """True when ``text`` holds kana or kanji.

    >>> has_japanese("Bōei hakusho (防衛白書)"), has_japanese("Bōei hakusho")
    (True, False)
    """
    return _japanese_script().search(text) is not None


def is_kana(text: str) -> bool:
    """True for a non-empty string of kana, the long mark and spaces only.

    >>> is_kana("げんば こういちろう"), is_kana("玄葉")
    (True, False)
    """
    return bool(text.strip()) and all(
        ch == " " or ch == LONG_MARK or "\u3041" <= ch <= "\u3096" or "\u30a1" <= ch <= "\u30fa"
        for ch in text
    )


#: The characters besides the ideographs that :func:`is_kanji` takes: the repeat mark 々, and
#: 〆 and ヶ (as in 霞ヶ関), which are written among kanji though they stand for kana.
_KANJI_MARKS = frozenset("々〆ヶ")
#: Texts up to this long are looked at a character at a time by :func:`has_kanji` (the
#: words and names it is asked about: 26 characters at most in a 1 MB check); a longer one
#: is searched with :func:`_kanji_pattern`.
_KANJI_LOOKED_AT = 32


def is_kanji(ch: str) -> bool:
    """True for a kanji: an ideograph of CJK's main block, extension A, the compatibility
    block (\uf900, 豈) or the supplementary planes (𠮷), or one of 々, 〆 and ヶ, which are
    written among kanji. Told by code point: no pattern is compiled (a class this large
    took ~2.5 ms of a cold ``romanize 東京``).

    >>> [is_kanji(c) for c in "字日々ヶ〆\U00020bb7\uf900にニA"]
    [True, True, True, True, True, True, True, False, False, False]
    """
    return ("\u3400" <= ch <= "\u9fff" or ch in _KANJI_MARKS or "\uf900" <= ch <= "\ufaff"
            or "\U00020000" <= ch <= "\U0003ffff")


def is_ideograph(ch: str) -> bool:
    """A kanji (:func:`is_kanji`) or 々, but not 〆 or ヶ, which stand for kana (しめ, か):
    what a word made of kanji alone is made of.

    >>> is_ideograph("東"), is_ideograph("々"), is_ideograph("ヶ"), is_ideograph("〆")
    (True, True, False, False)
    """
    return is_kanji(ch) and ch not in "〆ヶ"


@cache
def _kanji_pattern() -> re.Pattern[str]:
    """Compiled on first use: a class this large costs ~1.5 ms of start-up to compile."""
    return re.compile("[\u3400-\u9fff\uf900-\ufaff々〆ヶ\U00020000-\U0003ffff]")


def has_kanji(text: str) -> bool:
    """True when ``text`` has a kanji (:func:`is_kanji`: 々 and 霞ヶ関's ヶ too).

    >>> has_kanji("日本"), has_kanji("にほん"), has_kanji("霞ヶ関")
    (True, False, True)
    """
    if len(text) <= _KANJI_LOOKED_AT:
        for ch in text:  # (as is_kanji, inline: no call per character)
            if ("\u3400" <= ch <= "\u9fff" or ch in _KANJI_MARKS or "\uf900" <= ch <= "\ufaff"
                    or "\U00020000" <= ch <= "\U0003ffff"):
                return True
        return False
    return _kanji_pattern().search(text) is not None


def is_hiragana(ch: str) -> bool:
    """True for a hiragana character (U+3041 to U+309F: the small and voiced forms, the
    iteration marks ゝゞ and the voicing marks too).

    >>> is_hiragana("の"), is_hiragana("ゞ"), is_hiragana("ノ"), is_hiragana("")
    (True, True, False, False)
    """
    return "\u3041" <= ch <= "\u309f"


def is_katakana(ch: str) -> bool:
    """True for a katakana character (U+30A1 to U+30FF: the small forms, the middle dot ・,
    the long mark ー and the iteration marks ヽヾ too).

    >>> is_katakana("ノ"), is_katakana("ー"), is_katakana("の"), is_katakana("")
    (True, True, False, False)
    """
    return "\u30a1" <= ch <= "\u30ff"


def is_katakana_letter(ch: str) -> bool:
    """True for a katakana letter, a sound of its own (U+30A1 to U+30FA, ァ to ヺ, the
    small forms too): unlike :func:`is_katakana`, not the middle dot ・, the long mark ー
    or the iteration marks ヽヾ, which spell no sound of their own.

    >>> [is_katakana_letter(ch) for ch in ("ァ", "ヺ", "ー", "・", "ヽ", "の", "")]
    [True, True, False, False, False, False, False]
    """
    return "\u30a1" <= ch <= "\u30fa"


def is_katakana_word(text: str) -> bool:
    """True for a non-empty word written in katakana: katakana letters
    (:func:`is_katakana_letter`), the long mark ー and the middle dot ・ that joins the
    words of a foreign name (U+30A1 to U+30FC); not the iteration marks ヽヾ, nor
    hiragana or spaces (unlike :func:`is_kana`).

    >>> [is_katakana_word(w) for w in ("ハモンド", "ジョン・ケージ", "コーヒー", "ハヽ", "ハモンドさん", "")]
    [True, True, True, False, False, False]
    """
    return bool(text) and all("\u30a1" <= ch <= "\u30fc" for ch in text)


def is_japanese_char(ch: str) -> bool:
    """True for a character of Japanese writing: hiragana, katakana, a kanji
    (:func:`is_kanji`) or the long mark.

    >>> [is_japanese_char(ch) for ch in "富ふフー「A"]
    [True, True, True, True, False, False]
    """
    return is_hiragana(ch) or is_katakana(ch) or is_kanji(ch) or ch == "ー"


def kanji_of(written: str) -> str:
    """The kanji of a spelling, its okurigana left out (取組 for 取り組み, 取決 for 取決め).

    >>> kanji_of("取り組み"), kanji_of("寄港")
    ('取組', '寄港')
    """
    return "".join(ch for ch in written if is_kanji(ch))


def word_kana(written: str, kana: str) -> str:
    """A word's kana in hiragana, as written where the word is written in kana (は, not the
    わ it sounds as), else ``kana``.

    >>> word_kana("は", "わ"), word_kana("ハ", "わ"), word_kana("葉", "は"), word_kana("", "ハ")
    ('は', 'は', 'は', 'は')
    """
    if written and all(is_hiragana(ch) or is_katakana(ch) or ch == "ー" for ch in written):
        return to_hiragana(written)
    return to_hiragana(kana)


#: A small っ not before a kana of the か, さ, た or ぱ rows (nor last): in a word of Japanese
#: or Sino-Japanese origin a small っ doubles only k, s, t and p.
_UNSAYABLE_SOKUON = re.compile("[っッ](?![かきくけこさしすせそたちつてとぱぴぷぺぽ"
                               "カキクケコサシスセソタチツテトパピプペポ])")


def sayable(kana: str) -> bool:
    """Whether ``kana``, a reading put together from the readings of its parts, can be
    said as a word of Japanese or Sino-Japanese origin: a small っ only before a kana of
    the か, さ, た or ぱ rows, never last nor before a vowel (鉄 てっ + 央 お is てつお,
    never てっお; 絶 ぜっ + 代 だい is ぜつだい). Loanwords (ベッド) are not such words.

    >>> sayable("てっぺい"), sayable("てっお"), sayable("ホッカイドウ"), sayable("ぜっだい")
    (True, False, True, False)
    """
    return _UNSAYABLE_SOKUON.search(kana) is None


def _voice(kana: str) -> str:
    """The voiced form of a kana (か → が), or the kana itself."""
    voiced = unicodedata.normalize("NFC", kana + "\u3099")
    return voiced if len(voiced) == 1 else kana


def expand_iteration_marks(text: str) -> str:
    """Replace ゝ ゞ ヽ ヾ with the kana they repeat.

    >>> expand_iteration_marks("いすゞ"), expand_iteration_marks("こゝろ")
    ('いすず', 'こころ')
    """
    if not any(mark in text for mark in _ITERATION):
        return text
    out: list[str] = []
    for ch in text:
        voiced = _ITERATION.get(ch)
        if voiced is not None and out:
            prev = unicodedata.normalize("NFD", out[-1])[0]
            out.append(_voice(prev) if voiced else prev)
        else:
            out.append(ch)
    return "".join(out)


def normalize_japanese(text: str) -> str:
    """NFKC (widths, compatibility forms), expanded kana iteration marks, no variation
    selectors (they choose a glyph of the kanji before them: 葛󠄀 is 葛, as catalogue and
    family-register text write it), the vertical kanji iteration mark 〻 as 々, and no
    voicing mark that NFKC left with nothing to voice (ﾞ alone, ゛ after a space).

    >>> normalize_japanese("ｶﾀｶﾅ　ＡＢＣ１")
    'カタカナ ABC1'
    >>> normalize_japanese("葛\U000e0100城市〻")
    '葛城市々'
    >>> normalize_japanese("ｶﾞﾞ゛")
    'ガ'
    """
    text = unicodedata.normalize("NFKC", text)
    if _SPECIAL_MARKS.search(text) is None:  # (most text: one scan instead of three)
        return text
    glyph_marks, glyph_forms = _glyph_patterns()
    if glyph_marks.search(text):
        text = glyph_marks.sub(lambda m: "々" if m.group() == "〻" else "", text)
    if glyph_forms.search(text):
        text = text.translate(_glyph_forms())
    return expand_iteration_marks(text)


@cache
def _glyph_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Variation selectors (standardised and ideographic), the vertical iteration mark and
    a voicing mark alone (a space before it, NFKC's of ゛);
    CJK radical forms and hentaigana, which NFKC leaves as they are. Compiled when a text
    first holds one of :data:`_SPECIAL_MARKS` (not at start-up: about 0.2 ms)."""
    return (re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef〻]| ?[\u3099\u309a]"),
            re.compile("[\u2e80-\u2eff\U0001b000-\U0001b16f]"))

#: Either of those, or a kana iteration mark: what makes normalize_japanese do more than NFKC.
_SPECIAL_MARKS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef〻\u2e80-\u2eff"
                            "\U0001b000-\U0001b16fゝゞヽヾ\u3099\u309a]")


@cache
def _glyph_forms() -> dict[int, str]:
    """CJK radical forms as the kanji they write (⻄ 西), hentaigana as their kana (𛁈 し):
    ``jpterms/data/glyph_forms.tsv``, made from CJKVI's tables and Unicode's names.

    >>> normalize_japanese("\u2ec4\U0001b048\U0001b002")
    '西しあ'
    """
    from jpterms.package_data import read_char_table

    return read_char_table("glyph_forms.tsv")


def normalize_romaji(text: str) -> str:
    """The single normal form of romanised text: composed macrons, no circumflex.

    Full-width letters become ASCII, a combining macron or circumflex is
    composed, and a circumflex becomes a macron. Case and spacing are kept.

    >>> normalize_romaji("Ｔōkyō Ko\\u0302be shin’yō")
    "Tōkyō Kōbe shin'yō"
    """
    if text.isascii() and "`" not in text:
        return text  # NFKC keeps ASCII, and of both tables' keys only ` is ASCII
    text = unicodedata.normalize("NFKC", text)
    if _NORMALISED.isdisjoint(text):
        return text  # (most words with a macron: no character of them is looked up)
    return text.translate(_APOSTROPHES).translate(_CIRCUMFLEX_TO_MACRON)


def strip_macrons(text: str) -> str:
    """Remove macrons and circumflexes, keeping the letters.

    >>> strip_macrons("Ryōkoku Kyôgi")
    'Ryokoku Kyogi'
    """
    if text.isascii():
        return text  # NFC keeps ASCII, and no key of the table is ASCII
    return unicodedata.normalize("NFC", text).translate(_UNMACRON)


_FOLD_LONG = re.compile(r"ou|oo|uu|oh(?![aiueoy])")


@lru_cache(maxsize=65536)
def fold_romaji(text: str) -> str:
    """A matching key: lower case, no macrons, and long vowels written short.

    ō, ô, oo, ou and oh (before a consonant or at the end) all fold to o, and
    ū and uu to u, so every common spelling of a word meets the same key.

    >>> fold_romaji("Ōno"), fold_romaji("Ohno"), fold_romaji("Oono"), fold_romaji("Ohashi")
    ('ono', 'ono', 'ono', 'ohashi')
    """
    text = strip_macrons(normalize_romaji(text)).lower()
    if not text.isascii():  # a stray combining mark the macron table did not take
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    while True:  # ouu -> ou -> o: fold until nothing changes, so folding is idempotent
        folded = _FOLD_LONG.sub(lambda m: m.group(0)[0], text)
        if folded == text:
            return folded
        text = folded


@cache
def _morae_pattern() -> re.Pattern[str]:
    """The table's units, longest first, then any one character: what ``findall`` of it
    gives is the longest-match split (built on first use)."""
    units = sorted((k for k in kana_table() if len(k) > 1), key=len, reverse=True)
    return re.compile("|".join([*map(re.escape, units), "."]), re.DOTALL)


def split_morae(katakana: str) -> list[str]:
    """Split katakana into table units, longest match first (digraphs win).

    >>> split_morae("キョウギ")
    ['キョ', 'ウ', 'ギ']
    """
    found: list[str] = _morae_pattern().findall(katakana)
    return found


def _vowel(romaji: str) -> str:
    return romaji[-1] if romaji and romaji[-1] in VOWELS else ""


def mark_long_vowels(katakana: str) -> str:
    """Write the long vowels of a single word as ー, as modified Hepburn reads them.

    オウ and オオ become オー, ウウ becomes ウー; エイ and イイ stay. Use this
    only on one morpheme or one glossary word: across a morpheme boundary
    (子牛, こ|うし) the vowels are not long, and the romaniser, which knows the
    boundaries, does not call it there.

    >>> mark_long_vowels("トウキョウ"), mark_long_vowels("オオサカ"), mark_long_vowels("エイゴ")
    ('トーキョー', 'オーサカ', 'エイゴ')
    >>> mark_long_vowels("コウウ"), mark_long_vowels("ユウウツ")
    ('コーウ', 'ユーウツ')
    """
    table = kana_table()
    morae = split_morae(katakana)
    out: list[str] = []
    prev = ""
    for mora in morae:
        if (mora == "ウ" and prev in "ou" and prev) or (mora == "オ" and prev == "o"):
            out.append(LONG_MARK)
            prev = ""  # a long vowel is two morae: a third (コウウ, kōu) starts anew
            continue
        out.append(mora)
        entry = table.get(mora)
        prev = _vowel(entry["hepburn"]) if entry else ("" if mora != LONG_MARK else prev)
    return "".join(out)


def _lengthen(romaji: str, system: str, vowel: str) -> str:
    if system in ("hepburn", "traditional", "ala-lc"):
        return romaji[:-1] + MACRON[vowel]
    if system in ("kunrei", "nihon"):
        return romaji[:-1] + CIRCUMFLEX[vowel]
    if system == "wapuro":
        return romaji + vowel
    return romaji  # plain and passport write long vowels short


def kana_to_romaji(kana: str, system: str = "hepburn", *, infer_long: bool = True) -> str:
    """Romanise kana (one word or several separated by spaces).

    With ``infer_long`` the long vowels of each space-separated word are found
    from the kana alone (オウ → ō); pass ``False`` when the kana already
    marks them with ー. Unknown characters are kept as they are.

    >>> kana_to_romaji("さいばー きょうぎ")
    'saibā kyōgi'
    >>> kana_to_romaji("まっちゃ"), kana_to_romaji("げんば", "traditional")
    ('matcha', 'gemba')
    >>> kana_to_romaji("しんよう", "traditional"), kana_to_romaji("とうきょう", "wapuro")
    ('shin-yō', 'toukyou')
    >>> kana_to_romaji("おおの", "passport"), kana_to_romaji("ちゃ", "nihon")
    ('ono', 'tya')
    """
    if system not in _COLUMN:
        raise ValueError(f"unknown romanisation system {system!r}; choose from {', '.join(SYSTEMS)}")
    return " ".join(
        _word_to_romaji(word, system, infer_long) for word in to_katakana(kana).split(" ")
    )


@cache
def _syllables(system: str) -> dict[str, str]:
    """Each unit of the table as ``system`` writes it (ヲ wo in traditional Hepburn), but
    not ッ, ン and ー, which :func:`_word_to_romaji` writes from the units around them."""
    column = _COLUMN[system]
    table = {kana: row[column] for kana, row in kana_table().items()
             if kana not in (SOKUON, HATSUON, LONG_MARK)}
    if system == "traditional" and "ヲ" in table:
        table["ヲ"] = "wo"
    return table


def _word_to_romaji(word: str, system: str, infer_long: bool) -> str:
    if infer_long and system != "wapuro":
        word = mark_long_vowels(word)
    syllables = _syllables(system)
    morae = split_morae(word)
    out: list[str] = []
    geminate = False
    joined = False  # (the mark after ㇷ, read with it)
    for i, mora in enumerate(morae):
        if joined:
            joined = False
            continue
        romaji = syllables.get(mora)
        if romaji is None:
            outside = kana_outside()
            pair = mora + morae[i + 1] if i + 1 < len(morae) else ""
            if pair in outside:
                out.append(outside[pair])  # ㇷ゚: p
                joined = True
                geminate = False
            elif mora in outside:
                out.append(outside[mora])  # ヷ va; a voicing mark alone: nothing
                geminate = False
            elif mora == SOKUON:
                geminate = True
            elif mora == HATSUON:
                out.append(_syllabic_n(morae, i, system))
                geminate = False
            elif mora == LONG_MARK:
                if out and out[-1] and out[-1][-1] in VOWELS:
                    out[-1] = _lengthen(out[-1], system, out[-1][-1])
            else:  # not in the table: kept as it is
                out.append(mora)
                geminate = False
            continue
        if geminate:
            romaji = _double(romaji, system)
            geminate = False
        out.append(romaji)
    return "".join(out)


def _double(romaji: str, system: str) -> str:
    if not romaji or romaji[0] in VOWELS:
        return romaji
    if romaji.startswith("ch") and system in ("hepburn", "traditional", "plain", "passport",
                                              "ala-lc"):
        return "t" + romaji
    return romaji[0] + romaji


def _syllabic_n(morae: list[str], i: int, system: str) -> str:
    """ん: n, n' before a vowel or y; traditional m before b/m/p, n- before a vowel."""
    nxt = ""
    for j in range(i + 1, len(morae)):  # (no copy of the rest: a long word stays linear)
        mora = morae[j]
        entry = kana_table().get(mora)
        if entry:
            nxt = entry["hepburn"][:1]
            break
        if mora != LONG_MARK:
            break
    if system in ("traditional", "passport") and nxt and nxt in "bmp":
        return "m"
    if nxt and (nxt in VOWELS or nxt == "y"):
        if system == "traditional":
            return "n-"
        if system == "passport":
            return "n"
        return "n'"
    return "n"
