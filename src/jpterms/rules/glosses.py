"""English names of Japanese bodies and terms (``gloss`` kind).

* ``JP701``: an unofficial English name of a body the glossary knows, such as
  "Ministry of Internal Affairs and Communication" for the official "Ministry
  of Internal Affairs and Communications".
* ``JP702``: one term given two English renderings in one document, such as
  "Three Principles of Arms Exports" and "Three Principles on Arms Exports".
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from jpterms.findings import CERTAIN, LIKELY, POSSIBLE, Finding
from jpterms.glossary import Glossary
from jpterms.rules.base import Context, Rule

UNOFFICIAL = Rule(
    "JP701", "gloss", "unofficial-english-name",
    "An English name close to, but not, the official name of a Japanese body.",
    bad=("  4. Japan, Ministry of Internal Affairs and Communication, “Joint Statement,” 2012.",
         "In 2006 the Japanese Defense Agency asked for ministry status."),
    good=("  4. Ministry of Internal Affairs and Communications, “Joint Statement,” 2012.",
          "  1. United Kingdom Ministry of Defence, “Memorandum,” 2012.",
          "The Japan Coast Guard's ships patrol the islands."),
)
TWO_RENDERINGS = Rule(
    "JP702", "gloss", "term-rendered-two-ways",
    "One term given two English renderings in the same document.",
    bad=("Tokyo eased the Three Principles of Arms Exports in 2011.\n"
         "Exports were banned under the Three Principles on Arms Exports.",),
    good=("Tokyo eased the Three Principles on Arms Exports in 2011.\n"
          "Exports were banned under the Three Principles on Arms Exports.",),
)
RULES = (UNOFFICIAL, TWO_RENDERINGS)

_POSSESSIVE = re.compile(r"['’]s?$")
#: A country's name and its adjective: a body's English name takes either in use.
_FORMS_OF_ONE_WORD = {"japan": "japanese"}
#: The office of a body's head beside the body (Minister of Finance, the person, beside
#: the Ministry of Finance): a different name, correct as written, not a slip in it.
_HEAD_OF_BODY = {"minister": "ministry", "secretary": "secretariat",
                 "commissioner": "commission", "director": "directorate"}
_TOKEN = re.compile(r"\S+")
#: Marks a token may end in that make no other word of it (a serial comma).
_PUNCTUATION = ",;:"
_CONNECTORS = ("of", "on", "for", "and", "the", "in", "to")
#: The longest word of a phrase: a bound, so that a token of thousands of capitalised parts
#: (A'A'A'…, Nichi-Ei-Nichi-…), tried from each capital, costs linear time, not quadratic.
_LONGEST_WORD = 80
#: Each word possessive (``{0,80}+``): only a comma or a space goes on from a word, and a
#: shorter word ends before a word character, so giving letters back finds nothing (a
#: capitalised word without a phrase after it stepped back through all its letters).
_PHRASE = re.compile(  # \b[A-Z]…, the capital first (see variants._NAME)
    rf"[A-Z](?<!\w[A-Z])[\w'-]{{0,{_LONGEST_WORD}}}+"
    rf"(?:,? (?:(?:of|on|for|and|the|in|to) )*[A-Z][\w'-]{{0,{_LONGEST_WORD}}}+)+"
)


def _phrases(ctx: Context) -> list[tuple[str, int, int]]:
    return list(ctx.matches(_PHRASE))


def findings(ctx: Context) -> Iterator[Finding]:
    """Gloss findings for the whole document."""
    phrases = _phrases(ctx)
    if not phrases:
        return
    if ctx.enabled(UNOFFICIAL):
        yield from _unofficial(ctx, phrases, ctx.terms)
    if ctx.enabled(TWO_RENDERINGS):
        yield from _two_renderings(ctx, phrases)


@dataclass(frozen=True)
class _OfficialNames:
    """Official English names by word count and by each word masked out, so a name
    one word away ("Communication" for "Communications") is found in a few lookups."""

    known: frozenset[str]  # every English name and variant, case-folded: never flagged
    lengths: tuple[int, ...]
    by_mask: dict[tuple[str, ...], list[str]]
    #: every word of those names, case-folded: a phrase one word away from a name
    #: has all its other words in here, so most phrases are ruled out at once
    vocabulary: frozenset[str] = frozenset()


_INDEXES: weakref.WeakKeyDictionary[Glossary, _OfficialNames] = weakref.WeakKeyDictionary()


def _official_names(glossary: Glossary) -> _OfficialNames:
    index = _INDEXES.get(glossary)
    if index is None:
        known: set[str] = set()
        by_mask: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for e in glossary:
            known.add(e.english.casefold())
            known.update(v.casefold() for v in e.variants)
            words = e.english.split()
            if e.kind in ("org", "law") and len(words) >= 3:
                folded = [w.casefold() for w in words]
                for i in range(len(words)):
                    by_mask[_masked(folded, i)].append(e.english)
        lengths = tuple(sorted({len(k) for k in by_mask}))
        vocabulary = frozenset(w for mask in by_mask for w in mask if w != "*")
        index = _INDEXES[glossary] = _OfficialNames(frozenset(known), lengths, dict(by_mask),
                                                    vocabulary)
    return index


@cache
def _about_japan() -> re.Pattern[str]:
    """A sign that a text is about Japan: the country's name, its capital, or Japanese
    script. Compiled on first use, by a likely finding (its kanji class costs 1 ms)."""
    return re.compile(r"\b(?:Japan|Nippon|Nihon|Tokyo|Tōkyō)|[\u3040-\u30ff\u3400-\u9fff]")


def _unofficial(ctx: Context, phrases: list[tuple[str, int, int]],
                glossary: Glossary) -> Iterator[Finding]:
    index = _official_names(glossary)
    if not index.lengths:
        return  # no official name of three words or more: no phrase is one word away
    about_japan: bool | None = None
    # (a phrase's words are its tokens: _PHRASE puts one space between two, never more)
    fewest_spaces = index.lengths[0] - 1
    for phrase, start, end in phrases:
        if phrase.count(" ") < fewest_spaces:
            continue  # fewer words than the shortest name (most phrases: two capitals)
        possessive = _POSSESSIVE.search(phrase)
        if possessive:  # "the Japan Coast Guard's ships": the name is without the 's
            phrase, end = phrase[: possessive.start()], end - len(possessive.group(0))
        words = list(_TOKEN.finditer(phrase))
        all_folded = [m.group(0).casefold() for m in words]
        # how many of the last k words are words of official names, for every k
        known_words = [0]
        for w in reversed(all_folded):
            known_words.append(known_words[-1] + (w in index.vocabulary))
        # the name ends the phrase, which may carry words before it ("United Kingdom Ministry")
        for length in index.lengths:
            if length > len(words):
                break
            tail = words[-length:]
            candidate = phrase[tail[0].start():]
            if candidate.casefold() in index.known:
                break
            if known_words[length] < length - 1:
                continue  # two words or more that no official name has: not one word away
            folded = all_folded[-length:]
            found = _one_word_away(folded, index)
            if found is not None and length < len(words) and folded[0] == found[1] and \
                    all_folded[-length - 1].isalpha() and \
                    all_folded[-length - 1] not in _CONNECTORS:
                # the near miss is the first word and the name goes on before it, a word
                # of its own (no comma, no possessive): another body's longer name ("United
                # Nations Security Council", not the National Security Council)
                found = None
            if found is not None:
                name, written, official = found
                begin = start + tail[0].start()
                confidence = _confidence(ctx, begin, written, official)
                if confidence != POSSIBLE:
                    if about_japan is None:
                        about_japan = _about_japan().search(ctx.document.source) is not None
                    if not about_japan:
                        # many countries' bodies share a Japanese body's English name (the
                        # Hawaiian Kingdom's House of Representatives): a text that never
                        # names Japan nor writes Japanese may mean another country's
                        confidence = POSSIBLE
                yield ctx.make(begin, end, UNOFFICIAL, f"the official English name is '{name}'",
                               [name], confidence=confidence)
                break


def _confidence(ctx: Context, start: int, written: str, official: str) -> str:
    """Certain for a slip in running text ("Communication" for "Communications").
    Only possible inside a cited work's own wording (a quoted or emphasised title, a
    title or publisher field): the citation keeps the name the work was published
    under. Likely where one word is the other's adjective or noun ("Japan" for
    "Japanese"): English writes many bodies both ways (the Japan Communist Party),
    so the change is the writer's to make, not ``--fix``'s; likewise where the word is
    the official one in the writer's American or British spelling (Labor: Labour)."""
    if ctx.cites(start):
        return POSSIBLE
    if _FORMS_OF_ONE_WORD.get(written) == official or _FORMS_OF_ONE_WORD.get(official) == written:
        return LIKELY
    if _english_spelling(written) == _english_spelling(official):
        return LIKELY  # Labor for Labour: the writer's English, the same word
    return CERTAIN


def _english_spelling(word: str) -> str:
    """``word`` with American and British spellings made one (-our/-or, -ence/-ense,
    -ise/-ize, -tre/-ter), so that a writer's Labor is the official name's Labour.

    >>> _english_spelling("labour") == _english_spelling("labor"), _english_spelling("defence")
    (True, 'defense')
    """
    for british, american in _SPELLINGS:
        word = re.sub(british, american, word)
    return word


#: British spellings and their American forms (regex, replacement).
_SPELLINGS = ((r"our\b", "or"), (r"ence\b", "ense"), (r"is(e|es|ed|ing|ation)\b", r"iz\1"),
              (r"tre\b", "ter"))


def _masked(words: list[str], i: int) -> tuple[str, ...]:
    return (*words[:i], "*", *words[i + 1 :])


def _one_word_away(words: list[str], index: _OfficialNames) -> tuple[str, str, str] | None:
    """The official name that differs from ``words`` in one word by a letter or two,
    with that word as written and as the name has it (case-folded)."""
    for i, word in enumerate(words):
        for name in index.by_mask.get(_masked(words, i), []):
            other = name.split()[i].casefold()
            if _HEAD_OF_BODY.get(word) == other:
                continue
            if other.rstrip(_PUNCTUATION) == word.rstrip(_PUNCTUATION):
                continue  # a serial comma ("Health, Labour, and Welfare"): the same word
            if other != word and abs(len(other) - len(word)) <= 3 and other[:4] == word[:4]:
                return name, word, other
    return None


def _key(phrase: str) -> str:
    return " ".join(w for w in phrase.casefold().split() if w not in _CONNECTORS)


_TERM_KEYS: weakref.WeakKeyDictionary[Glossary, frozenset[str]] = weakref.WeakKeyDictionary()


def _glossary_keys(glossary: Glossary) -> frozenset[str]:
    """The connector-free keys of every English name and variant the glossary holds."""
    keys = _TERM_KEYS.get(glossary)
    if keys is None:
        keys = frozenset(_key(name) for e in glossary for name in (e.english, *e.variants))
        _TERM_KEYS[glossary] = keys
    return keys


def _two_renderings(ctx: Context, phrases: list[tuple[str, int, int]]) -> Iterator[Finding]:
    """Two renderings of one term the glossary knows: an English phrase varied in a
    licence or a manual ("Initial Developer and the Contributors") is no Japanese term."""
    terms = _glossary_keys(ctx.terms)
    groups: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for phrase, start, end in phrases:
        words = phrase.split()
        lead = 0  # a sentence's first word is capitalised: "On the Sea of Japan side", "The
        while lead < len(words) - 1 and words[lead].casefold() in _CONNECTORS:  # Sea of ..."
            lead += 1
        if lead:
            start += len(phrase) - len(phrase.split(None, lead)[lead])
            phrase = phrase.split(None, lead)[lead]
            words = words[lead:]
        if phrase.count(" ") < 3:
            continue  # fewer than four words (one space between two: see _unofficial)
        if any(w in _CONNECTORS for w in words):
            groups[_key(phrase)].append((phrase, start, end))
    for key, items in groups.items():
        spellings = {p for p, _, _ in items}
        if len(spellings) < 2 or key not in terms:
            continue
        first = items[0][0]
        for phrase, start, end in items[1:]:
            if phrase != first:
                yield ctx.make(start, end, TWO_RENDERINGS,
                               f"'{phrase}' is rendered '{first}' earlier in this document",
                               [first], confidence=POSSIBLE)
