"""Runs read whole as the dictionaries list them, over the units UniDic read them as: a
whole input JMdict lists as one word (送り + 梅雨 *okuri zuyu*, 麦酒 *bakushu*), or a
place, a body or an unclassed name JMnedict lists (豊富村 *Toyotomi-mura*, 孫臏
*Sonpin*); a word of ``listed_names`` read as the longest name around it is listed (日本
+ 郵船 *Nippon yūsen*, but 日本 + 銀行 *Nihon ginkō*); and a whole input beginning with
a kanji UniDic reads by an on reading its compounds do not begin with (月没
*getsubotsu*).

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`ListedWholes`
(``resolver.listed``) and hands it three passes over a run
(:meth:`ListedWholes.jmdict_whole`, :meth:`ListedWholes.listed_names`,
:meth:`ListedWholes.compound_head`).

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("送り梅雨"), r.romanize("日本郵船"), r.romanize("月没")
('Okuri zuyu', 'Nippon yūsen', 'Getsubotsu')
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from jpterms.counted_readings import counted_span
from jpterms.division import rules as _rules
from jpterms.kana import has_kanji, is_kanji, to_hiragana, to_katakana
from jpterms.morpheme_tests import (
    BODIES,
    FUNCTION_WORDS,
    MAX_CHARS,
    MOZC_WHOLE_NAME,
    PLACE,
    RULED,
    WORKS,
    hira,
    is_nominal,
)
from jpterms.reading_parts import as_place, merge_units, on_joined, split_over_kanji

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.reading_index import IndexedReading
    from jpterms.readings import ReadingResolver

__all__ = ["ListedWholes"]

#: JMnedict's kind of a name it does not class (a person, a work, a thing)
_UNCLASS = frozenset({"unclass"})
# JMnedict's kinds of a name listed whole for listed_names, and how many words on each
# side of the word such a name may take in
_LISTED_KINDS = frozenset({"organization", "company", "product"})
_LISTED_REACH = 6


class ListedWholes:
    """The rules of a :class:`~jpterms.readings.ReadingResolver` that read a run whole
    as JMdict, JMnedict or Mozc list it, with the resolver's dictionaries.

    >>> from jpterms.readings import ReadingResolver
    >>> ReadingResolver().listed._whole_listings("日本郵船")
    ({'にっぽんゆうせん'}, 'mozc')
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def jmdict_whole(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input JMdict lists as one word, read as JMdict reads it where no
        dictionary (JMdict, JMnedict, Mozc) lists the whole as the units were read: the
        units' readings put together are no evidence against a word listed whole.
        UniDic reads a unit as a verb or an adjective (送り + 梅雨 おくりづゆ, 貧 + 歯類
        ひんしるい, which no run of nouns reads whole), as a person's name (単 + 弓 + 類
        たんきゅうるい, not Tan Yumirui) or as a word of its own (麦酒 ばくしゅ, not ビール;
        生の哲学 せいの, not なまの); a voiced part (国策 + 会社) stays plain where the
        whole is listed so (こくさくかいしゃ). Where JMdict has no such word, a place or a
        body JMnedict lists is read so (豊富村 Toyotomi-mura, not Hōfu; 古江町 Furue-chō;
        もじら組 もじらぐみ), and so is a name it gives one reading only and does not class
        (:meth:`_unclassed_only`: 孫臏 そんぴん). Not over a name, a place or a prefix of
        the glossary, an era, a province, a reading Mozc or the official list of
        municipalities gave, nor a particle Mozc and JMdict spell as written.

        The same for the input's end, where a unit UniDic reads as no noun kept a word
        JMdict lists out of the runs of nouns (枕 + 袈裟 + 固: 固 is an adjective's stem to
        UniDic; 袈裟固 けさがため)."""
        rest = sum(len(m.surface) for m in out)  # (the characters from s on, and whether
        nouns_from = [True] * (len(out) + 1)     # all units from s on are nouns: kept as
        for k in range(len(out) - 1, -1, -1):    # s goes, so a long input stays linear)
            nouns_from[k] = nouns_from[k + 1] and is_nominal(out[k])
        for s in range(max(1, len(out) - 1)) if out else ():
            rest -= len(out[s - 1].surface) if s else 0
            if s and (rest > MAX_CHARS or nouns_from[s]
                      or out[s].pos.startswith("接尾辞")):
                # (a run of nouns: read by :meth:`ReadingResolver._run`; a suffix belongs to the word
                # before it, so no listed word starts there: 世界 + 中 + の + 人 is not
                # 世界 + 中の人 なかのひと)
                continue
            if s and out[-1].pos.startswith("助詞") and (_modifier(out[s - 1]) or (
                    out[s - 1].pos.startswith("名詞") and out[s].pos.startswith("名詞"))):
                # (a word that something modifies is a noun, no adverb ending in a particle:
                # 調停の + 後に, 行った + 後に あとに, not JMdict's 後に のちに "later"; nor is
                # a noun that goes on a noun before it: 作成 + 時に じに, not ときに "sometimes")
                continue
            read = self._listed_whole(out[s:], places=not s)
            if read is not None:
                return [*out[:s], *read]
            if s + 2 < len(out) and self._word_as_read(out[s:]):
                # (a word JMdict lists read as it lists it: no word inside it is read anew,
                # あっという間に stays まに, not JMdict's 間に あいだに "while")
                return out
        return out

    def _word_as_read(self, out: list[Morpheme]) -> bool:
        """Whether JMdict lists ``out`` written together as one word read as its units
        read it."""
        written = "".join(m.surface for m in out)
        if len(written) < 2 or len(written) > MAX_CHARS:
            return False
        ours = "".join(hira(m) for m in out)
        return any(r.source == "jmdict" and r.reading == ours
                   for r in self._resolver.index.readings(written))

    def _listed_whole(self, out: list[Morpheme], *, places: bool) -> list[Morpheme] | None:
        """:meth:`jmdict_whole` for one span; ``places``: JMnedict's places and bodies
        too. None where it reads nothing anew."""
        written = "".join(m.surface for m in out)
        if len(written) < 2 or any(
                m.role == "punct" or any(s in m.source for s in RULED if s != "mozc")
                or ("mozc" in m.source and not m.proper)
                or (m.source == "glossary" and m.proper)
                or (m.locked and m.source != "glossary")
                or (not has_kanji(m.surface) and m.pos.startswith(FUNCTION_WORDS)
                    and hira(m) != to_hiragana(m.surface)) for m in out):
            return None
        entries = self._resolver.index.readings(written)
        words = [r for r in entries if r.source == "jmdict"]
        if not words and places and not counted_span(out):
            # no word: a place or a body JMnedict lists, read as listed where the reading
            # splits over the characters (no の of its own: 伊豫豆比古命神社; but 二千 + 人
            # is a number of people, nisennin, not the place にちじん)
            words = [r for r in entries if r.source == "jmnedict" and (
                r.kinds & (PLACE | BODIES | WORKS) or self._unclassed_only(entries))
                     and (split := split_over_kanji(written, r.reading, self._resolver.index))
                     and all(char for _, char in split)]
        if not words:
            return None
        ours = "".join(hira(m) for m in out)
        if len(words) > 1:  # common words first, then as cheaply as Mozc writes them
            cost = self._resolver.mozc_cost  # (緩い ゆるい, not the ぬるい JMdict lists first)
            words.sort(key=lambda r: (not r.common, c if (c := cost(written, r.reading))
                                      is not None else 1 << 20))
        reading = words[0].reading
        if not ours or any(r.reading == ours for r in entries) \
                or written in self._resolver.municipalities() or (
                    self._resolver.mozc_reads(written, ours) and not self._word_over_mozc_name(
                        written, ours, reading, entries)):
            return None
        if any("mozc" in m.source for m in out) and not self._word_over_mozc_name(
                written, ours, reading, entries):
            return None
        if words[0].source == "jmnedict" and _old_kana_kept(out, reading):
            return None
        if any(not has_kanji(m.surface) for m in out):  # 生 + の + 哲学: the words stay
            aligned = self._resolver._aligned(out, reading, words[0].source, "likely")
            if aligned is not None:
                return aligned
        if words[0].source == "jmnedict":
            pieces = self._resolver.put_reading(out, reading, "jmnedict", "likely", ())
            return as_place(pieces) if out[-1].surface in _rules()["admin_suffixes"] \
                else pieces
        return self._resolver.put_reading(out, reading, "jmdict", "likely", ())

    def _word_over_mozc_name(self, written: str, ours: str, word: str,
                             entries: tuple[IndexedReading, ...]) -> bool:
        """Whether a whole input JMdict lists as a word read ``word`` is read so over the
        person's name read ``ours`` that Mozc alone lists it as (no name JMnedict knows):
        Mozc lists the word too, under no person's context."""
        return (all(r.source == "jmdict" for r in entries)
                and self._resolver.mozc_contexts(written, ours) <= MOZC_WHOLE_NAME
                and bool(self._resolver.mozc_contexts(written, word) - MOZC_WHOLE_NAME))

    @staticmethod
    def _unclassed_only(entries: tuple[IndexedReading, ...]) -> bool:
        """Whether JMnedict gives a whole input one reading only, as a name of no stated
        kind (unclass: mostly a historical or a Chinese person, a work, a thing), and
        JMdict none: 孫臏 そんぴん (UniDic そんひん), 非有 ひゆう, 澹如 たんじょ. Read so,
        as a listed place is (see :meth:`jmdict_whole`)."""
        return len({r.reading for r in entries}) == 1 and all(
            r.source == "jmnedict" and r.kinds == _UNCLASS for r in entries)

    def listed_names(self, out: list[Morpheme]) -> list[Morpheme]:
        """A word of ``listed_names`` (日本) in a run of nouns takes the reading the longest
        name around it is listed with, where that name is listed with that reading only:
        日本 + 郵船 Nippon yūsen (Mozc: にっぽんゆうせん), but 日本 + 銀行 Nihon ginkō
        (JMdict and Mozc list both).

        >>> from jpterms.morpheme import Morpheme
        >>> from jpterms.readings import ReadingResolver
        >>> [m.kana for m in ReadingResolver().listed.listed_names([
        ...     Morpheme("日本", "ニホン", "ニホン", "名詞-固有名詞-地名-国", proper=True),
        ...     Morpheme("郵船", "ユーセン", "ユウセン", "名詞-普通名詞-一般")])]
        ['ニッポン', 'ユウセン']
        """
        n = len(out)
        table = _rules()["listed_names"]["words"]
        written = "".join([m.surface for m in out])
        if not any([word in written for word in table]):
            return out  # (most runs: no word of the table in them)
        for word, (plain, listed) in table.items():
            for k in range(n):
                m = out[k]
                if word not in m.surface or plain not in m.kana:
                    continue
                s = k
                while s > 0 and k - s < _LISTED_REACH and is_nominal(out[s - 1]):
                    s -= 1
                e = k + 1
                while e < n and e - k <= _LISTED_REACH and is_nominal(out[e]):
                    e += 1
                spans = sorted(((a, b) for a in range(s, k + 1) for b in range(k + 1, e + 1)),
                               key=lambda ab: -sum(len(x.surface) for x in out[ab[0]:ab[1]]))
                for a, b in spans:
                    readings, source = self._whole_listings("".join(x.surface for x in out[a:b]))
                    if not source:  # a word only JMdict lists: with にほん it decides
                        if any(to_hiragana(plain) in r for r in readings):
                            break  # (日本標準時 にほんひょうじゅんじ, not Mozc's 日本標準)
                        continue
                    if all(to_hiragana(listed) in r and to_hiragana(plain) not in r
                           for r in readings):
                        words_ = tuple(w.replace(plain, listed, 1) for w in m.words)
                        out = [*out[:k], replace(
                            m, reading=m.reading.replace(plain, listed, 1),
                            kana=m.kana.replace(plain, listed, 1), words=words_,
                            source=source, confidence="likely",
                            alternatives=(to_hiragana(m.kana), *m.alternatives)[:4]),
                            *out[k + 1:]]
                    break
        return out

    def compound_head(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input that begins with a kanji UniDic reads as a word of its own by an
        on reading its compounds do not begin with (data ``compound_heads``: 月 がつ, of
        the months), before a noun of one kanji, no numeral, that no list joins it to: the
        compound's reading (げつ), with the sound change of one (:func:`on_joined`): 月没
        げつぼつ (was がつぼつ), 月産 げっさん. Before a longer word 月 is the moon as often
        (月 + 探査 つきたんさ) and stays."""
        heads = _rules()["compound_heads"]["words"]
        if len(out) < 2 or out[0].surface not in heads:
            return out
        head, word = out[0], out[1]
        plain, reading = heads[head.surface]
        if (head.kana != plain or head.locked or not head.source.startswith("unidic")
                or word.locked or not word.source.startswith("unidic")
                or not word.pos.startswith(("名詞-普通名詞", "接尾辞-名詞的"))
                or len(word.surface) != 1 or not is_kanji(word.surface)):
            return out
        written = head.surface + word.surface
        if self._resolver.index.readings(written) or self._resolver.mozc_readings(written):
            return out
        own = hira(head) + hira(word)
        joined = on_joined([to_hiragana(reading), hira(word)])
        return [merge_units([head, word], self._resolver.mark(written, joined), to_katakana(joined),
                            "unidic", "possible", (own,)), *out[2:]]

    def _whole_listings(self, written: str) -> tuple[set[str], str]:
        """The readings under which JMnedict (as an organisation, a company or a product)
        and Mozc list ``written`` as one name, and the sources that list it, with JMdict's
        readings of it (a word it lists both ways, 大日本帝国, is read both ways). Where
        only JMdict lists it, its readings and no source: they name nothing, but a word
        JMdict reads with にほん is no name with にっぽん."""
        readings: set[str] = set()
        sources: list[str] = []
        indexed = self._resolver.index.readings(written)
        for r in indexed:
            if r.kinds & _LISTED_KINDS:
                readings.add(r.reading)
                sources.append(r.source)
        mozc = self._resolver.mozc_readings(written)
        if mozc:
            readings.update(mozc)
            sources.append("mozc")
        readings.update(r.reading for r in indexed if r.source == "jmdict")
        return readings, "+".join(dict.fromkeys(sources))


def _modifier(m: Morpheme) -> bool:
    """Whether ``m`` ends a phrase that modifies the noun after it: the particle の, an
    auxiliary (た of 行った), an adnominal (その)."""
    return (m.surface == "の" and m.pos.startswith("助詞-格助詞")) or m.pos.startswith(
        ("助動詞", "連体詞"))


def _old_kana_kept(out: list[Morpheme], reading: str) -> bool:
    """Whether JMnedict's ``reading`` of a title spells a word of ``out`` in the historical
    kana it is written in (とりかへばや物語 とりかへばや...), where UniDic reads the word in
    today's (かえ, *Torikaebaya*): the listed reading would romanise the old spelling."""
    return any(not m.pos.startswith("助詞") and (kana := to_hiragana(m.surface)) != hira(m)
               and kana in reading and hira(m) not in reading
               for m in out if m.surface and not has_kanji(m.surface))
