"""A unit read another way because of the units around it, by the tables of
``data/word_division.json``, with no dictionary asked: a conjunction between two nouns
(禁中 + 並 + 公家諸法度 *Kinchū narabini kuge shohatto*), a hill before the word of a
school's or a site's name (辰巳 + 丘 + 高等学校 *Tatsumigaoka*), a word before the last
word of a run (公園 + 前 + 駅), a suffix after a word in katakana or in hiragana (コリント
+ 人 *Korintojin*, むさし + 野 *Musashino*), the papers of a house or a temple (東寺 +
文書 *monjo*), and a letter of the iroha order numbering a class of ships (呂 + 十六 +
型 *ro jūroku-gata*). Each is a pass of :attr:`ReadingResolver._PASSES
<jpterms.readings.ReadingResolver._PASSES>`.

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("禁中並公家諸法度"), r.romanize("東寺文書")
('Kinchū narabini kuge shohatto', 'Tōji monjo')
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from jpterms.division import rules as _rules
from jpterms.kana import is_kanji, mark_long_vowels, to_hiragana, to_katakana
from jpterms.morpheme_tests import HIRAGANA_WORD, KATAKANA_WORD, is_nominal
from jpterms.rule_words import school_words, site_words

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme

__all__ = [
    "after_hiragana",
    "after_katakana",
    "after_person_name",
    "archive_papers",
    "before_last",
    "between_nouns",
    "counter_after_numeral",
    "hill_before_word",
    "iroha_classes",
    "kami_before_shrine",
    "owners_copies",
]


def between_nouns(out: list[Morpheme]) -> list[Morpheme]:
    """A suffix that is a conjunction between two nouns (data/word_division.json
    ``between_nouns``): 禁中 + 並 + 公家諸法度, Kinchū narabini kuge shohatto."""
    table = _rules()["between_nouns"]["words"]
    out = list(out)  # (each change is made in place: one copy, not one per change)
    for k in range(1, len(out) - 1):
        m = out[k]
        read = table.get(m.surface)
        if (read and m.reading == read[0] and m.pos.startswith("接尾辞") and not m.locked
                and m.source != "glossary" and out[k - 1].pos.startswith("名詞")
                and out[k + 1].pos.startswith(("名詞", "接頭辞"))):
            out[k] = replace(m, reading=read[1], kana=read[1], pos=read[2], role="",
                             alternatives=(to_hiragana(m.kana),))
    return out


def hill_before_word(out: list[Morpheme]) -> list[Morpheme]:
    """A suffix UniDic reads the Chinese way after a noun, read as the native word of a
    place's name where a word in kanji follows it in the name of a school or a site that
    is named after its place (data/word_division.json ``hill_before_word``): 金沢 + 辰巳 +
    丘 + 高等学校, Tatsumigaoka (UniDic: キュウ)."""
    table = _rules()["hill_before_word"]["words"]
    if len(out) < 3 or not any(m.surface in table for m in out) or not "".join(
            m.surface for m in out).endswith(school_words() + site_words()):
        return out
    out = list(out)  # (each change is made in place: one copy, not one per change)
    for k in range(1, len(out) - 1):
        m = out[k]
        read = table.get(m.surface)
        if (read and m.kana == read[0] and m.pos.startswith("接尾辞") and not m.locked
                and m.source != "glossary" and out[k - 1].pos.startswith("名詞")
                and is_kanji(out[k + 1].surface[:1])):
            out[k] = replace(m, reading=read[1], kana=read[1],
                             alternatives=(to_hiragana(m.kana),))
    return out


def before_last(out: list[Morpheme]) -> list[Morpheme]:
    """A word read otherwise right before the last word of a run of nouns
    (data/word_division.json ``before_last``): 公園 + 前 + 駅, kōenmae-eki (UniDic: ゼン)."""
    words = _rules()["before_last"]["words"]
    out = list(out)  # (each change is made in place: one copy, not one per change)
    for k in range(1, len(out) - 1):
        table = words.get(out[k + 1].surface)
        m = out[k]
        read = table.get(m.surface) if table else None
        if (read and m.kana == read[0] and not m.locked and m.source != "glossary"
                and out[k - 1].pos.startswith("名詞")
                and (k + 2 == len(out) or not is_nominal(out[k + 2]))):
            out[k] = replace(m, reading=read[1], kana=read[1],
                             alternatives=(to_hiragana(m.kana),))
    return out


def owners_copies(out: list[Morpheme]) -> list[Morpheme]:
    """A copy named after its owner (data/word_division.json ``owners_copies``): 本 after
    a temple, cloister, library or office read ボン and kept so, before any run is
    matched, so that no dictionary word reads the owner and 本 together (観智院 + 本
    Kanchiinbon, not 院本 inpon; 仁和寺 + 本, not JMnedict's place にわじほん). The owner is
    a unit of kanji ending in one of ``owners``, two kanji or more, or one after a noun of
    kanji (観智 + 院 + 本); 本 alone after a lone 寺 or 院 is left alone.

    >>> from jpterms.morpheme import Morpheme
    >>> [m.kana for m in owners_copies([
    ...     Morpheme("高山寺", "コーザンジ", "コウザンジ", "名詞-固有名詞-一般"),
    ...     Morpheme("本", "ホン", "ホン", "名詞-普通名詞-一般")])]
    ['コウザンジ', 'ボン']
    """
    rule = _rules()["owners_copies"]
    word, owners = rule["word"], tuple(rule["owners"])
    out = list(out)  # (each change is made in place: one copy, not one per change)
    for k in range(1, len(out)):
        m, before = out[k], out[k - 1]
        read = word.get(m.surface)
        if not read or to_katakana(m.kana) != read[0] or m.locked or m.source == "glossary":
            continue
        if not (all(map(is_kanji, before.surface)) and before.surface.endswith(owners)):
            continue
        if before.surface in owners and not (
                k >= 2 and out[k - 2].pos.startswith("名詞")
                and all(map(is_kanji, out[k - 2].surface))):
            continue
        # (a suffix joined to its owner, as 文庫本 and 家本 are written: Kōzanjibon)
        out[k] = replace(m, reading=read[1], kana=read[1], locked=True,
                         pos="接尾辞-名詞的-一般", role="prev",
                         alternatives=(to_hiragana(m.kana),))
    return out


def kami_before_shrine(out: list[Morpheme]) -> list[Morpheme]:
    """A kami's name read as the kami, not as a place, right before the word that ends a
    shrine's name (data/word_division.json ``kami_before_shrine``): 八幡 + 神社, Hachiman
    jinja (UniDic: ヤワタ, the city).

    >>> from jpterms.morpheme import Morpheme
    >>> [m.kana for m in kami_before_shrine([
    ...     Morpheme("八幡", "ヤワタ", "ヤワタ", "名詞-固有名詞-地名-一般"),
    ...     Morpheme("神社", "ジンジャ", "ジンジャ", "名詞-普通名詞-一般")])]
    ['ハチマン', 'ジンジャ']
    """
    rule = _rules()["kami_before_shrine"]
    words, ends = rule["words"], rule["ends"]
    out = list(out)  # (each change is made in place: one copy, not one per change)
    for k in range(len(out) - 1):
        m = out[k]
        read = words.get(m.surface)
        if (read and to_katakana(m.kana) == read[0] and out[k + 1].surface in ends
                and not m.locked and m.source != "glossary"):
            out[k] = replace(m, reading=read[1], kana=read[1],
                             alternatives=(to_hiragana(m.kana),))
    return out


def after_person_name(out: list[Morpheme]) -> list[Morpheme]:
    """A word read otherwise right after a person's name (data/word_division.json
    ``after_person_name``): 親鸞 + 聖人, Shinran Shōnin (UniDic: セイジン, a sage).

    >>> from jpterms.morpheme import Morpheme
    >>> [m.kana for m in after_person_name([
    ...     Morpheme("親鸞", "シンラン", "シンラン", "名詞-固有名詞-人名-一般"),
    ...     Morpheme("聖人", "セイジン", "セイジン", "名詞-普通名詞-一般")])]
    ['シンラン', 'ショウニン']
    """
    words = _rules()["after_person_name"]["words"]
    out = list(out)  # (each change is made in place: one copy, not one per change)
    for k in range(1, len(out)):
        m = out[k]
        read = words.get(m.surface)
        if (read and to_katakana(m.kana) == read[0] and "人名" in out[k - 1].pos
                and not m.locked and m.source != "glossary"):
            out[k] = replace(m, reading=mark_long_vowels(read[1]), kana=read[1],
                             alternatives=(to_hiragana(m.kana),))
    return out


def after_katakana(out: list[Morpheme]) -> list[Morpheme]:
    """A suffix or counter read another way after a word in katakana
    (``after_katakana``): コリント + 人 ジン (Korintojin), パッケージ + 間 カン, not マ; and
    after a place's or a country's name in kanji (``after_place``): 亜米利加 + 人 ジン
    (Amerikajin, UniDic's Amerikanin), 京都 + 人 (Kyōtojin). ``out`` is changed in place.

    >>> from jpterms.morpheme import Morpheme
    >>> [m.kana for m in after_katakana([
    ...     Morpheme("独逸", "ドイツ", "ドイツ", "名詞-固有名詞-地名-国"),
    ...     Morpheme("人", "ニン", "ニン", "接尾辞-名詞的-一般")])]
    ['ドイツ', 'ジン']
    """
    katakana = _rules()["after_katakana"]["words"]
    place = _rules()["after_place"]["words"]
    for k in range(1, len(out)):
        before, word = out[k - 1], out[k]
        read = (katakana.get(word.surface) if KATAKANA_WORD.fullmatch(before.surface)
                else place.get(word.surface) if before.pos.startswith(_PLACE)
                else None)
        if (read and to_katakana(word.kana) == read[0] and not word.locked
                and word.source != "glossary"
                and word.pos.startswith(("接尾辞", "名詞-普通名詞-助数詞可能"))):
            out[k] = replace(word, reading=read[1], kana=read[1])
    return out


def counter_after_numeral(out: list[Morpheme]) -> list[Morpheme]:
    """A suffix UniDic reads as a counter after a unit that is no numeral, read as the
    word it is there (``counter_after_numeral``): 日本 + 丸 マル (*Nippon Maru*, a ship;
    UniDic's ガン counts pills). ``out`` is changed in place.

    >>> from jpterms.morpheme import Morpheme
    >>> [m.kana for m in counter_after_numeral([
    ...     Morpheme("日本", "ニホン", "ニホン", "名詞-固有名詞-地名-国"),
    ...     Morpheme("丸", "ガン", "ガン", "接尾辞-名詞的-一般")])]
    ['ニホン', 'マル']
    """
    counters = _rules()["counter_after_numeral"]["words"]
    for k in range(1, len(out)):
        word, before = out[k], out[k - 1]
        read = counters.get(word.surface)
        if (read and to_katakana(word.kana) == read[0] and not word.locked
                and word.source != "glossary" and word.pos.startswith("接尾辞")
                and before.pos.startswith("名詞") and not before.pos.startswith("名詞-数詞")
                and not before.surface.isdigit()):
            out[k] = replace(word, reading=read[1], kana=read[1],
                             alternatives=(to_hiragana(read[0]), *word.alternatives)[:4])
    return out


#: UniDic's part of speech of a place's or a country's name (京都, 米国, 独逸, 亜米利加).
_PLACE = "名詞-固有名詞-地名"


def after_hiragana(out: list[Morpheme]) -> list[Morpheme]:
    """A suffix read another way after a word in hiragana (``after_hiragana``): むさし +
    野, a place, の (Musashino), as つくし野 and あざみ野 are. ``out`` is changed in
    place."""
    hiragana = _rules()["after_hiragana"]["words"]
    for k in range(1, len(out)):
        read = hiragana.get(out[k].surface)
        if (read and to_katakana(out[k].kana) == read[0] and not out[k].locked
                and out[k].source != "glossary" and out[k].pos.startswith("接尾辞")
                and HIRAGANA_WORD.fullmatch(out[k - 1].surface)):
            out[k] = replace(out[k], reading=read[1], kana=read[1],
                             alternatives=(to_hiragana(read[0]),))
    return out


def archive_papers(out: list[Morpheme]) -> list[Morpheme]:
    """The papers of a house, temple or shrine read the old way (data/word_division.json
    ``archive_words``): 阿部家 + 文書, 東寺 + 文書, 高山寺 + 典籍 + 文書 monjo, not bunsho.
    ``out`` is changed in place.

    >>> from jpterms.morpheme import Morpheme
    >>> [m.kana for m in archive_papers([Morpheme("東寺", "トージ", "トウジ", "名詞-固有名詞-一般"),
    ...     Morpheme("文書", "ブンショ", "ブンショ", "名詞-普通名詞-一般")])]
    ['トウジ', 'モンジョ']
    """
    archive = _rules()["archive_words"]
    for k in range(1, len(out)):
        old = archive["words"].get(out[k].surface)
        if old and not out[k].locked and out[k].source != "glossary" and _archive_owner(
                out, k, archive):
            # 阿部家 + 文書, 東寺 + 文書, 高山寺 + 典籍 + 文書: a house's or temple's
            # papers, monjo
            out[k] = replace(out[k], reading=old, kana=old, source="unidic",
                             alternatives=(to_hiragana(out[k].kana),))
    return out


def _archive_owner(out: list[Morpheme], k: int, archive: dict[str, Any]) -> bool:
    """Whether the word at ``k`` (文書) names the papers of an owner: a name, or a house,
    temple or shrine, right before it (阿部家 + 文書, 東寺 + 文書) or before one of the
    words that tell which of its papers (data/word_division.json ``archive_words``
    ``between``): 高山寺 + 典籍 + 文書 Kōzanji tenseki monjo, 山県有朋 + 関係 + 文書 Yamagata
    Aritomo kankei monjo. Not 会議 + 関係 + 文書, a meeting's documents today."""
    def owner(m: Morpheme) -> bool:
        return m.proper or m.surface.endswith(tuple(archive["owners"]))

    before = out[k - 1]
    if owner(before):
        return True
    return k >= 2 and before.surface in archive["between"] and owner(out[k - 2])


def iroha_classes(out: list[Morpheme]) -> list[Morpheme]:
    """A letter of the iroha order numbering a class of ships (data ``iroha_classes``) read
    as the letter: 呂 + 十六 + 型 ro jūroku-gata, 波 + 号 ha-gō (UniDic: ryo, nami), where
    号 follows it or numerals do that 型 or 号 ends; nothing the glossary fixed.

    >>> from jpterms.morpheme import Morpheme
    >>> [m.kana for m in iroha_classes([Morpheme("呂", "リョ", "リョ", "名詞-普通名詞-一般"),
    ...     Morpheme("十六", "ジュウロク", "ジュウロク", "名詞-数詞"),
    ...     Morpheme("型", "ガタ", "ガタ", "接尾辞-名詞的-一般")])]
    ['ロ', 'ジュウロク', 'ガタ']
    """
    table = _rules()["iroha_classes"]
    letters, after = table["letters"], tuple(table["after"])
    for k, m in enumerate(out[:-1]):
        read = letters.get(m.surface)
        if read is None or m.kana == read or m.locked or m.source == "glossary":
            continue
        e = k + 1
        while e < len(out) and out[e].pos.startswith("名詞-数詞"):
            e += 1
        if e < len(out) and out[e].surface in after and (e > k + 1 or out[e].surface == "号"):
            out[k] = replace(m, reading=read, kana=read, alternatives=(to_hiragana(m.kana),))
    return out
