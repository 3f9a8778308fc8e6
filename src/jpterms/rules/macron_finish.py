"""The last look at a macron finding before it is reported: dropped where the word names
an institution or a period in English (*Keio University*, *the Kofun period*); the
writer's own apostrophes kept in its suggestion (:func:`in_writers_marks`); likely, not
certain, where English writes the word as it stands (*shogun*,
:func:`english_form_unfixed`).

>>> _writes_plural("the first shidos to result", "shido")
True
"""

from __future__ import annotations

import re
from dataclasses import replace

from jpterms.findings import CERTAIN, LIKELY, Finding
from jpterms.language import LanguageGuesser
from jpterms.rules.base import Context
from jpterms.rules.japanese_words import PROSE_ENGLISH
from jpterms.rules.title_codes import MACRON, RESTS_ON_ORIGINAL
from jpterms.rules.title_macrons import with_marks_of
from jpterms.spelling import SpellingJudge


def institution(source: str, finding: Finding) -> bool:
    """Whether a macron finding's word names a university or college in English
    (Keio University, Kyushu University Press), or a publisher's English imprint
    (Kodansha International): the body's own English name, spelled as the body spells
    it, unless an original decides it."""
    return finding.code == MACRON.code and \
        _INSTITUTION_AFTER.match(source, finding.end) is not None and \
        not finding.message.endswith(f"({RESTS_ON_ORIGINAL})")


def period(source: str, finding: Finding, judge: SpellingJudge) -> bool:
    """Whether a macron finding's capitalised word names a period of Japanese history
    before the English word for one (the Kofun period, "Kofun Culture", the Heian era):
    a word that with 時代 *jidai* spells one dictionary word as written (古墳時代 *kofun
    jidai*, not 興奮 *kōfun*), unless an original decides it. A period the dictionary
    spells long keeps its finding (the Jomon period: 縄文時代 *jōmon jidai*).

    >>> from jpterms.findings import Finding
    >>> judge = SpellingJudge.for_glossary(None)
    >>> text = "the Kofun period and the Jomon period"
    >>> def finding(word: str, spelled: str) -> Finding:
    ...     at = text.index(word)
    ...     return Finding("a.md", 1, at + 1, 1, at + len(word) + 1, MACRON.code, MACRON.kind,
    ...                    word, (spelled,), start=at, end=at + len(word))
    >>> period(text, finding("Kofun", "Kōfun"), judge), period(text, finding("Jomon", "Jōmon"), judge)
    (True, False)
    """
    return finding.code == MACRON.code and finding.text[:1].isupper() and \
        _PERIOD_AFTER.match(source, finding.end) is not None and \
        not finding.message.endswith(f"({RESTS_ON_ORIGINAL})") and \
        judge.phrase_as_written([finding.text, "jidai"])


#: The English word for a period after a word: " period", " era", " Culture" (時代).
_PERIOD_AFTER = re.compile(r"[ \t-]+(?:[Pp]eriod|[Ee]ra|[Cc]ulture)\b")


#: A syllabic n set off from a vowel or y after it by an apostrophe (Shin’ichi, hen'yō).
SYLLABIC_N_APOSTROPHE = re.compile(r"[nN]['’][aiueoyāīūēōAIUEOYĀĪŪĒŌ]")
#: An English name of a body after the word: " University", " Junior College", and the
#: English imprint of a publisher (" International": 講談社インターナショナル).
_INSTITUTION_AFTER = re.compile(
    r"[ \t]+(?:(?:Junior|Women['’]s)[ \t]+)?(?:University|College|International)\b")


def in_writers_marks(ctx: Context, finding: Finding, *, apostrophes: bool = True) -> Finding:
    """A macron finding whose suggestion keeps the writer's own apostrophes and quotes
    (in’yō, not in'yō: the word is read with its apostrophe made plain, and a fix must
    change its vowels only). ``apostrophes``: whether the document sets off a syllabic n
    with an apostrophe anywhere (Shin’ichi); where it never does, the suggestion adds
    none either (*Nihon bunka no henyo*: henyō, not hen'yō, which would be certain and
    change more than the vowel the writer left short)."""
    if finding.code != MACRON.code or not finding.suggestions:
        return finding
    raw = ctx.document.source[finding.start:finding.end]
    first = finding.suggestions[0]
    if first == raw or (raw.isascii() and (apostrophes or not SYLLABIC_N_APOSTROPHE.search(first))):
        return finding
    kept = with_marks_of(raw, first)
    if kept is None or kept == first:
        return finding
    message = finding.message.replace(f"'{first}'", f"'{kept}'")
    head, sep, tail = message.partition("' needs a macron: ")
    if sep and head.startswith("'"):
        message = f"'{raw}{sep}{tail}"  # the word as written, its apostrophe too
    return replace(finding, suggestions=(kept, *finding.suggestions[1:]), message=message)


def english_form_unfixed(finding: Finding, guesser: LanguageGuesser, source: str,
                         plurals: dict[str, bool]) -> Finding:
    """A certain macron finding, as likely, when the word is English as it stands: English
    writes it (Zipf :data:`PROSE_ENGLISH`: shogun 2.9, ramen 3.4, rōnin 2.8), or the
    document gives it an English plural (*A shido ... the number of shidos*, judo's
    penalty). The English word is a real alternative, which a writer who marks no long
    vowel may mean (*the fifth Tokugawa shogun*), so the finding is shown but ``--fix``
    leaves it. ``plurals`` keeps, by word, whether ``source`` writes its plural.

    >>> from jpterms.check import check
    >>> [(f.text, f.confidence) for f in check("*Shogun to ronin no kenkyu* (1990)", path="a.md")]
    [('Shogun', 'likely'), ('ronin', 'likely'), ('kenkyu', 'certain')]
    """
    if finding.confidence != CERTAIN or finding.code != MACRON.code or \
            not finding.text.isalpha():
        return finding
    word = finding.text.lower()
    plural = plurals.get(word)
    if plural is None:
        plural = plurals[word] = _writes_plural(source, word)
    if not plural and guesser.word(finding.text).english < PROSE_ENGLISH:
        return finding
    return replace(finding, confidence=LIKELY)


def _writes_plural(source: str, word: str) -> bool:
    """Whether ``source`` writes ``word`` (in lower case) with an English plural s, as a
    word of its own, in lower case or capitalised (*shidos*, *Shidos*).

    >>> _writes_plural("the first shidos to result", "shido"), _writes_plural("shidoso", "shido")
    (True, False)
    """
    for form in (word + "s", word[:1].upper() + word[1:] + "s"):
        at = source.find(form)
        while at >= 0:
            end = at + len(form)
            if (not at or not _WORD_CHAR.match(source[at - 1])) and \
                    (end == len(source) or not _WORD_CHAR.match(source[end])):
                return True
            at = source.find(form, end)
    return False


#: A character that continues a word (a letter, a digit, an apostrophe or a hyphen).
_WORD_CHAR = re.compile(r"[\w'’-]")
