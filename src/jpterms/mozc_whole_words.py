"""Short whole inputs read as the Mozc dictionary reads them, where it lists them written
exactly so and no dictionary lists the whole as its parts read it: titles, names,
stations and places Mozc keeps as one written word (遠山の金さん *Tōyama no Kin-san*, not
えんざん; 萬年寺 *Bannenji*, in its old form). Mozc's reading is laid over the units,
each taking its characters' share, and a unit that leans on another (a suffix, a
prefix, a verb, a particle) is joined to it (荒 + 本 *Aramoto*). The glossary's, an era's
and a province's readings stand, and so does a word UniDic reads as one common noun of
two kanji (水輪 *suirin*).

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`MozcWholeWords`
(``resolver.mozc_words``) and hands it a pass over a whole input
(:meth:`MozcWholeWords.mozc_whole`, which :meth:`PersonNames.mozc_person
<jpterms.person_names.PersonNames.mozc_person>` asks through the resolver too).

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("遠山の金さん"), r.romanize("荒本"), r.romanize("水輪")
('Tōyama no Kin-san', 'Aramoto', 'Suirin')
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from jpterms.counted_readings import counted_span
from jpterms.kana import has_kanji, to_hiragana, to_katakana
from jpterms.morpheme_tests import (
    FUNCTION_WORDS,
    MOZC_PERSON,
    PLACE,
    all_common_words,
    hira,
    honorific_after_name,
    is_kana_function_word,
)
from jpterms.reading_parts import merge_units
from jpterms.rule_words import named_site_endings

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver

__all__ = ["MOZC_WHOLE_LIMIT", "MozcWholeWords"]

#: The longest whole input :meth:`MozcWholeWords.mozc_whole` reads as one Mozc word
#: (Mozc lists long titles too: 置賜広域行政事務組合消防本部, 14 characters; from 10 to 30
#: characters, 11 development rows changed, all right that were wrong).
MOZC_WHOLE_LIMIT = 30

#: Parts of speech of units that lean on the unit before them, after them, or both, when
#: Mozc reads the two as one name (:meth:`MozcWholeWords.mozc_whole`).
_LEANS_BACK = ("接尾辞", "動詞", "形容詞", "形状詞", "助詞", "助動詞")
_LEANS_ON = ("接頭辞", "形容詞", "形状詞", "接続詞", "副詞", "連体詞")


def _leans(m: Morpheme, *, back: bool) -> bool:
    """Whether ``m`` cannot stand as a word of a name on its own and goes with the unit
    before it (``back``) or after it (its caller has left out the particles in kana)."""
    return m.pos.startswith(_LEANS_BACK if back else _LEANS_ON)


class MozcWholeWords:
    """The rule of a :class:`~jpterms.readings.ReadingResolver` that reads a short whole
    input as the Mozc dictionary reads it, with the resolver's dictionaries.

    >>> from jpterms.morpheme import Morpheme
    >>> from jpterms.readings import ReadingResolver
    >>> words = ReadingResolver().mozc_words
    >>> [m.kana for m in words.mozc_whole([
    ...     Morpheme("遠山", "エンザン", "エンザン", "名詞-普通名詞-一般"),
    ...     Morpheme("の", "ノ", "ノ", "助詞-格助詞"),
    ...     Morpheme("金", "キン", "キン", "名詞-普通名詞-一般"),
    ...     Morpheme("さん", "サン", "サン", "接尾辞-名詞的-一般")])]
    ['トオヤマ', 'ノ', 'キン', 'サン']
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def mozc_whole(self, out: list[Morpheme], *, over_listed: bool = False,
                   written: str = "") -> list[Morpheme]:
        """A short whole input that Mozc lists written exactly so, read as Mozc reads it,
        where no dictionary lists the whole with the reading the parts made: 遠山の金さん
        とおやま (not えんざん), 希望が丘高校前駅 …まええき, 早川光 Hikari. Mozc's word
        list holds many titles, names and places as one written word; a reading it gives
        the whole (split over the characters by KANJIDIC2's readings, see
        :meth:`ReadingResolver.mozc_readings`) is better evidence than readings of the parts put together.
        Where JMdict or JMnedict lists the whole as read now (信楽 しがらき, 角力 すもう),
        or the official list has the municipality, the reading stays; but not where
        JMnedict lists it only as a place and it is a shrine's, a temple's or another
        site's name (``named_sites``: 御霊神社 ごりょう, not JMnedict's ごれい; 長保寺). (Measured on the
        development sets: 87 rows right that were wrong, one the other way: the era 大永,
        which Mozc has only as a name, Ōnaga.) A name, a place or a prefix the glossary
        reads keeps its reading, and so does the whole; so do an era and an old province's
        title the tables read (毛利 + 甲斐守 + 邸跡: Mozc's もうりかいのかみていあと, 甲斐守
        as read; a whole input that is only such units is not read anew); a common word the glossary reads
        (a term) inside a name Mozc lists gives way: 井田 + 両国 + 堂 いだりょうごくどう, the
        shop, not the term 両国 りょうこく "both countries"; 後舌母音 あとじた, not the suffix
        後 ご; and so
        does a family name cut from a person's row of the glossary: 中谷文彦 Nakaya, where
        the glossary's 中谷元 is Nakatani.
        Two kanji that UniDic reads as one common noun of its own (a single unit) keep
        its reading too: Mozc's other reading of so short a word is as often a name's or a
        rarer word's (水輪 すいりん, not Mozc's みなわ; 寄物 よりもの, 食神 しょくじん; on the
        development sets 4 rows right that were wrong, none the other way; the same for
        longer single words broke 7, such as 御霊神社 ごりょう and 月輪寺 つきのわでら), and so
        do two kanji read as two common words where Mozc has the pair only as a person's
        name (人部 じんぶ).
        ``over_listed``: also where JMnedict lists the whole as read now (a person Mozc
        reads otherwise, see :meth:`PersonNames.mozc_person`). ``written``: the input in the
        old kanji forms it was written in, which Mozc may list where it has no modern
        spelling: 萬年寺 ばんねんじ, 大縣神社 おおあがたじんじゃ, 佛山寺 ぶっさんじ."""
        as_written, written = written, "".join(m.surface for m in out)
        found = self._found(out, written, as_written, over_listed=over_listed)
        if found is None:
            return out
        ranked = sorted(found, key=lambda r: (found[r][0], r))
        if len(written) == 2 and all_common_words(out) and (len(out) == 1 or MOZC_PERSON >= (
                self._resolver.mozc_contexts(written, ranked[0])) != set()):
            return out  # 水輪 すいりん, 人部: UniDic's word stands (see the docstring)
        confidence = "likely" if len(ranked) == 1 else "possible"
        return self._read_as_found(out, found[ranked[0]][1], confidence)

    def _found(self, out: list[Morpheme], written: str, as_written: str, *,
               over_listed: bool) -> dict[str, tuple[int, tuple[str, ...]]] | None:
        """The first step of :meth:`mozc_whole`: Mozc's readings of the whole ``written``
        (``as_written``: in its old kanji forms), each with its cost and its pieces, where
        the whole may be read anew at all; None where it stays as read (a phrase, a
        glossary's, an era's or a province's reading, a word a dictionary lists as read,
        a municipality, a count, a verb or an adjective, or Mozc's own reading)."""
        if (not 2 <= len(written) <= MOZC_WHOLE_LIMIT or not has_kanji(written)
                or is_kana_function_word(out[0]) or is_kana_function_word(out[-1])
                or all(m.locked or m.source == "glossary" for m in out)
                or all(m.source in ("era", "province") for m in out)
                or any(m.role == "punct"
                       or (not has_kanji(m.surface) and m.pos.startswith(FUNCTION_WORDS)
                           and hira(m) != to_hiragana(m.surface)) for m in out)):
            # (a phrase that begins or ends with a particle is no title: 他の, 分から; Mozc
            # spells the particles は, へ, を as written, which our kana do not)
            return None
        ours = "".join(hira(m) for m in out)
        if not ours or (not over_listed and any(
                r.reading == ours and not (r.source == "jmnedict" and r.kinds <= PLACE
                                           and written.endswith(named_site_endings()))
                for r in self._resolver.index.readings(written))):
            return None
        if written in self._resolver.municipalities() or counted_span(out):
            return None  # (三千 + 人: sanzennin, a number of people, not the name みちと)
        found = self._resolver.mozc_walk_as_written(written, as_written)[1]
        if not found or ours in found:
            return None
        if len(out) == 1 and out[0].pos.startswith(("動詞", "形容詞")):
            # one verb or adjective UniDic reads in a classical form or the historical
            # kana (流る ながる, 考へる かんがえる): Mozc's word written so is a slip of
            # another's (流れる ながれる) or its kana as written (かんがへる)
            return None
        return found

    def _read_as_found(self, out: list[Morpheme], pieces: tuple[str, ...], confidence: str
                       ) -> list[Morpheme]:
        """The last step of :meth:`mozc_whole`: each unit of ``out`` read as its characters'
        share of Mozc's ``pieces``, the units that lean on others joined to them
        (:meth:`_join_leaning`); ``out`` as it was where a unit's reading must stand."""
        new: list[Morpheme] = []
        changed: list[bool] = []
        glued: set[int] = set()
        at = 0
        for k, m in enumerate(out):  # each unit takes its characters' share: the words stay
            kana = "".join(pieces[at : at + len(m.surface)])
            at += len(m.surface)
            if not kana and m.surface:
                # a word read whole goes on into this unit (大 + 神 おおみわ): one word
                if k == 0 or m.locked or m.source == "glossary":
                    return out
                glued.add(k)
                new.append(replace(m, reading="", kana="", source="mozc", words=(),
                                   capitals=(), alternatives=()))
                changed.append(changed[-1])  # (as the word's first unit, for what follows)
                continue
            own = hira(m)
            changed.append(kana != own)
            if kana == own:
                new.append(m)
                continue
            term = m.source == "glossary" and (not m.proper or not m.locked)
            if (m.locked or m.source == "glossary") and not term:
                return out  # the glossary's reading has the last word (but see above)
            if m.source in ("era", "province"):
                return out  # so has the era's or the province's table
            if own and k > 0 and honorific_after_name(out[k - 1], m, own):
                return out  # 藤原 + 氏: Fujiwara-shi, as after any name (not Mozc's うじ)
            # (the words a unit was read as go with its old kana: a clan name's の + 正寺
            # is Mozc's 正寺 しょうじ alone, one word again)
            new.append(replace(m, reading=self._resolver.mark(m.surface, kana),
                               kana=to_katakana(kana), source="mozc", confidence=confidence, words=(), capitals=(),
                               alternatives=(own, *m.alternatives)[:4] if own else ()))
        return self._join_leaning(out, new, changed, confidence, glued)

    def _join_leaning(self, out: list[Morpheme], new: list[Morpheme], changed: list[bool],
                      confidence: str, glued: Collection[int] = ()) -> list[Morpheme]:
        """Units UniDic took for a suffix, a prefix, a verb, an adjective or a particle,
        where Mozc reads one name (``new``, read anew from ``out``; ``changed`` marks the
        units whose reading changed), joined to the unit they lean on: 荒 + 本 Aramoto,
        及 + 位 Nozoki, 北 + 勢 Hokusei; never a given name to the family name. The units
        in ``glued`` are read with the unit before them, one word (大 + 神 おおみわ)."""
        join = [k in glued for k in range(len(new))]  # join[k]: one word with unit k - 1
        for k in range(1, len(new)):
            if join[k]:
                continue
            a, b = out[k - 1], out[k]
            if (changed[k - 1] or changed[k]) and not ("人名-名" in b.pos or
                                                      is_kana_function_word(a) or
                                                      is_kana_function_word(b)):
                join[k] = _leans(b, back=True) or _leans(a, back=False)
        if not any(join):
            return new
        merged: list[Morpheme] = []
        k = 0
        while k < len(new):
            j = k + 1
            while j < len(new) and join[j]:
                j += 1
            run = new[k:j]
            if len(run) > 1:
                written_run = "".join(m.surface for m in run)
                kana = "".join(hira(m) for m in run)
                before = "".join(hira(m) for m in out[k:j])
                word = merge_units(run, self._resolver.mark(written_run, kana), to_katakana(kana),
                                   "mozc", confidence, (before,) if before else ())
                run = [replace(word, proper=True)]
            merged.extend(run)
            k = j
        return merged


