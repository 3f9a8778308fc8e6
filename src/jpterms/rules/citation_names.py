"""People's names in citations: full names JMnedict knows, and the English order.

A family and a given name together (*Naito Konan*) decide both halves' spellings
(:func:`full_names`); a given name before a family name (*Kohei Ueno*) is a person named
in the English order, whose romanisation is their own (:func:`western_order`).

>>> from jpterms.spelling import SpellingJudge
>>> judge = SpellingJudge.for_glossary(None)
>>> full_names(["Naito", "Konan"], judge)
{0: 'Naitō', 1: 'Konan'}
>>> western_order("Kohei", "Ueno", judge), split_possessive("Konan’s")
(True, ('Konan', '’s'))
"""

from __future__ import annotations

import re

from jpterms.spelling import NAME_PEOPLE, SpellingJudge

#: A capitalised word right after or before a word: part of a full name.
NAME_AFTER = re.compile(r"[ \t]+[A-ZĀĪŪĒŌ][a-zāīūēō'’]+(?![\w'’-])")
NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-ZĀĪŪĒŌ][a-zāīūēō'’]+[ \t]+$")


def full_names(words: list[str], judge: SpellingJudge, text: str = "",
               spans: tuple[tuple[str, int, int, object], ...] | None = None, *,
               people: bool = False) -> dict[int, str]:
    """Which of consecutive ``words`` form a person's full name JMnedict knows (Naito
    Konan: Naitō Konan), by index, with the spelling the name gives each; only words
    with nothing but spaces between them, or a bold family name's end (``text`` and
    ``spans`` say where they stand).
    With ``people``, also a family and a given name that many people bear, each read
    as most of them read it (Sagara Toru: Tōru)."""
    out: dict[int, str] = {}
    for i in range(len(words) - 1):
        if i in out or not (words[i][:1].isupper() and words[i + 1][:1].isupper()):
            continue
        if spans is not None and text[spans[i][2]:spans[i + 1][1]].strip() not in _SPACED:
            continue  # punctuation between them: two entries, not one name
        given, possessive = split_possessive(words[i + 1])
        found = judge.full_name(words[i], given)
        if found is not None:
            out[i], out[i + 1] = found[0], found[1] + possessive  # Naito Konan’s
            continue
        if people and _name_shaped(words[i], words[i + 1], judge):
            # a family and a given name many people bear: each read as most of them read it
            for k, family in ((i, True), (i + 1, False)):
                spelled = judge.name_part(words[k], family=family)
                if spelled is None and family:
                    spelled = judge.surname(words[k])
                if spelled is not None:
                    out[k] = spelled
    return out


def western_order(first: str, second: str, judge: SpellingJudge) -> bool:
    """Two words that read as a given name and then a family name, the English order
    (Kohei Ueno, Yosuke Furukawa, Koichi Kobayashi): a person named as they name
    themselves in English, whose romanisation is their own spelling, not a missing
    macron. The first is a given name of at least :data:`_WESTERN_GIVEN` people JMnedict
    lists, and at least twice as many as bear it as a family name or the second word as
    a given name (Abe Shinzo, Sagara Toru: the Japanese order); the second is a family
    name spelled exactly so."""
    if not (first[:1].isupper() and second[:1].isupper()):
        return False
    given = sum(judge.name_people(first, family=False).values())
    if given < _WESTERN_GIVEN:
        return False
    if not (2 * sum(judge.name_people(first, family=True).values()) < given and
            2 * sum(judge.name_people(second, family=False).values()) < given):
        return False
    # the second a family name exactly as written (Ueno; not Shiryo, nor Kyuta: Kyūta)
    written = second.lower()
    return any(p.kind == "surname" and p.hepburn.lower() == written
               for p in judge.lexicon.spellings(second))


def given_name_as_written(word: str, judge: SpellingJudge) -> bool:
    """A capitalised word that is a given name at least :data:`NAME_PEOPLE` people
    JMnedict lists bear, nine in ten or more of them spelled exactly so (Yoshiki: 38,
    none Yōshiki): a person's name with no long vowel, whatever noun shares its letters."""
    if not word[:1].isupper():
        return False
    counts = judge.name_people(word, family=False)
    total = sum(counts.values())
    return total >= NAME_PEOPLE and 10 * counts.get(word.lower(), 0) >= 9 * total


def given_name_either_way(word: str, judge: SpellingJudge) -> bool:
    """A capitalised word that at least one in ten of the people JMnedict lists with its
    letters as a given name spell as written (Yukichi: 2 of 14, 福沢諭吉 ゆきち among them;
    the other twelve Yūkichi): a guess at its long vowels would be wrong for them, so no
    guess is offered (Yuki: 79 of 142; but Koji: none of 265, Kōji).

    >>> from jpterms.spelling import SpellingJudge
    >>> judge = SpellingJudge.for_glossary(None)
    >>> given_name_either_way("Yukichi", judge), given_name_either_way("Koji", judge)
    (True, False)
    """
    if not word[:1].isupper():
        return False
    counts = judge.name_people(word, family=False)
    total = sum(counts.values())
    return total > 0 and 10 * counts.get(word.lower(), 0) >= total


#: What may stand between a family and a given name besides spaces: nothing, or the
#: end of a bold family name (**Fukuzawa** Yukichi, as reading lists set it).
_SPACED = ("", "**", "__")
#: A title that is two capitalised words and nothing else (Kohei Ueno).
TWO_NAMES = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+)")
#: People JMnedict lists with a given name before it is read as the given name of a
#: name in the English order (Daijiro: 11; Hirobumi: 5).
_WESTERN_GIVEN = 5


def split_possessive(word: str) -> tuple[str, str]:
    """``word`` without a possessive ending, and the ending (``Konan’s``: Konan, ’s)."""
    if len(word) > 3 and word[-2:] in ("’s", "'s"):
        return word[:-2], word[-2:]
    return word, ""


def _name_shaped(first: str, second: str, judge: SpellingJudge) -> bool:
    """Two words that read as a family name JMnedict lists and a given name many people
    bear (Sagara Toru)."""
    from jpterms.spelling import NAME_PEOPLE

    return sum(judge.name_people(second, family=False).values()) >= NAME_PEOPLE and \
        bool(judge.name_people(first, family=True))
