"""Names, titles and works read as JMnedict divides them: a notable person's name cut as
JMnedict's gloss of the person cuts it (清 + 少納言 *Sei Shōnagon*, not the family name
清少), a whole input that is one person and a title (光孝 + 天皇 *Kōkō tennō*), and a
work JMnedict lists whole with a の its written form leaves out, as words (枕草子
*Makura no sōshi*). The words of a division or a reading are laid over the characters
of the written form where the dictionaries or KANJIDIC2 allow it.

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`GlossedWords`
(``resolver.glossed``) and hands it three passes over a run
(:meth:`GlossedWords.titled_whole`, :meth:`GlossedWords.as_glossed`,
:meth:`GlossedWords.work_words`).

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("清少納言"), r.romanize("光孝天皇"), r.romanize("枕草子")
('Sei Shōnagon', 'Kōkō tennō', 'Makura no sōshi')
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from jpterms.kana import has_kanji, is_kanji, to_hiragana, to_katakana
from jpterms.reading_parts import kanji_readings, split_over_kanji

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.names import Division
    from jpterms.readings import ReadingResolver

__all__ = ["WORK_KINDS", "GlossedWords"]

#: JMnedict's kinds of a work's title: :meth:`GlossedWords.work_words`.
WORK_KINDS = frozenset({"work", "product"})


class GlossedWords:
    """The rules of a :class:`~jpterms.readings.ReadingResolver` that read names, titles
    and works as JMnedict divides them, with the resolver's dictionaries.

    >>> from jpterms.readings import ReadingResolver
    >>> glossed = ReadingResolver().glossed
    >>> glossed._kanji_words("枕草子", ("まくら", "の", "そうし"))
    ['枕', '', '草子']
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def work_words(self, m: Morpheme) -> Morpheme:
        """A work JMnedict lists whole with a の its written form leaves out, as words.

        枕草子 is まくらのそうし in JMdict and in JMnedict's works: *Makura no sōshi*, as
        catalogues write it, not *Makuranosōshi*. Only where the reading is that of a
        work or product in JMnedict (not a family name or a place: 井上 いのうえ is one
        word) and the words on either side of the の are readings of the characters there.
        """
        if m.words or m.locked or len(m.surface) < 2 or "ノ" not in m.kana \
                or not all(has_kanji(ch) for ch in m.surface):
            return m
        reading = to_hiragana(m.kana)
        if not any(r.reading == reading and r.kinds & WORK_KINDS for r in self._resolver.index.readings(m.surface)):
            return m
        for at in range(1, len(reading) - 1):
            if reading[at] != "の":
                continue
            words = (reading[:at], "の", reading[at + 1:])
            surfaces = self._kanji_words(m.surface, words)
            if surfaces is None or surfaces[1] or not surfaces[0] or not surfaces[2]:
                continue
            marked = (self._resolver.mark(surfaces[0], words[0]), "ノ", self._resolver.mark(surfaces[2], words[2]))
            return replace(m, reading="".join(marked), words=marked,
                           kana=" ".join(to_katakana(w) for w in words),
                           capitals=(m.proper, False, False))
        return m

    def as_glossed(self, out: list[Morpheme]) -> list[Morpheme]:
        """A notable person's name divided as JMnedict's gloss of the person divides it
        (:func:`jpterms.names.glossed_division`): 清 + 少納言 Sei Shōnagon (not the family
        name 清少), 紫 + 式部 Murasaki Shikibu (one unit to UniDic), 後 + 醍醐 Go-Daigo. Only
        a run of name units that together spell the person, read as JMnedict reads them."""
        if not any([m.proper for m in out]):
            return out
        i = 0
        while i < len(out):
            if not self._name_part(out[i]):
                i += 1
                continue
            j = i + 1
            while j < len(out) and self._name_part(out[j]):
                j += 1
            run = out[i:j]
            new = self._glossed_run(run)
            if new is not None:
                out = [*out[:i], *new, *out[j:]]
                j = i + len(new)
            i = j
        return out

    @staticmethod
    def _name_part(m: Morpheme) -> bool:
        return (m.proper and "人名" in m.pos and not m.locked and m.source != "glossary"
                and bool(m.surface) and all(is_kanji(ch)
                                            for ch in m.surface))

    def _glossed_run(self, run: list[Morpheme]) -> list[Morpheme] | None:
        from jpterms.names import glossed_division

        if len(run) == 1 and not run[0].pos.endswith("人名-一般") and not any(
                "person" in r.kinds for r in self._resolver.index.readings(run[0].surface)):
            return None  # a family or a given name alone (田中): no one person's full name
        written = "".join(m.surface for m in run)
        current = [to_hiragana(part) for m in run for part in m.kana.split(" ") if part]
        reading = "".join(current)
        if not 2 <= len(written) <= 8 or not any(
                r.source == "jmnedict" and r.reading == reading
                for r in self._resolver.index.readings(written)):
            return None
        division = glossed_division(written, reading)
        title: tuple[str, str] | None = None
        if division is None:
            titled = self._person_and_title(written, reading)
            if titled is None:
                return None
            written, division, title = titled
        elif list(division.words) == current and not any(division.hyphens):
            return None
        elif "の" in current and any(len(w) > 1 and w.endswith("の") for w in division.words):
            return None  # the gloss writes the clan's の into a word (Kawabeno Miyahito)
        if title is None and list(division.words) != current and (
                self._resolver.family_cuts.family_and_given(run, current)):
            return None
        new = self._glossed_words(run[0], written, division)
        if new is None:
            return None
        if title is not None:  # 法皇: a common noun after the name (Go-Shirakawa hōō)
            surface, kana = title
            new.append(replace(new[0], surface=surface, reading=self._resolver.mark(surface, kana),
                               kana=to_katakana(kana), proper=False, source="jmdict",
                               pos="名詞-普通名詞-一般", role="", words=(), capitals=()))
        return new

    def _glossed_words(self, template: Morpheme, written: str,
                       division: Division) -> list[Morpheme] | None:
        """The words of ``division`` over the characters of ``written``, as name units."""
        if any(w == "の" and (h or division.hyphens[k + 1:k + 2] == (True,))
               for k, (w, h) in enumerate(zip(division.words, division.hyphens, strict=True))):
            return None  # a の inside a hyphened name (Go-Mizu-no-O): no clan name's の
        surfaces = self._kanji_words(written, division.words)
        if surfaces is None or not all(
                not surface or any(r.reading == word for r in self._resolver.index.readings(surface))
                or (len(surface) == 1 and word in kanji_readings(surface, self._resolver.index))
                for surface, word in zip(surfaces, division.words, strict=True)):
            return None  # a word no dictionary reads so (the gloss "Hataei Jirou", 畑英次郎)
        blank = replace(template, role="", words=(), capitals=(), alternatives=(),
                        locked=False, proper=True, source="jmnedict",
                        pos="名詞-固有名詞-人名-一般")
        new: list[Morpheme] = []
        of = False
        for surface, word, hyphen in zip(surfaces, division.words, division.hyphens,
                                         strict=True):
            if not surface:
                of = True  # the の of a clan name: before the word after it
                continue
            m = replace(blank, surface=surface, reading=self._resolver.mark(surface, word),
                        kana=to_katakana(word), role="hyphen" if hyphen else "")
            if of:
                m = replace(m, reading="ノ" + m.reading, kana="ノ " + m.kana,
                            words=("ノ", m.reading), capitals=(False, True))
                of = False
            new.append(m)
        return new if new and not of else None

    def titled_whole(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input that JMnedict lists as one person, under one reading, whose gloss
        ends in the word UniDic's last unit is, a common noun (a glossary word too, which
        stays as it is): the name before it read and divided as the gloss has it (光孝 +
        天皇, "Koukou Tenno": Kōkō tennō, not the given name Mitsunori)."""
        last = out[-1] if len(out) > 1 else None
        if (last is None or last.proper or not last.kana
                or not last.pos.startswith("名詞-普通名詞")):
            return out
        written = "".join(m.surface for m in out)
        if not 3 <= len(written) <= 8 or not all(
                is_kanji(ch) for ch in written):
            return out
        people = list(dict.fromkeys(r for r, k in self._resolver.names(written) if "person" in k))
        tail = to_hiragana(last.kana)
        if len(people) != 1 or not people[0].endswith(tail) or people[0] == tail:
            return out
        from jpterms.names import Division, glossed_division  # (here: most inputs end above)

        division = glossed_division(written, people[0])
        if (division is None or len(division.words) < 2 or division.words[-1] != tail
                or division.hyphens[-1]):
            return out
        head = Division(division.words[:-1], division.hyphens[:-1])
        name = self._glossed_words(out[0], written[:-len(last.surface)], head)
        return out if name is None else [*name, last]

    def _person_and_title(self, written: str, reading: str) -> tuple[
            str, Division, tuple[str, str]] | None:
        """A listed person's name that JMnedict's gloss divides (:func:`glossed_division`)
        and a word of two kanji or more JMdict reads as the rest of the reading, such as a
        title: 後白河 + 法皇 (JMnedict's gloss of the whole is "Goshirakawahouou"). The
        name, its division and (the word, its reading)."""
        from jpterms.names import glossed_division

        for cut in range(len(written) - 2, 1, -1):
            head, rest = written[:cut], written[cut:]
            for r in self._resolver.index.readings(rest):
                if r.source == "jmdict" and reading.endswith(r.reading) and len(
                        reading) > len(r.reading):
                    division = glossed_division(head, reading[:-len(r.reading)])
                    if division is not None:
                        return head, division, (rest, r.reading)
        return None

    def _kanji_words(self, written: str, words: tuple[str, ...]) -> list[str] | None:
        """The characters of ``written`` each word of its reading stands for ("" for the
        の a name inserts), where dictionaries or KANJIDIC2's readings allow it."""

        def reads(piece: str, word: str) -> bool:
            return any(r.reading == word for r in self._resolver.index.readings(piece)) or (
                split_over_kanji(piece, word, self._resolver.index) is not None)

        def walk(k: int, at: int) -> list[str] | None:
            if k == len(words):
                return [] if at == len(written) else None
            for end in range(at + 1, len(written) + 1):
                if reads(written[at:end], words[k]):
                    rest = walk(k + 1, end)
                    if rest is not None:
                        return [written[at:end], *rest]
            if words[k] == "の" and 0 < at < len(written):
                rest = walk(k + 1, at)
                if rest is not None:
                    return ["", *rest]
            return None

        return walk(0, 0)
