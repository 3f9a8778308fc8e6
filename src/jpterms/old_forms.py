"""Old kanji forms (舊字體: 經, 學, 國, 眞) and the modern forms the dictionaries list.

The romaniser reads every text in modern forms, so the table is needed for every input:
it ships as ``jpterms/data/old_forms.tsv`` (475 rows) rather than being derived from
pykakasi and KANJIDIC2 at run time, and reading it opens no dictionary.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import cache

from jpterms.kana import is_ideograph

__all__ = ["build", "historical_kana", "katakana_okurigana", "odd_rows", "old_forms",
           "small_tsu", "small_tsu_katakana"]

#: One analysed token: its surface and UniDic's features (pos1..4, cType, cForm, lForm,
#: lemma, ...), as MeCab gives them.
Analysed = tuple[str, Sequence[str]]


def old_forms() -> dict[int, str]:
    """Old kanji forms to the modern forms the dictionaries know, as a translate table:
    the small table shipped in ``jpterms/data/old_forms.tsv`` (see :func:`build`),
    so that romanising a short text need not open the reading index.

    >>> "一切經音義".translate(old_forms())
    '一切経音義'
    """
    from jpterms.package_data import read_char_table

    return read_char_table("old_forms.tsv")


def build(db: str | None = None) -> dict[str, str]:
    """Old kanji forms and the modern forms the dictionaries read them by (經 → 経, 錄 → 録,
    淸 → 清). Three sources, each kept where it leads from a kanji outside the jōyō and
    jinmeiyō lists to one in them (KANJIDIC2's grades), so 島 never turns into 嶋:

    * pykakasi's variant (itaiji) table;
    * KANJIDIC2's variant cross-references (by Unicode or JIS X 0208 code) of kanji it
      lists as jinmeiyō old forms (grade 10) or not at all, where the pair share a reading
      and JMdict and JMnedict write the old form in under half as many words as the new
      (涌 has places of its own, 涌谷 Wakuya: it is not read as 湧);
    * ``jpterms/data/old_forms_curated.tsv``: old forms of the 1946–49 character-form
      reform that neither lists (淸, 說, 彥, 靑), as the Tōyō kanji jitaihyō pairs them.

    This is how ``jpterms/data/old_forms.tsv`` is made; it is not run at start-up."""
    import pickle
    import sqlite3
    from collections import Counter
    from importlib import resources

    from jpterms.package_data import read_text

    raw = resources.files("pykakasi").joinpath("data/itaijidict4.db").read_bytes()
    table = pickle.loads(raw)  # a str.translate table of code points, shipped by pykakasi
    if db is None:
        from jpterms.reading_index import database

        db = database()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        grade = {str(c): str(g) for (c, g) in conn.execute(
            "SELECT literal, grade FROM character")}
        by_jis = {_jis(v): str(c) for (c, v) in conn.execute(
            "SELECT c.literal, p.value FROM codepoint p JOIN character c ON c.ID = p.cid "
            "WHERE p.cp_type = 'jis208'")}
        variants = list(conn.execute(
            "SELECT c.literal, v.var_type, v.value FROM variant v "
            "JOIN character c ON c.ID = v.cid WHERE v.var_type IN ('ucs', 'jis208')"))
        on: dict[str, set[str]] = {}
        for literal, value in conn.execute(
                "SELECT c.literal, r.value FROM reading r JOIN rm_group g ON g.ID = r.gid "
                "JOIN character c ON c.ID = g.cid WHERE r.r_type IN ('ja_on', 'ja_kun')"):
            on.setdefault(str(literal), set()).add(str(value).split(".")[0].strip("-"))
        used: Counter[str] = Counter()
        for (text,) in conn.execute("SELECT text FROM Kanji UNION ALL SELECT text FROM NEKanji"):
            used.update(set(str(text)))
    finally:
        conn.close()
    modern = {c for c, g in grade.items() if g in _MODERN_GRADES}
    joyo = {c for c, g in grade.items() if g in _MODERN_GRADES - {"9"}}
    out: dict[str, str] = {}
    for k, v in table.items():
        if not isinstance(k, int) or v is None:
            continue
        old, new = chr(k), (v if isinstance(v, str) else chr(v))
        if len(new) == 1 and new in joyo and old not in joyo and (
                not on.get(old) or on[old] & on.get(new, set())):
            out[old] = new  # sharing a reading where KANJIDIC2 reads both: 擧 is 挙, not 拳
    targets: dict[str, set[str]] = {}
    for literal, var_type, value in variants:
        old = str(literal)
        new = chr(int(value, 16)) if var_type == "ucs" else by_jis.get(_jis(value), "")
        if (new and new != old and new in joyo and old not in out
                and grade.get(old, "None") in ("10", "None") and 2 * used[old] < used[new]
                and (not on.get(old) or on[old] & on.get(new, set()))):
            targets.setdefault(old, set()).add(new)
    out.update({old: new.pop() for old, new in targets.items() if len(new) == 1})
    for line in read_text("old_forms_curated.tsv").splitlines():
        if line and not line.startswith("#"):
            old, new = line.split("\t")[:2]
            if new in modern and old not in modern:
                out.setdefault(old, new)
    return out


#: KANJIDIC2 grades of the kanji a modern dictionary writes: jōyō (1–6, 8), jinmeiyō (9).
_MODERN_GRADES = frozenset({"1", "2", "3", "4", "5", "6", "8", "9"})


def _jis(code: object) -> tuple[int, ...]:
    """A JIS X 0208 code as KANJIDIC2 writes it, ``1-24-6`` or ``1-24-06``, as numbers."""
    return tuple(int(part) for part in str(code).split("-"))


def small_tsu(text: str, analyse: Callable[[str], list[Analysed]]) -> str:
    """``text`` with the small っ that pre-war kana write full size (居つた, 買つて, 立つて,
    思つた) made small, where UniDic's analysis says so: its reading of the written つ
    makes no grammar (the colloquial auxiliary つう "that is" before た, a verb's plain
    form before the past た or the conjunctive て, an unknown character), and its
    reading with っ makes the つ the sound change of a verb or adjective before た or
    て (促音便), or an adverb. かつて "formerly" (an adverb) and 保つため (a verb
    before a noun) stay as they are.

    >>> from jpterms.mecab_rows import analysed
    >>> small_tsu("居つた", analysed), small_tsu("立つて居る", analysed)
    ('居った', '立って居る')
    >>> small_tsu("かつて", analysed), small_tsu("平和を保つため", analysed)
    ('かつて', '平和を保つため')
    """
    tokens = analyse(text)
    wrong: list[int] = []
    at = 0
    for k, (surface, _) in enumerate(tokens):
        end = at + len(surface)
        for i in range(at, end):
            if text[i] == "つ" and i + 1 < len(text) and text[i + 1] in "たて" and i > 0 \
                    and _no_grammar(tokens, k, i - at):
                wrong.append(i)
        at = end
    if not wrong:
        return text
    small = "".join("っ" if i in wrong else ch for i, ch in enumerate(text))
    kept: set[int] = set()
    at = 0
    for surface, fields in analyse(small):
        end = at + len(surface)
        kept.update(i for i in wrong if at < i < end and _sound_change(fields))
        at = end
    return "".join("っ" if i in kept else ch for i, ch in enumerate(text))


@cache
def _okurigana_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compiled on first use (their kanji classes cost ~10 ms of start-up to compile):
    a one-kana particle in katakana between two kanji, the mark of text written in kanji
    and katakana alone (教育ニ関スル勅語), not ノ, ガ or ケ, which place names write so
    (三ノ宮, 霞ガ関); a kanji; a katakana run after a kanji with no long mark (a loanword's
    ー): kana such text writes as a particle or an inflection."""
    kanji = "[\u3400-\u9fff\uf900-\ufaff々]"
    return (re.compile(f"{kanji}[ハニヲヘ]{kanji}"), re.compile(kanji),
            re.compile(f"(?<={kanji})[\u30a1-\u30f6]+"))


@cache
def _any_hiragana() -> re.Pattern[str]:
    """Any hiragana (compiled on first use, as :func:`_katakana_tsu`)."""
    return re.compile("[\u3041-\u3096]")


def katakana_okurigana(text: str, analyse: Callable[[str], list[Analysed]]) -> str:
    """``text`` written in kanji and katakana alone, as laws, rescripts and treaties were
    until 1946 (教育ニ関スル勅語, 日本国ニ於ケル英国臣民ノ権利ニ関スル条約), with the
    katakana that stand for particles and inflections in hiragana, which UniDic reads as
    grammar (ニ関スル: に + 関する, not ニ + 関 + スル). Only where the text has no hiragana
    and a one-kana particle stands between two kanji (国ニ関, 皇ハ神); each katakana run
    after a kanji is changed only where UniDic reads it, so written, as particles,
    auxiliaries, dependent verbs or a kanji's own inflection. A loanword stays
    (東京ガス), and so do place names (三ノ宮: ノ alone is no sign of such text).

    >>> from jpterms.mecab_rows import analysed
    >>> katakana_okurigana("教育ニ関スル勅語", analysed)
    '教育に関する勅語'
    >>> katakana_okurigana("東京ガス", analysed), katakana_okurigana("一ノ瀬ブログ", analysed)
    ('東京ガス', '一ノ瀬ブログ')
    """
    particle, kanji, after_kanji = _okurigana_patterns()
    if particle.search(text) is None or _any_hiragana().search(text) is not None:
        return text
    from jpterms.kana import to_hiragana

    runs = [(m.start(), m.end()) for m in after_kanji.finditer(text)]
    converted = list(text)
    for start, end in runs:
        converted[start:end] = to_hiragana(text[start:end])
    spans: list[tuple[int, int, Sequence[str]]] = []
    at = 0
    for surface, fields in analyse("".join(converted)):
        spans.append((at, at + len(surface), fields))
        at += len(surface)
    out = list(text)
    for start, end in runs:
        over = [(a, b, f) for a, b, f in spans if a < end and b > start]
        if all(kanji.search(text, a, b) is not None or _grammar(f) for a, b, f in over):
            out[start:end] = converted[start:end]
            continue
        voiced = _voiced_grammar(text, converted, start, end, analyse)
        if voiced is not None:
            out[start:end] = list(voiced)
    return "".join(out)


#: Kana and their voiced forms, which text written in kanji and katakana alone left out
#: (スヘキ for すべき, ナラス for ならず): :func:`_voiced_grammar` tries them.
_LEFT_UNVOICED = dict(zip("かきくけこさしすせそたちつてとはひふへほ",
                   "がぎぐげござじずぜぞだぢづでどばびぶべぼ", strict=True))
#: The longest katakana run whose voiced forms are tried, and how many kana of it at most
#: are voiced.
_UNVOICED_RUN, _UNVOICED_KANA = 6, 2


def _voiced_grammar(text: str, converted: list[str], start: int, end: int,
                    analyse: Callable[[str], list[Analysed]]) -> str | None:
    """The katakana run ``text[start:end]`` of text written in kanji and katakana alone
    (see :func:`katakana_okurigana`), in hiragana with the voicing marks such text left
    out, where UniDic reads it so, and not as written, as grammar or a kanji's own
    inflection: スヘキ すべき (す + べき, not the verb すへ + き); one or two kana voiced,
    the fewest first, so that a run UniDic reads as grammar with fewer marks is taken
    so (為スヘカラス なすべからす: the ず's mark stays out). None where no such form is
    grammar. (Development: 商法中署名スヘキ場合ニ関スル法律 right that was wrong, no
    other row changed.)

    >>> from jpterms.mecab_rows import analysed
    >>> katakana_okurigana("商法中署名スヘキ場合ニ関スル法律", analysed)
    '商法中署名すべき場合に関する法律'
    """
    run = converted[start:end]
    places = [i for i, ch in enumerate(run) if ch in _LEFT_UNVOICED]
    if end - start > _UNVOICED_RUN or not places:
        return None
    kanji = _okurigana_patterns()[1]
    for count in range(1, _UNVOICED_KANA + 1):
        for chosen in itertools.combinations(places, count):
            form = [(_LEFT_UNVOICED[ch] if i in chosen else ch) for i, ch in enumerate(run)]
            trial = "".join(converted[:start] + form + converted[end:])
            at = 0
            fits = True
            for surface, fields in analyse(trial):
                a, b = at, at + len(surface)
                at = b
                if a < end and b > start and kanji.search(trial, a, b) is None \
                        and not _grammar(fields):
                    fits = False
                    break
            if fits:
                return "".join(form)
    return None


def _grammar(fields: Sequence[str]) -> bool:
    """Whether UniDic's features are those of a particle, an auxiliary or a dependent
    verb or adjective (して, ある): grammar, not a word of its own."""
    pos1 = fields[0] if fields else ""
    return pos1 in ("助詞", "助動詞") or (
        pos1 in ("動詞", "形容詞") and len(fields) > 1 and fields[1] == "非自立可能")


@cache
def _katakana_tsu() -> re.Pattern[str]:
    """A katakana word with a full-size ツ before a consonant, where the old usage wrote
    the small ッ so (トロツコ, ラツパ, スケツチ); compiled on first use."""
    return re.compile("[\u30a1-\u30fa\u30fc]+ツ[\u30ab-\u30c9\u30cf-\u30dd][\u30a1-\u30fa\u30fc]*")


def small_tsu_katakana(text: str, cost: Callable[[str], int | None]) -> str:
    """``text`` with each katakana word that pre-war usage spells with a full-size ツ
    (トロツコ, ラツパ, スケツチ) written with the small ッ, where the dictionary lists the
    word so and likes it better than as written (``cost``: a dictionary's cost of a word,
    None where it lists none). スーツケース and マツタケ stay: written so, they are words.

    >>> costs = {"トロッコ": 5605, "トロツコ": 8864, "スーツケース": 5156}
    >>> small_tsu_katakana("トロツコ", costs.get), small_tsu_katakana("スーツケース", costs.get)
    ('トロッコ', 'スーツケース')
    """
    def small(match: re.Match[str]) -> str:
        word = match.group()
        new = re.sub("(?<=.)ツ(?=[\u30ab-\u30c9\u30cf-\u30dd])", "ッ", word)
        listed = cost(new)
        old = cost(word)
        return new if listed is not None and (old is None or listed < old) else word

    return _katakana_tsu().sub(small, text)


def _no_grammar(tokens: list[Analysed], k: int, offset: int) -> bool:
    """Whether UniDic's token ``k``, whose character ``offset`` is a つ before た or て,
    reads it so that the text makes no grammar: an unknown character; the colloquial
    auxiliary つう (居 + つ + た); a verb's plain form before た, て or たい (立つ + て,
    まつ + たく); a noun before the past た, the desiderative たい or the particle て
    (こつ + た, いつ + たい, やつ + て); a noun つた "ivy" or つて "connection" right
    after a one-kanji noun that is a verb's stem (曇 + つた, 違 + つて)."""
    surface, fields = tokens[k]
    pos1 = fields[0]
    if pos1 in ("記号", "補助記号") or len(fields) < 10:
        return True
    if pos1 == "助動詞" and fields[7] == "つう" and surface == "つ":
        return True
    if offset == 0 and k > 0 and surface in ("つた", "つて"):
        before, features = tokens[k - 1]
        return len(before) == 1 and features[0] == "名詞" and is_ideograph(before)
    after = tokens[k + 1][1] if k + 1 < len(tokens) else None
    if offset != len(surface) - 1 or after is None or len(after) < 8:
        return False
    if pos1 in ("動詞", "形容詞"):
        return fields[5].startswith(("終止形", "連体形")) and after[7] in ("た", "て", "たい", "たり")
    if pos1 in ("名詞", "代名詞", "接尾辞", "副詞"):
        return (after[0] == "助動詞" and after[7] in ("た", "たい")) or (
            after[1] == "副助詞" and after[7] == "って")
    return False


def _sound_change(fields: Sequence[str]) -> bool:
    """A verb's, adjective's or auxiliary's sound-changed form before た or て (言っ, 立っ,
    なかっ), or an adverb (まったく)."""
    form = fields[5] if len(fields) > 5 else ""
    return (fields[0] in ("動詞", "形容詞", "助動詞") and "促音便" in form) or fields[0] == "副詞"


#: Hiragana the historical kana usage (歴史的仮名遣) writes where today's usage writes
#: another: ゐ, ゑ and を anywhere in a word, は, ひ, ふ, へ and ほ after a word's first
#: kana (あひだ あいだ, いはほ いわお, 恋ひ歌 こいうた).
_OLD_KANA = {"ゐ": "い", "ゑ": "え", "を": "お", "は": "わ", "ひ": "い", "ふ": "う", "へ": "え",
             "ほ": "お"}
_OLD_AT_START = frozenset("ゐゑを")
#: UniDic's parts of speech of a word a historical spelling may stand for.
_CONTENT_POS = ("名詞", "動詞", "形容詞", "副詞", "形状詞", "連体詞")
#: UniDic's parts of speech of a one-kana token that is grammar, not a sign of a word
#: cut apart (の, た, し of する, お of お茶, さ of 高さ), or a symbol: a particle a manual
#: quotes (は + を使って).
_ONE_KANA_GRAMMAR = ("助詞", "助動詞", "動詞", "接頭辞", "接尾辞", "記号")
#: The prefixes written in one kana today (お茶, ご飯, み心); any other (the ふ of
#: かげろ + ふ + 日記) is a piece of a word cut apart.
_KANA_PREFIXES = frozenset("おごみ")
#: At most this many old kana are tried at once (each subset of them is read again).
_OLD_KANA_TRIED = 4
_VOICED_KANA = frozenset("がぎぐげござじずぜぞだぢづでどばびぶべぼ")
_VOICED = str.maketrans("ガギグゲゴザジズゼゾダヂヅデドバビブベボ", "カキクケコサシスセソタチツテトハヒフヘホ")


def historical_kana(text: str, tokens: list[Analysed],
                    analyse: Callable[[str], list[Analysed]]) -> str:
    """``text`` with the kana of a word spelled in the historical usage that UniDic does
    not list so (it lists おもひ, かはづ, けふ) in today's usage, where UniDic's analysis
    of ``tokens`` (``text`` as MeCab reads it) cuts the word into pieces that make no
    sense, and today's spelling is one word of fewer pieces: 海やまのあひだ (あ, a filler,
    + ひだ, a fold) is 海やまのあいだ, *Umiyama no aida*; 北野をどり (を + どり, a voiced
    form of 取る after a particle) is 北野おどり, *Kitano odori*; ゐなか教師 *inaka kyōshi*.
    Each changed kana lies inside one word of today's spelling (a noun, a verb, an
    adjective or an adverb), and only ゐ, ゑ and を begin one: the は of 庭にはならない
    stays a particle, as nothing around it is cut apart.

    >>> from jpterms.mecab_rows import analysed
    >>> historical_kana("海やまのあひだ", analysed("海やまのあひだ"), analysed)
    '海やまのあいだ'
    >>> historical_kana("ここにはない", analysed("ここにはない"), analysed)
    'ここにはない'
    """
    odd = _odd_spans(tokens)
    if not odd and "ゐ" not in text and "ゑ" not in text:
        return text
    at = 0
    odd_chars: set[int] = set()
    for k, (surface, _) in enumerate(tokens):
        if k in odd:
            odd_chars.update(range(at, at + len(surface)))
        at += len(surface)
    places = [i for i, ch in enumerate(text) if ch in _OLD_KANA and _may_be_old(text, i) and (
        ch in "ゐゑ" or any(j in odd_chars for j in _kana_run(text, i)))]
    if not places or len(places) > _OLD_KANA_TRIED:
        return text
    best, best_size = text, len(tokens)
    for size in range(1, len(places) + 1):
        for chosen in itertools.combinations(places, size):
            modern = "".join(_OLD_KANA[ch] if i in chosen else ch for i, ch in enumerate(text))
            read = analyse(modern)
            if len(read) < best_size and len(_odd_spans(read)) < len(odd) + any(
                    ch in "ゐゑ" for ch in text) and _inside_words(text, read, chosen):
                best, best_size = modern, len(read)
    return best


def odd_rows(rows: list[str]) -> bool:
    """Whether MeCab's rows (``surface<TAB>features``) hold a token :func:`_odd_spans` may
    take for a piece of a word cut apart: a kana of its own that is no grammar (or an old
    kana a suffix, :func:`_odd_kana`), a particle を after the genitive の, or a verb that
    begins with a voiced kana. A quick look at the
    surfaces and parts of speech, so that :func:`historical_kana` reads no other text
    (almost none is odd): one search of the rows joined (:func:`_odd_row`), as a walk of
    them row by row would find them (tested).

    >>> odd_rows(["海\\t名詞", "やま\\t名詞", "の\\t助詞,格助詞", "あ\\t感動詞", "ひだ\\t名詞"])
    True
    >>> odd_rows(["庭\\t名詞", "に\\t助詞,格助詞", "は\\t助詞,係助詞", "なら\\t助動詞"])
    False
    """
    return _odd_row().search("\n" + "\n".join(rows)) is not None


@cache
def _odd_row() -> re.Pattern[str]:
    """A row :func:`odd_rows` looks for, each after a line break: を after a row of the
    genitive の; one hiragana with no features or none of :data:`_ONE_KANA_GRAMMAR`; one
    hiragana a prefix but none of :data:`_KANA_PREFIXES`; one old kana a suffix (笑 + ふ);
    a verb of two characters or more beginning with one of :data:`_VOICED_KANA`."""
    grammar = "|".join(map(re.escape, _ONE_KANA_GRAMMAR))
    prefixes = "".join(sorted(_KANA_PREFIXES))
    voiced = "".join(sorted(_VOICED_KANA))
    old_kana = "".join(sorted(_OLD_KANA))
    return re.compile(
        "\nの\t助詞,格助詞[^\n]*\nを(?:[\t\n]|\\Z)"
        f"|\n[\u3041-\u3096](?:\n|\\Z|\t(?!{grammar}))"
        f"|\n(?![{prefixes}])[\u3041-\u3096]\t接頭辞"
        f"|\n[{old_kana}]\t接尾辞"
        f"|\n[{voiced}][^\t\n]+\t動詞")


def _odd_kana(kana: str, pos: str) -> bool:
    """Whether a token of one hiragana ``kana`` whose part of speech is ``pos`` may be a
    piece of a word cut apart: no grammar (the filler あ of あ + ひだ), a prefix not
    written in one kana today (the ふ of かげろ + ふ + 日記), or a suffix that is an old
    kana (the ふ of 笑 + ふ, a verb UniDic lists only as 笑う)."""
    return not pos.startswith(_ONE_KANA_GRAMMAR) or (
        pos == "接頭辞" and kana not in _KANA_PREFIXES) or (
        pos == "接尾辞" and kana in _OLD_KANA)


def _kana_run(text: str, i: int) -> range:
    """The places of the run of hiragana around place ``i`` of ``text`` (をみなへし), with
    the character before it (恋 of 恋ひ歌)."""
    start = end = i
    while start and _hiragana(text[start - 1]):
        start -= 1
    while end + 1 < len(text) and _hiragana(text[end + 1]):
        end += 1
    return range(max(start - 1, 0), end + 1)


def _hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u3096"


def _may_be_old(text: str, i: int) -> bool:
    """Whether the kana at ``i`` may be a historical spelling: ゐ, ゑ anywhere; を, は, ひ,
    ふ, へ, ほ only after a kana or a kanji (を too: at a text's start, where the manuals of
    the corpus quote a symbol before it, it is left alone)."""
    if text[i] in "ゐゑ":
        return True
    before = text[i - 1] if i else ""  # (を too: a text begins with no particle を)
    return bool(before) and ("\u3041" <= before <= "\u3096" or is_ideograph(before))


def _odd_spans(tokens: list[Analysed]) -> list[int]:
    """The tokens of UniDic's analysis that show a word cut apart: a kana of its own that
    is no grammar (the filler あ of あ + ひだ, the numeral ひ of 恋 + ひ + 歌, the adverb
    ほ of い + は + ほ), or a verb's voiced form that only the second half of a compound
    takes, right after a particle (を + どり, 取る)."""
    out: list[int] = []
    for k, (surface, fields) in enumerate(tokens):
        if surface == "を" and k and tokens[k - 1][0] == "の" and tokens[k - 1][1][1] == "格助詞":
            out.append(k)  # (a particle を follows no genitive の: ゆめのをはり)
        elif len(surface) == 1 and "\u3041" <= surface <= "\u3096":
            if _odd_kana(surface, fields[0]):
                out.append(k)
        elif (k and fields[0] == "動詞" and len(fields) > 19 and fields[19][:1] != fields[6][:1]
              and _plain(fields[19][:1]) == fields[6][:1]
              and tokens[k - 1][1][0] == "助詞"):
            out.append(k)
    return out


def _plain(kana: str) -> str:
    """A voiced katakana as the plain one (ド as ト)."""
    return kana.translate(_VOICED)


def _inside_words(text: str, tokens: list[Analysed], chosen: tuple[int, ...]) -> bool:
    """Whether each kana of ``text`` changed at ``chosen`` lies inside one content word of
    ``tokens`` (the changed text's analysis) of two characters or more, and only ゐ, ゑ or
    を (as い, え, お) begins one."""
    at = 0
    spans = []
    for surface, fields in tokens:
        spans.append((at, at + len(surface), fields[0]))
        at += len(surface)
    for i in chosen:
        for a, b, pos in spans:
            if a <= i < b:
                if b - a < 2 or not pos.startswith(_CONTENT_POS) or (
                        i == a and text[i] not in _OLD_AT_START):
                    return False
                break
    return True
