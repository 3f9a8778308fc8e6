"""Given names no dictionary lists, read from the readings their kanji take in names: two
kanji read as JMnedict's given names most often begin and end with them (喬裕 たか + ひろ,
not UniDic's たかし + ひろし), or as the likeliest pair of halves in one class of names
(胤重 たねしげ), not mixing the Chinese and the Japanese way (村休 むら + やす); an art name
taken from a studio or a hall (葆斎 ほうさい); one kanji before a listed given name (晨 +
太郎); and a kanji UniDic reads as a whole given name read as names begin or end with it
(勝珉 しょう + びん).

A :class:`~jpterms.person_names.PersonNames` owns one :class:`ComposedGivenNames`
(``persons.composed``) and asks it for the given name after a family name where no
dictionary lists one.

>>> from jpterms.romanize import Romanizer
>>> Romanizer().romanize("今井喬裕")
'Imai Takahiro'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from jpterms.division import rules as _rules
from jpterms.kana import is_kanji, to_hiragana, to_katakana
from jpterms.morpheme_tests import GIVEN, MOZC_PERSON, hira
from jpterms.reading_parts import likeliest_pair, merge_units, on_joined

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver

__all__ = ["ComposedGivenNames", "commonest_halves", "unmixed_halves"]

#: Last kanji of given names whose readings mix on and kun as a rule (恵子 けい + こ).
_MIXING_TAILS = frozenset("子")


class ComposedGivenNames:
    """The rules of a :class:`~jpterms.person_names.PersonNames` that read a given name no
    dictionary lists from the readings its kanji take in JMnedict's given names, with the
    resolver's dictionaries (the counts of JMnedict's name parts, KANJIDIC2, Mozc).

    >>> from jpterms.readings import ReadingResolver
    >>> composed = ReadingResolver().persons.composed
    >>> composed.art_name("葆斎"), composed.paired_name("胤重", "たね", "え")
    ('ほうさい', 'たねしげ')
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def compose(self, given: list[Morpheme], *, whole: bool, rest: bool = False,
                nanori: bool = False, numeral: bool = False) -> Morpheme | None:
        """A two-kanji given name no dictionary lists, read as JMnedict's given names most
        often read its first kanji at the start and its second at the end
        (:meth:`ReadingIndex.name_part_counts`): 喬裕 たか + ひろ, not 喬 たかし + 裕 ひろし;
        猪彦 い + ひこ... Only where each reading has at least two such names, the second
        kanji is no role or suffix (山田孝著, 山田孝氏) and, in running text, UniDic reads
        both kanji as names. A guess, with UniDic's reading as the alternative.

        (Measured on JMnedict's own two-kanji given names, each left out of the counts:
        53% get one of their listed readings, against 32% for UniDic's readings.)

        The two halves are not read one the Chinese way and the other the Japanese way
        (村休 むら + やす, not むら + きゅう; 芳琳 ほう + りん), except before 子, where that is
        the rule (恵子 けい + こ). On JMnedict's given names, left out as above, that is
        neutral (54.1 -> 53.8% of 79,868); on the development names of
        ``tests/data/lookup/wikidata_*.tsv`` it gets 5 more right (4 people of history,
        芳琳, 頼龍), none fewer.

        ``rest`` says the two kanji are all that follows the family name of a whole input
        (宇山 + 久 + 兼, 足利 + 義 + 尊): then the second may be what UniDic calls a suffix,
        and where UniDic's two units already read as the commonest halves, the two do
        not mix as above (清水 + 悠 + 路 ゆう + じ). With ``nanori`` (after a family name of
        two kanji or more), a second kanji that ends no counted given name takes its
        first name reading in KANJIDIC2 (稲葉 + 正往 まさ + みち, 水野 + 忠分 ただ + わけ;
        was "Tadashi ō"); one-kanji family names before two kanji are most often Chinese
        names, read the Chinese way (張世傑 ちょうせいけつ). As ``rest``, the two kanji may
        also spell a rare JMdict word, no common one (大炊御門 + 信経 のぶ + つね, not the
        given name 信 まこと with 経 きょう left over).

        Where UniDic reads the two kanji as one given name of its own (one unit), its
        reading is taken, still a guess: 松平 + 宗発 むねあきら (was Sōhatsu, composed).
        A second kanji that has neither counted name readings nor a nanori takes the
        stem of its first kun reading with okurigana (晙 あき.らか: 勝晙 かつあき).

        Where Mozc lists the two kanji as a given or family name (and as no other word),
        which neither JMdict nor JMnedict does, its cheapest such reading is taken
        instead, still a guess (上田 + 好剛 よしたけ, not
        よし + ごう; 早瀬 + 日如 にちにょ, a monk's name, not ひ + ゆき).
        """
        written = "".join(m.surface for m in given)
        if not self._composable(given, written, whole=whole, rest=rest):
            return None
        listed = self._listed_whole_given(given, written)
        if listed is not None:
            return listed
        heads, tails = self._name_halves(written, nanori=nanori)
        found = commonest_halves(heads, tails)
        if found is None:
            return None
        head, tail = found
        if numeral:
            # a numeral last (美 + 二, 椋 + 十): the first kanji as UniDic reads it, where
            # given names begin so, the numeral as they most often end with it, whether or
            # not the two mix (椋十 むく + じゅう; 美二 び + じ, was "bi ni"); not where given
            # names do not begin so (当百 あたり + ひゃく stays apart, not まさ + も)
            own = hira(given[0])
            if heads.get(own, 0) < 2:
                return None
            return self._guessed_given(given, own + tail, "jmnedict", alternative=False)
        agree = rest and len(given) == 2 and (hira(given[0]), hira(given[1])) == (head, tail)
        # (where UniDic's two units read as the commonest halves, they stay: 悠 + 路 ゆう + じ)
        if not agree:
            head, tail = unmixed_halves(written, heads, tails, head, tail, self.mixed)
        paired = self.paired_name(written, head, tail)
        if paired:
            head, tail = paired, ""  # (the halves that go together in one class of names)
        return self._guessed_given(given, head + tail, "jmnedict")

    def _composable(self, given: list[Morpheme], written: str, *, whole: bool,
                    rest: bool) -> bool:
        """Whether :meth:`compose` may read ``given`` (``written``): two kanji, the
        second no kanji that ends no given name nor (unless ``rest``) a suffix, nothing
        locked, both read as names unless they are the ``whole`` input's, and no JMdict
        word of that spelling (no common one, with ``rest``)."""
        resolver = self._resolver
        return not ("jmnedict" not in resolver.sources or len(written) != 2
                    or not all("\u4e00" <= ch <= "\u9fff" for ch in written)
                    or written[1] in _rules()["not_given_name_ends"]["kanji"]
                    or (given[-1].pos.startswith("接尾辞") and not rest)
                    or any(m.locked for m in given)
                    or not (whole or all("人名" in m.pos for m in given))
                    or any(r.source == "jmdict" and (r.common or not rest)
                           for r in resolver.index.readings(written)))

    def _listed_whole_given(self, given: list[Morpheme], written: str) -> Morpheme | None:
        """``given`` (``written``, two kanji) read whole rather than composed: as Mozc
        lists it as a name, as UniDic's one given name, or as an art name
        (:meth:`art_name`); None where it is none of these."""
        resolver = self._resolver
        named = {r: cost for r, cost in resolver.mozc_readings(written).items()
                 if resolver.mozc_contexts(written, r) <= MOZC_PERSON
                 } if not resolver.index.readings(written) else {}
        if named:
            # Mozc lists the spelling as a name, which no dictionary of ours does (好剛
            # よしたけ, 日如 にちにょ): its cheapest reading, not one composed from name parts
            return self._guessed_given(given, min(named, key=lambda r: (named[r], r)), "mozc")
        if len(given) == 1 and "人名-名" in given[0].pos and given[0].source == "unidic":
            # UniDic lists the two kanji as one given name: its reading, not one composed
            # from name parts (宗発 むねあきら, not そう + はつ; 裕紘 ゆうこう)
            return replace(given[0], proper=True, role="", confidence="guess")
        art = self.art_name(written)
        if art is not None:
            # an art name after a studio or a hall, read the Chinese way (葆斎 ほうさい)
            return self._guessed_given(given, art, "kanjidic")
        return None

    def _name_halves(self, written: str, *,
                     nanori: bool) -> tuple[dict[str, int], dict[str, int]]:
        """How many of JMnedict's given names begin with each reading of the first kanji
        of ``written`` and end with each of the second's. With ``nanori``, a second kanji
        that ends no counted given name (往, 分) ends two with its first name reading
        (nanori) in KANJIDIC2 (正往 まさ + みち, 忠分 ただ + わけ), or where it has none, with
        the stem of its first kun reading with okurigana (晙 あき.らか)."""
        index = self._resolver.index
        heads = index.name_part_counts(written[0], head=True)
        tails = index.name_part_counts(written[1], head=False)
        if nanori and heads and (not tails or max(tails.values()) < 2):
            # a kanji that ends no counted given name (往, 分): its first name reading
            # (nanori) in KANJIDIC2, where it has one (正往 まさ + みち, 忠分 ただ + わけ)
            listed = index.kanji(written[1])[2]
            if not listed and not tails:
                # nor any nanori (晙): the stem of its first kun reading with okurigana,
                # two kana at least (あき.らか: 勝晙 かつ + あき, was "Masarushun")
                listed = tuple(k.split(".")[0] for k in index.kanji(written[1])[1]
                               if "." in k and len(k.split(".")[0]) >= 2 and not k.startswith("-"))
            tails = {listed[0]: 2} if listed else tails
        return heads, tails

    def _guessed_given(self, given: list[Morpheme], reading: str, source: str, *,
                       alternative: bool = True) -> Morpheme:
        """``given`` as one given name read ``reading``, a guess of ``source``'s, with
        UniDic's reading as its ``alternative``."""
        written = "".join(m.surface for m in given)
        unidic = "".join(hira(m) for m in given)
        alts = (unidic,) if alternative and unidic and unidic != reading else ()
        word = merge_units(given, self._resolver.mark(written, reading), to_katakana(reading),
                           source, "guess", alts)
        return replace(word, proper=True, role="", pos="名詞-固有名詞-人名-名")

    def combining(self, given: list[Morpheme]) -> str:
        """The reading of a given name of two kanji no dictionary lists and no count
        composes (:meth:`compose`), where UniDic reads one of its kanji as a whole
        one-kanji given name that JMnedict's two-kanji given names do not begin (or end)
        with (勝 まさる, 衛 まもる): that kanji read as they most often begin (or end) with
        it, in a reading that does not mix the Chinese way and the Japanese way with
        UniDic's reading of the other kanji (:meth:`mixed`): 勝 しょう + 珉 びん, not
        まさる + びん; 衛 えい + 衝 しょう, not まもる + しょう. "" where no kanji is so."""
        resolver = self._resolver
        written = "".join(m.surface for m in given)
        if len(given) != 2 or len(written) != 2 or not all(map(is_kanji, written)):
            return ""
        parts = [hira(m) for m in given]
        for i, ch in enumerate(written):
            counts = resolver.index.name_part_counts(ch, head=i == 0)
            own = parts[i]
            if counts.get(own, 0) >= 2 or not any(
                    r == own and k & GIVEN for r, k in resolver.names(ch)):
                continue
            other = parts[1 - i]
            fits = sorted((r for r in counts if counts[r] >= 2),
                          key=lambda r: (self.mixed(written, *((r, other) if i == 0
                                                               else (other, r))),
                                         -counts[r], r))
            if fits:
                parts[i] = fits[0]
        reading = "".join(parts)
        return reading if reading != "".join(hira(m) for m in given) else ""

    def head_then_given(self, rest: list[Morpheme]) -> Morpheme | None:
        """The rest of a whole input after its family name, one kanji UniDic reads as no
        name and then a given name JMnedict lists of two kanji or more (晨 + 太郎), as one
        given name no dictionary lists: the kanji read as JMnedict's two-kanji given names
        most often begin with it (at least two such names), else its first on reading in
        KANJIDIC2, then the listed name as UniDic reads it (永富 + 晨太郎 しん + たろう, was
        "Nagatomi ashita Tarō"). A guess, with UniDic's two readings as the alternative."""
        resolver = self._resolver
        if len(rest) != 2 or any(m.locked for m in rest):
            return None
        head, name = rest
        if (len(head.surface) != 1 or not is_kanji(head.surface) or "人名" in head.pos
                or head.pos.startswith(("接尾辞", "名詞-数詞")) or "人名-名" not in name.pos
                or len(name.surface) < 2 or not all(is_kanji(ch) for ch in name.surface)):
            return None
        written = head.surface + name.surface
        tail = hira(name)
        if resolver.index.readings(written) or not any(
                r == tail and k & GIVEN for r, k in resolver.names(name.surface)):
            return None
        counts = resolver.index.name_part_counts(head.surface, head=True)
        first = max(counts, key=lambda r: (counts[r], r)) if counts else ""
        if not first or counts[first] < 2:
            on = resolver.index.kanji(head.surface)[0]
            first = on[0] if on else ""
        if not first:
            return None
        reading = first + tail
        unidic = hira(head) + tail
        word = merge_units(rest, resolver.mark(written, reading), to_katakana(reading),
                           "jmnedict", "guess", (unidic,) if unidic != reading else ())
        return replace(word, proper=True, role="", pos="名詞-固有名詞-人名-名")

    def paired_name(self, given: str, head: str = "", tail: str = "") -> str | None:
        """A given name of two kanji no dictionary lists, read as the likeliest pair of
        halves among JMnedict's two-kanji given names of one class (sex, and each half
        read on or kun: :meth:`ReadingIndex.given_class_counts`), each class weighing
        its names' first and second halves together: halves that go together in names
        (a man's, both kun) rather than each kanji's commonest reading alone. 胤重
        たねしげ, was たねえ (重 え ends women's names: 八重, 千重). With ``head`` and
        ``tail`` (the reading chosen half by half), only where the pair is at least
        :data:`~jpterms.reading_parts._PAIRED_MARGIN` times as likely. None where no class
        has names with both kanji, or the chosen halves stand.

        (JMnedict's people's given names of two kanji, each name's entries left out of the
        counts, 3,793 composed: 46.4% read half by half as before, 54.7% so, 394 right that
        were wrong and 81 the other way: ``benchmarks/measure_given_pairs.py``; without the
        people's given names in the counts (JMnedict's entries of given names alone) and
        at three times, 50.1%. Development: 4 rows fixed, none broken.)

        >>> from jpterms.readings import ReadingResolver

        >>> ReadingResolver().persons.composed.paired_name("胤重", "たね", "え")
        'たねしげ'
        """
        resolver = self._resolver
        return likeliest_pair(resolver.index.given_class_counts(given[0], head=True),
                              resolver.index.given_class_counts(given[1], head=False),
                              resolver.index.given_class_sizes(), head, tail)

    def art_name(self, written: str) -> str | None:
        """The reading of ``written``, two kanji, as an art name (号) taken from a studio or
        a hall (``art_name_ends``: 斎 さい, 庵 あん, 堂 どう...): its first kanji in
        KANJIDIC2's first on reading that is not the ending's, a final つ doubling the
        ending's consonant (葆斎 ほうさい; 済斎 せいさい, not さいさい), or None.

        >>> from jpterms.readings import ReadingResolver

        >>> composed = ReadingResolver().persons.composed
        >>> composed.art_name("葆斎"), composed.art_name("葆子")
        ('ほうさい', None)
        """
        end = _rules()["art_name_ends"]["words"].get(written[1:])
        if end is None or len(written) != 2:
            return None
        tail = to_hiragana(end)
        head = next((r for r in (to_hiragana(o) for o in self._resolver.index.kanji(written[0])[0])
                     if r != tail), "")
        return on_joined([head, tail]) if head else None

    def mixed(self, written: str, head: str, tail: str) -> bool:
        """Whether a two-kanji name read ``head`` + ``tail`` reads one kanji only the
        Chinese way (on) and the other only the Japanese way (kun or a name reading)."""
        resolver = self._resolver
        kinds = {frozenset(resolver.reading_kinds(written[0], head)),
                 frozenset(resolver.reading_kinds(written[1], tail))}
        return kinds == {frozenset({"on"}), frozenset({"kun"})}


def commonest_halves(heads: dict[str, int], tails: dict[str, int]
                     ) -> tuple[str, str] | None:
    """The readings most given names begin and end with (``heads``, ``tails``: counts of
    each reading of a name's first and last kanji), where at least two names read each
    so; else None.

    >>> commonest_halves({"たね": 9, "いん": 2}, {"しげ": 5, "え": 3})
    ('たね', 'しげ')
    >>> commonest_halves({"たね": 1}, {"しげ": 5}) is None
    True
    """
    if not heads or not tails:
        return None
    head = max(heads, key=lambda r: (heads[r], r))
    tail = max(tails, key=lambda r: (tails[r], r))
    return None if heads[head] < 2 or tails[tail] < 2 else (head, tail)


def unmixed_halves(written: str, heads: dict[str, int], tails: dict[str, int],
                   head: str, tail: str, mixed: Callable[[str, str, str], bool]
                   ) -> tuple[str, str]:
    """``head`` and ``tail``, unless one half is read the Chinese way and the other the
    Japanese way (``mixed``; 村休 むら + きゅう) and the last kanji is no tail that mixes
    (:data:`_MIXING_TAILS`): then the pair of the most-counted readings, two names at least
    each, that does not mix (むら + やす), if any."""
    if written[1] in _MIXING_TAILS or not mixed(written, head, tail):
        return head, tail
    pairs = [(heads[a] * tails[b], a, b) for a in heads for b in tails
             if heads[a] >= 2 and tails[b] >= 2 and not mixed(written, a, b)]
    if not pairs:
        return head, tail
    _, head, tail = max(pairs)
    return head, tail
