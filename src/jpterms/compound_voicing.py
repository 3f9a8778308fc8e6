"""Voicing in compounds (rendaku): the second part of a compound or a name whose first
sound voices after the word before it (仲 + 通り *nakadōri*, 追分 + 口 *oiwakeguchi*,
瑞雲 + 山 *zuiunzan* after ん, 国立国語 + 研究所 *kenkyūjo*), a temple's 寺 *dera*, and
新田 *shinden* after a place, the reclaimed fields it is named after.

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`CompoundVoicing`
(``resolver.voicing``) for the rules that ask its dictionaries; :func:`temple_voiced`
is a function of the units alone. :func:`voiced_pair` and :func:`voiced_start` tell the
resolver where two readings differ by a voiced sound, and :func:`rendaku_parts` and
:func:`name_endings` are the tables of parts that voice.

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("仲通り"), r.romanize("花田信号所"), r.romanize("赤門寺")
('Nakadōri', 'Hanada shingōjo', 'Akamondera')
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from jpterms.division import rules as _rules
from jpterms.kana import has_kanji, is_kanji, to_hiragana, to_katakana
from jpterms.morpheme_tests import GIVEN, hira
from jpterms.reading_parts import VOICINGS

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver

__all__ = ["CompoundVoicing", "name_endings", "rendaku_parts", "temple_voiced",
           "voiced_pair", "voiced_start"]


@cache
def rendaku_parts() -> dict[str, dict[str, str]]:
    """part -> {plain reading: voiced reading}, for the parts JMdict's compounds voice
    (``data/rendaku.tsv``, rebuilt by ``tests/data/rendaku/make_rendaku.py``).

    >>> rendaku_parts()["通り"]["とおり"]
    'どおり'
    """
    from jpterms.package_data import read_text

    table: dict[str, dict[str, str]] = {}
    for line in read_text("rendaku.tsv").splitlines():
        if line and not line.startswith("#"):
            part, plain, voiced, *_ = line.split("\t")
            table.setdefault(part, {})[plain] = voiced
    return table


@cache
def name_endings() -> dict[str, tuple[str, str]]:
    """word -> (plain reading, voiced reading), for the words that names of things voice
    at their end (``data/name_endings.tsv``, rebuilt by
    ``tests/data/rendaku/make_name_endings.py``).

    >>> name_endings()["信号所"]
    ('しんごうしょ', 'しんごうじょ')
    """
    from jpterms.package_data import read_text

    table: dict[str, tuple[str, str]] = {}
    for line in read_text("name_endings.tsv").splitlines():
        if line and not line.startswith("#"):
            word, plain, voiced, *_ = line.split("\t")
            table[word] = (plain, voiced)
    return table


def voiced_pair(plain: str, voiced: str) -> bool:
    """Whether ``voiced`` is ``plain`` with one kana after the first voiced (しょ, じょ).

    >>> voiced_pair("りょうきんしょ", "りょうきんじょ"), voiced_pair("かわ", "がわ")
    (True, False)
    """
    if len(plain) != len(voiced):
        return False
    diff = [i for i, (a, b) in enumerate(zip(plain, voiced, strict=True)) if a != b]
    return len(diff) == 1 and diff[0] > 0 and voiced[diff[0]] in VOICINGS.get(
        plain[diff[0]], ())


def voiced_start(plain: str, voiced: str) -> bool:
    """Whether ``voiced`` is ``plain`` with its first kana voiced (しゃ: じゃ, ほう: ぼう).

    >>> voiced_start("しゃ", "じゃ"), voiced_start("ほう", "ぽう"), voiced_start("かわ", "かば")
    (True, True, False)
    """
    return bool(plain) and len(plain) == len(voiced) and plain[1:] == voiced[1:] \
        and voiced[0] in VOICINGS.get(plain[0], ())


def temple_voiced(out: list[Morpheme]) -> list[Morpheme]:
    """A temple's name (a whole input of kanji) whose last unit, 寺, is still read てら
    after a word of kanji is voiced, as a temple's name is (山寺 やまでら): 赤門 + 寺
    Akamondera (was Akamontera).

    >>> from jpterms.morpheme import Morpheme
    >>> [m.kana for m in temple_voiced([Morpheme("赤門", "アカモン", "アカモン", "名詞-普通名詞-一般"),
    ...                                 Morpheme("寺", "テラ", "テラ", "名詞-普通名詞-一般")])]
    ['アカモン', 'デラ']
    """
    if (len(out) < 2 or out[-1].surface != "寺" or out[-1].kana != "テラ"
            or out[-1].locked or out[-1].source == "glossary"
            or not all(is_kanji(ch) for m in out for ch in m.surface)):
        return out
    return [*out[:-1], replace(out[-1], reading="デラ", kana="デラ", alternatives=(
        "てら", *out[-1].alternatives)[:4])]


class CompoundVoicing:
    """The rules of a :class:`~jpterms.readings.ReadingResolver` for the parts of
    compounds and names that voice after the word before them, with the resolver's
    dictionaries (Mozc's costs, JMnedict's given names) where a rule asks them.

    >>> from jpterms.readings import ReadingResolver
    >>> from jpterms.morpheme import Morpheme
    >>> voicing = ReadingResolver().voicing
    >>> [m.kana for m in voicing.voiced_parts([
    ...     Morpheme("追分", "オイワケ", "オイワケ", "名詞-固有名詞-地名-一般"),
    ...     Morpheme("口", "クチ", "クチ", "名詞-普通名詞-一般")])]
    ['オイワケ', 'グチ']
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def voiced_parts(self, out: list[Morpheme]) -> list[Morpheme]:
        """The second parts of compounds and names that voice or change after the word
        before them: 新田 しんでん after a place, a name's ending (研究所 kenkyūjo), the
        parts of data/rendaku.tsv and ``rendaku``, 山 ざん after ん. ``out`` is changed
        in place; the first rule that holds for a unit reads it, and the next unit sees
        it so read."""
        rendaku = _rules()["rendaku"]
        after_n = _rules()["rendaku_after_n"]["words"]
        compounds = rendaku_parts()
        endings = name_endings()
        for k in range(1, len(out)):
            before, word = out[k - 1], out[k]
            if word.surface.startswith(_SHINDEN) and _shinden_after(before, word):
                out[k] = self._new_fields(word)
                continue
            ending = endings.get(word.surface) or self._voiced_twin(word)
            if ending and to_hiragana(word.kana) == ending[0] and _ends_name(before, word):
                out[k] = self._name_ending(word, ending)
                continue
            voiced = rendaku.get(word.surface)
            if voiced and _listed_voices(before, word, voiced[0]):
                # 追分 + 口: one compound, and its second part voices (oiwakeguchi)
                out[k] = replace(word, reading=voiced[1], kana=voiced[1],
                                 role="single_kanji" if not before.proper else "prev")
                continue
            voiced = after_n.get(word.surface)
            if voiced and _voices_after_n(before, word, voiced[0]):
                # 瑞雲 + 山: a Sino-Japanese 山 after ん voices (ずいうんざん), as every one
                # of JMdict's compounds so made does
                out[k] = replace(word, reading=voiced[1], kana=voiced[1],
                                 alternatives=(to_hiragana(voiced[0]), *word.alternatives)[:4])
                continue
            part = compounds.get(word.surface)
            learned = part.get(to_hiragana(word.kana)) if part else None
            if learned and _learned_voices(before, word, out[k - 2] if k >= 2 else None):
                out[k] = self._learned_part(word, learned)
        return out

    def voiced_ending(self, run: list[Morpheme], reading: str) -> bool:
        """Whether ``reading`` of a name of no known kind is its first unit's reading and
        then its last kanji's with the first sound voiced, a compound's (rendaku), where
        JMnedict lists no given name so read: 奈良井 + 川 ならい + がわ, a river, 志和 + 口
        しわ + ぐち, a place; no family name with a given name "Gawa" or "Guchi".

        >>> from jpterms.readings import ReadingResolver
        >>> from jpterms.morpheme import Morpheme
        >>> run = [Morpheme("志和", "シワ", "シワ", "名詞-固有名詞-人名-姓"),
        ...        Morpheme("口", "クチ", "クチ", "名詞-普通名詞-一般")]
        >>> ReadingResolver().voicing.voiced_ending(run, "しわぐち")
        True
        """
        last = run[-1]
        if len(run) != 2 or len(last.surface) != 1:
            return False
        head = hira(run[0])
        tail = reading[len(head):]
        return reading.startswith(head) and voiced_start(hira(last), tail) and not any(
            r == tail and k & GIVEN for r, k in self._resolver.names(last.surface))

    def _new_fields(self, word: Morpheme) -> Morpheme:
        """足立 + 新田, 天真寺 + 新田村: the reclaimed fields a place is named after,
        しんでん (not the family name にった; :func:`_shinden_after`)."""
        kana = _SHINDEN_READ + to_hiragana(word.kana)[len(_NITTA):]
        return replace(word, reading=self._resolver.mark(word.surface, kana),
                       kana=to_katakana(kana), source="jmdict",
                       alternatives=(to_hiragana(word.kana),))

    def _name_ending(self, word: Morpheme, ending: tuple[str, str]) -> Morpheme:
        """国立国語 + 研究所: a word that names of institutes and places voice
        (data/name_endings.tsv, or :meth:`_voiced_twin`) after a word of the name:
        kenkyūjo; ``ending`` is (plain, voiced)."""
        return replace(word, reading=self._resolver.mark(word.surface, ending[1]),
                       kana=to_katakana(ending[1]), alternatives=(
                           ending[0], *(a for a in word.alternatives
                                        if a != ending[1]))[:4])

    def _learned_part(self, word: Morpheme, learned: str) -> Morpheme:
        """仲 + 通り, 責任 + 払い, 空穂 + 舟: a part JMdict's compounds voice (see
        data/rendaku.tsv) after a noun, read ``learned``: なかどおり, せきにんばらい,
        うつぼぶね."""
        plain = to_hiragana(word.kana)
        return replace(word, reading=self._resolver.mark(word.surface, learned),
                       kana=to_katakana(learned),
                       alternatives=(plain, *word.alternatives)[:4])

    def _voiced_twin(self, word: Morpheme) -> tuple[str, str] | None:
        """(plain, voiced) where the dictionaries allow ``word`` (a word of two or more
        kanji) its reading and the same with one later sound voiced, and Mozc writes the
        voiced one more cheaply or alone: 料金所 りょうきんしょ and りょうきんじょ, as the
        toll gates are named (Mozc 7097 against 7746). Used as ``data/name_endings.tsv``
        is, after a word of a name only; JMnedict names too few toll gates (1) to list
        the word there. 製作所 stays せいさくしょ (Mozc: 5480 against 5807)."""
        resolver = self._resolver
        if "mozc" not in resolver.sources or len(word.surface) < 2 or not word.alternatives:
            return None
        plain = to_hiragana(word.kana)
        twins = [a for a in word.alternatives if voiced_pair(plain, a)]
        if not twins:
            return None
        own = resolver.mozc_cost(word.surface, plain)
        costs = [(cost, a) for a in twins
                 if (cost := resolver.mozc_cost(word.surface, a)) is not None
                 and (own is None or cost < own)]
        return (plain, min(costs)[1]) if costs else None


def _listed_voices(before: Morpheme, word: Morpheme, plain: str) -> bool:
    """Whether ``word``, a part of ``rendaku`` in word_division.json read ``plain``, is the
    second part of one compound with ``before``, a noun with a reading (追分 + 口)."""
    return (word.reading == plain and before.pos.startswith("名詞")
            and bool(before.reading) and not word.locked)


def _voices_after_n(before: Morpheme, word: Morpheme, plain: str) -> bool:
    """Whether ``word``, a part of ``rendaku_after_n`` in word_division.json that UniDic
    read ``plain``, follows a noun or a prefix (not a numeral, nor one the glossary
    fixed) that ends in ん (瑞雲 + 山)."""
    return (word.reading == plain and not word.locked
            and word.source == "unidic" and before.source != "glossary"
            and before.pos.startswith(("名詞", "接頭辞"))
            and not before.pos.startswith("名詞-数詞")
            and hira(before).endswith("ん"))


def _learned_voices(before: Morpheme, part: Morpheme, first: Morpheme | None) -> bool:
    """Whether ``part``, a part of data/rendaku.tsv, voices after ``before``
    (:func:`_voices_after`), ``first`` being the unit before that, if any: not after a
    numeral's unit (17 + 日 + 代わり: a date, then another word, not one compound)."""
    return _voices_after(before, part, first) and not (
        first is not None and first.pos.startswith("名詞-数詞"))


#: 新田 after another part of a place's name is the new fields, しんでん, not the family
#: name にった: of JMnedict's places written as something more + 新田, 1,247 end in
#: しんでん and 13 otherwise (にった 3, にいだ 5, にた 2, しんた 2, しんだ 1), counted on
#: jamdict-data 1.5 (JMnedict, CC BY-SA 4.0, EDRDG), the widest margin of any JMdict
#: word whose place-final reading JMnedict also reads otherwise.
_SHINDEN, _SHINDEN_READ, _NITTA = "新田", "しんでん", "にった"


def _shinden_after(before: Morpheme, word: Morpheme) -> bool:
    """Whether ``word`` (新田, or 新田 with a municipality's suffix: 新田村) read にった ends
    a place's name after ``before``, a noun in kanji (足立 + 新田, 天真寺 + 新田村); not after
    a prefix (上 + 新田 is JMnedict's own place) nor a given name's or family name's unit;
    a noun's suffix counts (天真 + 寺 + 新田村)."""
    rest = word.surface[len(_SHINDEN):]
    return (not word.locked and word.source != "glossary"
            and to_hiragana(word.kana).startswith(_NITTA)
            and (not rest or rest in _rules()["admin_suffixes"])
            and before.pos.startswith(("名詞", "接尾辞")) and "人名" not in before.pos
            and has_kanji(before.surface) and before.role != "punct")


def _ends_name(before: Morpheme, word: Morpheme) -> bool:
    """Whether ``word`` (a whole dictionary word) ends a name with the word ``before`` it:
    a noun or a noun's affix before it, neither fixed by the glossary, and the dictionaries
    list the voiced reading as the word's own (研究所 けんきゅうじょ)."""
    return (not word.locked and word.source != "glossary" and word.confidence != "guess"
            and (before.pos.startswith(("名詞", "接尾辞", "接頭辞")) or before.source == "glossary")
            and bool(before.reading or before.surface.isalnum())
            and before.role != "punct" and "jmdict" in word.source.split("+"))


def _voices_after(before: Morpheme, part: Morpheme, first: Morpheme | None = None) -> bool:
    """Whether ``part`` is the second half of a compound with ``before`` that may voice
    it: a common noun UniDic read as the plain word, after a noun that is not a numeral
    (二 + 通り ふたとおり) or a person's name, after a word UniDic calls an adjectival
    noun, written with no な between (朧 + 車 おぼろぐるま), or after a noun's suffix
    written in kanji (塗師 + 屋 + 包丁 ぬしやぼうちょう). Nothing the glossary fixed
    voices, but a common term of the glossary before it is a noun like any other (設置 +
    会社 せっちがいしゃ). ``first``, the unit before ``before``, if any: after it a verb's
    continuative form is a compound's first half too (see :func:`_stem_of_verb`)."""
    return (part.pos.startswith(("名詞-普通名詞", "接尾辞-名詞的", "形状詞-一般"))
            and not part.proper
            and not part.locked and part.source == "unidic" and part.confidence != "guess"
            and (before.pos.startswith(("名詞", "形状詞-一般")) or (
                before.pos.startswith("接尾辞-名詞的-一般") and has_kanji(before.surface))
                 or _stem_of_verb(before, first))
            and not before.pos.startswith("名詞-数詞")
            and "人名" not in before.pos and bool(before.reading)
            and (not before.locked or (before.source == "glossary" and not before.proper))
            and before.role != "punct")


#: The kana a verb's continuative form (連用形) ends in: the い row (込み, 吊し) and, for
#: verbs of one row, the え row (込め, 越え).
_CONTINUATIVE_ENDS = frozenset("いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ")


def _stem_of_verb(m: Morpheme, first: Morpheme | None) -> bool:
    """Whether ``m`` is a verb in its continuative form, the first half of a compound
    noun when a noun follows with nothing between (込め + 不足 こめぶそく, 吊し + 人
    つるしびと), written with kanji and okurigana or in kana alone (あばれ + 凧 あばれだこ:
    of JMdict's compounds of a verb in kana and a part of ``data/rendaku.tsv``, 253 voice
    it and 50 do not, most of those an adjective's いい人 or a verb's 立つ). Not after a
    particle or an auxiliary (``first``), where the verb ends a clause of a sentence and
    the noun begins the next (山に登り + 川を渡る: かわ)."""
    return (m.pos.startswith("動詞") and (has_kanji(m.surface) or len(m.surface) >= 2)
            and m.surface[-1] in _CONTINUATIVE_ENDS and not m.locked
            and not (first is not None and first.pos.startswith(("助詞", "助動詞"))))
