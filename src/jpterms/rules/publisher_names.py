"""Publishers' names in citations, read by the shipped publisher table.

A publisher's name (*Chuo Koron Sha*, *Kodansha*) stands in an imprint (*Tokyo: Chikuma
shobo, 1969*), before the year, in a BibTeX or CSL ``publisher`` field, or with a house
word of its own (*Kawade shobo*); the table reads it one way, so each of its words gets
the table's spelling (:func:`publishers`, :func:`imprint_publishers`,
:func:`house_publishers`, :func:`publisher_fields`).

>>> from jpterms.language import LanguageGuesser
>>> foreign_name("Yuanliu chuban gongsi", LanguageGuesser())
True
>>> import re
>>> [w for w, _, _ in _capitalised_words(re.search(_CAPITALISED, "by Chuo Koron Sha, 1990"))]
['Chuo', 'Koron', 'Sha']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from jpterms.citations import inside
from jpterms.document import PUBLISHER, Segment
from jpterms.language import OTHER, LanguageGuesser
from jpterms.romaji import parse_word
from jpterms.rules.base import Context
from jpterms.spelling import SpellingJudge


def publisher_fields(ctx: Context, judge: SpellingJudge) -> dict[tuple[int, int], tuple[str, str]]:
    """The words of publisher fields (BibTeX ``publisher``, CSL ``publisher``) that the
    shipped publisher table reads one way: source span -> (as written, as the table
    spells it)."""
    out: dict[tuple[int, int], tuple[str, str]] = {}
    for segment in ctx.document.segments:
        if segment.role != PUBLISHER:
            continue
        words = list(_CAPITALISED_WORD.finditer(segment.text))
        if not 0 < len(words) <= _MOST_PUBLISHER_WORDS or \
                segment.text[words[0].start():words[-1].end()].count(","):
            continue
        spelled = judge.publisher([w.group(0) for w in words])
        if spelled is None:
            continue
        for w, sp in zip(words, spelled, strict=True):
            span = (segment.source_offset(w.start()), segment.source_offset(w.end() - 1) + 1)
            out[span] = (w.group(0), sp)
    return out


#: The most words a publisher's name spans (*Nihon Koten Zenshū Kankōkai*).
_MOST_PUBLISHER_WORDS = 4


def foreign_name(text: str, guesser: LanguageGuesser) -> bool:
    """Whether a publisher's name (a BibTeX or CSL publisher field) holds a word that can be
    neither romaji nor English: the name is in another language, all of it (*Yuanliu chuban
    gongsi*, 遠流出版公司: *chuban* is no Japanese word missing its macron).

    >>> guesser = LanguageGuesser()
    >>> foreign_name("Yuanliu chuban gongsi", guesser), foreign_name("Chuo Koron Sha", guesser)
    (True, False)
    >>> foreign_name("Kodansha International", guesser)
    False
    """
    return any(parse_word(w) is None and guesser.word(w).language == OTHER
               for w in _IMPRINT_WORD.findall(text))


#: Capitalised words in a row (a publisher's name: Chuo Koron Sha, Misuzu Shobo).
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’-][A-Z])[a-z'’]+(?:[ -][A-Z][a-z'’]+)*(?![\w'’-])")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z'’]+")
#: Where a one-word publisher stands: before ", 1933", or ending the entry, or after
#: its place ("Tokyo: Shobunsha").
AFTER_PUBLISHER = re.compile(r"[ \t]*(?:,[ \t]*(?:\d{4}|[A-Z][a-z]+[ \t,]+\d{4})|\.?[ \t]*(?:\n|$)|\\?\))")
_BEFORE_PUBLISHER = re.compile(r"[A-Z][a-z]+:[ \t]*$")


def publishers(text: str, judge: SpellingJudge, stretches: list[tuple[int, int]] | None,
               checked: Callable[[int, int], bool]) -> dict[tuple[int, int], str]:
    """The publishers' names (one to four capitalised words: *Kodansha*, *Chuo Koron Sha*)
    in the citation parts of ``text`` that the shipped publisher table reads one way,
    each word's span -> its spelling with the macrons that reading gives. A single word
    counts only where a publisher stands in a citation (before the year, ending the entry,
    after the place)."""
    out: dict[tuple[int, int], str] = {}
    for begin, end in ((0, len(text)),) if stretches is None else stretches:
        for m in _CAPITALISED.finditer(text, begin, end):
            words = _capitalised_words(m)
            i = 0
            while i < len(words):
                for n in range(min(4, len(words) - i), 0, -1):
                    part = words[i:i + n]
                    ws, we = part[0][1], part[-1][2]
                    if n == 1 and not (AFTER_PUBLISHER.match(text, we) or
                                       _BEFORE_PUBLISHER.search(text, max(0, ws - 40), ws)):
                        continue
                    if not checked(ws, we):
                        continue
                    spelled = judge.publisher([w for w, _, _ in part])
                    if spelled is not None:
                        for (_, s, e), w in zip(part, spelled, strict=True):
                            out[(s, e)] = w
                        i += n
                        break
                else:
                    i += 1
    return out


def imprint_publishers(text: str, judge: SpellingJudge, segment: Segment,
                       titles: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The publishers' names in the imprints of ``text`` (*(Tokyo: Chikuma shobo, 1969)*,
    *Tokyo: Kodansha, 1974*), outside the titles, that the shipped publisher table reads one
    way: each word's span -> its spelling, the writer's case kept; and where a sentence
    names the publisher (*published monthly by Shibundo.*). An imprint is a
    citation's however its title is set (a note may give the title plain, its English in
    brackets), and a writer may put a publisher's last word in lower case (*shobo*). An
    imprint may name a house without its 社 (*Tokyo: Chuo koron, 1972*)."""
    out: dict[tuple[int, int], str] = {}
    imprints = [m for m in _IMPRINT_PUBLISHER.finditer(text)
                if _IMPRINT_PLACE.search(text, max(0, m.start() - 40), m.start())]
    for m in [*imprints, *_PUBLISHED_BY.finditer(text)]:
        if inside(segment.source_offset(m.start(1)), titles):
            continue
        words = [(w.group(0), m.start(1) + w.start(), m.start(1) + w.end())
                 for w in _IMPRINT_WORD.finditer(m.group(1))]
        named = [w[:1].upper() + w[1:] for w, _, _ in words]
        spelled = judge.publisher(named)
        if spelled is None and m.re is _IMPRINT_PUBLISHER:
            # a house named without its 社, as its magazine is (Tokyo: Chuo koron, 1972:
            # 中央公論社, Chūō Kōron Sha)
            with_sha = judge.publisher([*named, "Sha"])
            spelled = None if with_sha is None else with_sha[:-1]
        if spelled is None:
            continue
        for (w, s, e), new in zip(words, spelled, strict=True):
            out[(s, e)] = (new[:1].lower() if w[:1].islower() else new[:1]) + new[1:]
    return out


def house_publishers(text: str, judge: SpellingJudge, segment: Segment,
                     titles: list[tuple[int, int]],
                     lone: dict[tuple[int, int], str] | None = None,
                     ) -> dict[tuple[int, int], str]:
    """Publishers named with a house word of their own (*from Chikuma Shobo)*, *(Tokyo: Kawade
    shobo*), wherever they stand, outside the titles: one to three words before the house word,
    the first capitalised, that with it the shipped publisher table reads one way; or that
    read one publisher of the table without it (*Kobundo shobo*: 弘文堂 and 書房, Kōbundō
    shobō). Each word's span -> its spelling, the writer's case kept. Where the table reads
    no name there, a house word with a long vowel goes to ``lone`` (*Hajinkaku-shobo*:
    shobō)."""
    from jpterms.publishers import house_words

    out: dict[tuple[int, int], str] = {}
    houses = house_words()
    for m in _house_word().finditer(text):
        before = _BEFORE_HOUSE.search(text, max(0, m.start() - 60), m.start())
        if before is None or inside(segment.source_offset(before.start(1)), titles):
            continue
        words = [(w.group(0), before.start(1) + w.start(), before.start(1) + w.end())
                 for w in _IMPRINT_WORD.finditer(before.group(1))]
        house = m.group(0)
        for n in range(len(words), 0, -1):
            part = words[-n:]
            if not part[0][0][:1].isupper():
                continue
            named = [w[:1].upper() + w[1:] for w, _, _ in part]
            spelled = judge.publisher([*named, house[:1].upper() + house[1:]])
            if spelled is None:
                stem = judge.publisher(named)
                if stem is None:
                    continue
                spelled = [*stem, houses[house.lower()]]
            for (w, s, e), new in zip([*part, (house, m.start(), m.end())], spelled, strict=True):
                out[(s, e)] = (new[:1].lower() if w[:1].islower() else new[:1].upper()) + new[1:]
            break
        else:
            if lone is not None and houses[house.lower()] != house.lower():
                lone[(m.start(), m.end())] = house[:1] + houses[house.lower()][1:]
    for m in _house_ending().finditer(text):
        # a name written as one word with its house word, where a publisher stands before
        # the year: (Ronshobo, 1978), 崙書房 (the table reads the whole word, or its long
        # vowel is the house word's)
        rest = _STEM_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if rest is None or (rest.start(), m.end()) in out or \
                inside(segment.source_offset(rest.start()), titles):
            continue
        whole = judge.publisher([text[rest.start():m.end()]])
        out[(rest.start(), m.end())] = whole[0] if whole else rest.group(0) + houses[m.group(0)]
    return out


@functools.cache
def _house_ending() -> re.Pattern[str]:
    """A house word with a long vowel ending a word before a comma and the year (*Ronshobo,
    1978*)."""
    from jpterms.publishers import house_words

    words = "|".join(sorted((w for w, spelled in house_words().items() if w != spelled),
                            key=len, reverse=True))
    return re.compile(rf"(?:{words})(?=,[ \t]*(?:1[0-9]{{3}}|20[0-9]{{2}})\b)")


#: The rest of a word before its house word: a capital and at least one letter (*Ron*).
_STEM_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+$")


@functools.cache
def _house_word() -> re.Pattern[str]:
    """A publisher's house word as a word of its own (*Shobo*, *shoten*, *Kankokai*)."""
    from jpterms.publishers import house_words

    words = "|".join(sorted((f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in house_words()),
                            key=len, reverse=True))
    return re.compile(rf"(?<=[ \t-])(?:{words})(?![\w'’-])")


#: The words before a house word: one to three, the first capitalised (*Kawade*, *Kobundo*).
_BEFORE_HOUSE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:[ \t-]+[A-Za-z][a-z]+){0,2})[ \t-]+$")
#: An imprint's publisher after its place and colon (one to four words, the first
#: capitalised) before a comma and the year; and the place, a capitalised word before the
#: colon (looked for only where the rest is found: a colon is rarer than a capital).
_IMPRINT_PUBLISHER = re.compile(r":[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]+){0,3}),"
                                r"[ \t]*(?:1[0-9]{3}|20[0-9]{2})\b")
#: A sentence that names a work's publisher: *published monthly by Shibundo.* (its
#: literal first: a pattern that begins with a class tries every letter, 20 ms a MB)
_PUBLISHED_BY = re.compile(r"ublished(?<=[Pp]ublished)(?<![\w'’-][Pp]ublished)(?:[ \t]+[a-z]+)?[ \t]+by[ \t]+"
                           r"([A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]+){0,3})(?:,|\.(?!\S))")
_IMPRINT_PLACE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+$")
_IMPRINT_WORD = re.compile(r"[A-Za-z]+")


def _capitalised_words(m: re.Match[str]) -> list[tuple[str, int, int]]:
    """The words of a match of :data:`_CAPITALISED`, with their spans in the text; one word
    (most matches) is the whole match, found without a second pattern."""
    found = m.group(0)
    if " " not in found and "-" not in found:
        return [(found, m.start(), m.end())]
    return [(w.group(0), m.start() + w.start(), m.start() + w.end())
            for w in _CAPITALISED_WORD.finditer(found)]
