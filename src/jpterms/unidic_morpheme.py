"""One row of MeCab's output (a surface and its UniDic features) as a :class:`Morpheme`.

UniDic gives each token its orthographic kana and its pronunciation; the pronunciation
says which vowels are long *within* a morpheme (格子 コーシ, kōshi) and which are two
vowels meeting (子牛 コウシ, koushi), so the reading marks only those long
(:func:`unidic_morpheme`). Kana in the historical usage are read as today's (かはづ
カワズ), a particle as it is said (を オ is written ヲ, は ワ), and each morpheme gets the
role by which :func:`jpterms.word_grouping.group_words` joins it to its neighbours (a
suffix, a particle, an auxiliary). Kanji UniDic does not know are read by pykakasi
(:func:`kakasi_reading`), as a guess. :class:`jpterms.romanize.Romanizer` makes each
distinct row a token once, through :func:`unidic_morpheme`.

>>> from jpterms.mecab_rows import rows_of
>>> [unidic_morpheme(*row.split("\\t")).reading for row in rows_of("格子と子牛")]
['コーシ', 'ト', 'コウシ']
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from jpterms.division import as_tuple
from jpterms.division import rules as _rules
from jpterms.kana import (
    LONG_MARK,
    SAID_AS_PARTICLE,
    has_kanji,
    mark_long_vowels,
    to_katakana,
)
from jpterms.mecab_rows import LEMMA, U_VERB, U_VERB_FORMS, feature_fields, is_kana_run
from jpterms.morpheme import Morpheme

if TYPE_CHECKING:
    from jpterms.kakasi_table import KakasiReader

__all__ = ["LONG_PAIRS", "VOWEL_OF", "kakasi_reading", "unidic_morpheme"]

#: Vowel pairs that modified Hepburn writes as one long vowel, when the
#: pronunciation has ー there: (vowel before, kana written) -> long.
LONG_PAIRS = frozenset({("a", "ア"), ("u", "ウ"), ("o", "ウ"), ("o", "オ"), ("e", "エ")})
#: The vowel each katakana ends in (what a following ウ or ー may lengthen).
VOWEL_OF = {
    **{k: "a" for k in "アカサタナハマヤラワガザダバパャァ"},
    **{k: "i" for k in "イキシチニヒミリギジヂビピィ"},
    **{k: "u" for k in "ウクスツヌフムユルグズヅブプュゥヴ"},
    **{k: "e" for k in "エケセテネヘメレゲゼデベペェ"},
    **{k: "o" for k in "オコソトノホモヨロヲゴゾドボポョォ"},
}


def _mark_from_pron(kana: str, pron: str) -> str:
    """Merge the vowels the pronunciation lengthens: キョウギ + キョーギ → キョーギ; and
    read a particle grown into the word as it is said: コンニチハ + コンニチワ → コンニチワ
    (konnichiwa, aruiwa)."""
    if kana == pron:  # (nothing lengthened, no particle: the loop below gives kana back)
        return kana
    if len(kana) != len(pron):
        return mark_long_vowels(kana)
    out: list[str] = []
    prev = ""
    for k, p in zip(kana, pron, strict=True):
        if p == LONG_MARK and (k == LONG_MARK or (prev, k) in LONG_PAIRS):
            out.append(LONG_MARK)
            continue
        if (k, p) in SAID_AS_PARTICLE:
            k = p
        out.append(k)
        prev = VOWEL_OF.get(k, prev if k == LONG_MARK else "")
    return "".join(out)


#: UniDic's conjugation types of the verbs that end in u (:data:`U_VERB`) and of the
#: classical verbs that end so today (思ふ, 食ふ: read おもう, くう)
_U_VERB_TYPES = frozenset({U_VERB, "文語四段-ハ行"})
_HISTORICAL = frozenset(zip("ハヒフヘホヰヱヲ", "ワイウエオイエオ", strict=True))
_ALSO_HISTORICAL = frozenset({("ヂ", "ジ"), ("ヅ", "ズ")})  # beside one of the others only
#: Kana the old usage writes full size where today's is small (なかつた, ちやん, ごつこ)
_FULL_SIZE = frozenset(zip("ツヤユヨ", "ッャュョ", strict=True))
#: A kana of the a row before ウ that today's usage writes in the o row (やう よう, さう そう)
_BEFORE_U = frozenset(zip("カガサザタダナハバパマヤラワ", "コゴソゾトドノホボポモヨロオ",
                          strict=True))


def _historical_kana(kana: str, form: str) -> bool:
    """Whether UniDic's kana spell a word in the historical kana usage that its word
    form (語形) gives in today's: カハヅ for カワズ, オモヒ for オモイ, イフ for イウ, ヤウ
    for ヨウ, チヤン for チャン, ツコ for ッコ. Hepburn and ALA-LC romanise such kana as
    they are read today (Omoide poroporo, Onigokko, Botchan)."""
    if kana == form or len(kana) != len(form):
        return False
    old = False
    for i, (k, f) in enumerate(zip(kana, form, strict=True)):
        if k == f or (k, f) in _ALSO_HISTORICAL:
            continue
        if not ((k, f) in _HISTORICAL or (k, f) in _FULL_SIZE
                or ((k, f) in _BEFORE_U and kana[i + 1 : i + 2] == "ウ")):
            return False
        old = True
    return old


#: Small kana as their full-size ones (ョ as ヨ).
_AS_FULL_SIZE = str.maketrans("ァィゥェォャュョッヮ", "アイウエオヤユヨツワ")


def unidic_morpheme(surface: str, feature_raw: str) -> Morpheme:
    """A morpheme from a UniDic node: a MeCab row's surface and its features, the
    comma-separated fields of ``data/mecabrc``'s output (pos1..4, ..., pron [9], kana
    [17]). The reading is the kana with the vowels the pronunciation lengthens marked
    long; the role says how the morpheme joins its neighbours.

    >>> from jpterms.mecab_rows import rows_of
    >>> m = unidic_morpheme(*rows_of("救う")[0].split("\\t"))
    >>> m.reading, m.kana, m.role
    ('スクウ', 'スクウ', '')
    >>> unidic_morpheme(*rows_of("は")[0].split("\\t")).reading
    'ワ'
    """
    fields = feature_fields(feature_raw)
    pos1 = fields[0]
    pos = "-".join([f for f in fields[:4] if f and f != "*"])
    pron = fields[9] if len(fields) > 17 else ""
    kana = fields[17] if len(fields) > 17 else ""
    if len(fields) > 19 and _historical_kana(kana, fields[19]):
        kana = fields[19]  # かはづ, おもひ: read as today's kana, カワズ, オモイ
    elif (len(fields) > 19 and fields[19] != to_katakana(surface)
          and fields[19] == to_katakana(surface).translate(_AS_FULL_SIZE)):
        # kana written small that UniDic reads as a full-size one (しょう + ず as the
        # verb しよう: Shiyōzu): the kana as written, しょうず Shōzu
        kana = to_katakana(surface)
        pron = ""
    if _place_with_genitive(surface, fields, kana):
        kana, pron = kana[:-1], pron[:-1]  # 甲斐 カイノ + 名都: Kai, not Kaino
    rules = _rules()
    if "・" in surface[1:-1]:
        dotted = _dotted(surface, kana, pos)
        if dotted is not None:  # ダ・ヴィンチ: Da Vinchi (was left in katakana)
            return dotted
    if pos1 in rules["symbol_pos"] and not is_kana_run(surface):
        if has_kanji(surface) and is_kana_run(kana):
            # UniDic knows this kanji only as a character: its reading is a guess.
            return Morpheme(surface, _mark_from_pron(kana, pron), kana, "名詞-普通名詞-一般",
                            confidence="guess")
        return Morpheme(surface, "", "", pos, role="punct")
    if not is_kana_run(kana):
        # Latin letters, digits, and unknown words: kana if the surface is kana; for
        # kanji UniDic does not know, pykakasi's reading (its second source).
        if is_kana_run(surface):
            spelled = to_katakana(surface)
            return Morpheme(surface, mark_long_vowels(spelled), spelled, pos)
        spelled = kakasi_reading(surface)
        return Morpheme(surface, mark_long_vowels(spelled) if spelled else "", spelled, pos,
                        source="pykakasi" if spelled else "", confidence="guess")
    if pos1 in rules["particle_pos"]:
        reading = rules["particle_readings"].get(kana, kana)
        # (UniDic calls たり and だり adverbial particles: 買っ + たり is kattari, one word)
        role = "bound" if surface in rules["bound_particles"] and (
            "接続助詞" in pos or "副助詞" in pos) else ""
        return Morpheme(surface, reading, reading, pos, role=role)
    if fields[4] in _U_VERB_TYPES and fields[5].startswith(U_VERB_FORMS) and kana.endswith("ウ"):
        # a verb's ending u stays a vowel of its own (救う sukuu, 縫う nuu, 言う iu: UniDic
        # spells it as said, ユウ; its lemma form is イウ), never merged into a long vowel
        if (fields[6] != kana and fields[6].endswith("ウ") and len(fields[6]) == len(kana)
                and not is_kana_run(surface)):
            kana = fields[6]
        reading = _mark_from_pron(kana[:-1], pron[:-1]) + "ウ"
    else:
        reading = _mark_from_pron(kana, pron)
    if pos1 in rules["attach_previous"]:
        role = "prev"
    elif pos1 in rules["attach_next"]:
        role = "next"
    elif pos1 in rules["attach_after_inflecting"] and not _free_auxiliary(surface, fields):
        role = "after_inflecting"  # (not the copula: takai desu, iku deshō)
    else:
        role = ""
    proper = pos.startswith(as_tuple("proper_noun_pos"))
    if (pos1 in rules["single_kanji_attach_previous"] and len(surface) == 1
            and "\u4e00" <= surface <= "\u9fff" and pos.startswith("名詞-普通名詞")):
        role = "single_kanji"
    return Morpheme(surface, reading, kana, pos, proper=proper, role=role)


def _place_with_genitive(surface: str, fields: list[str], kana: str) -> bool:
    """Whether UniDic's token is an old province or place it lists with the genitive
    の written into its reading (甲斐 カイノ, 伊勢 イセノ, entries made for 甲斐の国), where
    the name itself reads without it (its lemma reading カイ): before a given name or a
    word that is no 国 the の does not belong (甲斐名都 *Kai Natsu*, not *Kaino*).

    >>> _place_with_genitive("甲斐", "名詞,固有名詞,地名,一般,*,*,カイ".split(","), "カイノ")
    True
    >>> _place_with_genitive("源", "名詞,固有名詞,人名,姓,*,*,ミナモト".split(","), "ミナモトノ")
    False
    """
    return (len(fields) > 6 and fields[2] == "地名" and kana.endswith("ノ")
            and fields[6] + "ノ" == kana and not surface.endswith(("の", "ノ", "之", "乃")))


def _free_auxiliary(surface: str, fields: list[str]) -> bool:
    """Whether an auxiliary is the copula written as a word of its own, even after an
    inflecting word (data ``free_auxiliaries``: 高い + です *takai desu*, 行く + なら *iku
    nara*); a contracted form (っしょ, す: *ikimassho*) stays joined.

    >>> _free_auxiliary("です", ["助動詞"] + ["*"] * 6 + ["です"])
    True
    >>> _free_auxiliary("っしょ", ["助動詞"] + ["*"] * 6 + ["です"])
    False
    """
    return len(fields) > LEMMA and fields[LEMMA] in _rules()["free_auxiliaries"] and \
        surface[:1] in _COPULA_STARTS


#: How the copula's forms begin (だ, だろ, で, でし, でしょ, なら), where a contraction
#: (っしょ, す) does not.
_COPULA_STARTS = frozenset("だでな")


def _dotted(surface: str, kana: str, pos: str) -> Morpheme | None:
    """One token of kana words with middle dots between them (UniDic's ダ・ヴィンチ, read
    ダ・ヴィンチ; an unknown ヨセフ・ナディム), each word romanised apart as the dot
    divides them elsewhere: Da Vinchi. None where a part is no kana."""
    for spelled in (kana, surface):
        parts = spelled.split("・")
        if len(parts) > 1 and all(map(is_kana_run, parts)):
            kata = tuple(to_katakana(part) for part in parts)
            words = tuple(mark_long_vowels(part) for part in kata)
            proper = "固有名詞" in pos
            return Morpheme(surface, "".join(words), " ".join(kata), pos, proper=proper,
                            words=words, capitals=(proper,) * len(words))
    return None



@cache
def _kakasi() -> KakasiReader:
    """pykakasi, made on first need, its kanji table read through jpterms' cache (its
    module and the cache's are imported then too: a text whose every kanji UniDic reads
    never needs them)."""
    from jpterms.kakasi_table import KakasiReader

    return KakasiReader()


def kakasi_reading(surface: str) -> str:
    """pykakasi's katakana reading of an unknown kanji word, or "" (loaded on first need).

    >>> kakasi_reading("東京"), kakasi_reading("ハモンド")
    ('トウキョウ', '')
    """
    return _kakasi().reading(surface)
