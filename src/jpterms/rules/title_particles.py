"""The particles へ, を and は written *he*, *wo* and *ha* (JP501): modified Hepburn
writes *e*, *o* and *wa*.

A title of a writer who marks long vowels whose only words to report are such particles
is read from its written words alone, without the analysis (:func:`particle_findings`).

>>> PARTICLE_FIX["wo"], may_be_particle("ha", 0), may_be_particle("ha", 2)
('o', False, True)
"""

from __future__ import annotations

from collections.abc import Iterator

from jpterms.findings import CERTAIN, Finding
from jpterms.language import ENGLISH, JAPANESE, OTHER, LanguageGuesser
from jpterms.rules.base import Context, DocumentTitle
from jpterms.rules.japanese_words import compounds_only_japanese_explains
from jpterms.rules.title_alignment import match_case
from jpterms.rules.title_codes import PARTICLE
from jpterms.spelling import SpellingJudge
from jpterms.title_analysis import title_words

PARTICLE_FIX = {"he": "e", "wo": "o", "ha": "wa"}


def particle(ctx: Context, written: str, start: int, end: int) -> Finding:
    """The finding for a particle written he, wo or ha (modified Hepburn: e, o, wa). Its
    callers make none in a document that writes its particles so throughout
    (:attr:`Context.writes_kana_particles`): a transliteration of the kana of its own, as
    consistent as circumflexes written throughout."""
    fix = match_case(written, PARTICLE_FIX[written.lower()])  # message and fix agree
    return ctx.make(start, end, PARTICLE, f"the particle is written '{fix}' in modified Hepburn",
                    [fix], confidence=CERTAIN)


def may_be_particle(lowered: str, index: int) -> bool:
    """Whether a word written as a particle (he, wo, ha) may be one where it stands, the
    ``index``-th word of a title: a particle follows a word, so a title's first *ha* or *he*
    is a noun (破邪道記 *Ha jadō ki*, 葉, 歯); *wo* is nothing but を, even where a title
    opens with it (*wo meguru Kindaishi*, an emphasis broken in two).

    >>> may_be_particle("ha", 0), may_be_particle("wo", 0), may_be_particle("ha", 2)
    (False, True, True)
    """
    return index > 0 or lowered == "wo"


def particle_findings(ctx: Context, title: DocumentTitle, judge: SpellingJudge,
                      guesser: LanguageGuesser) -> Iterator[Finding]:
    """The findings of :func:`_title_findings` for a title of a writer who marks long
    vowels whose only words to report are particles (:data:`_PARTICLES`), from its
    written words alone: the same words, gates and findings, without the analysis.

    >>> from jpterms.check import check
    >>> [(f.text, f.suggestions) for f in check('"Shōrui wo meguru seiji"', path="a.md")]
    [('wo', ('o',))]
    """
    if ctx.writes_kana_particles:
        return  # (the document's own style: see particle)
    words = title_words(title.text)
    verdicts = [guesser.word(w) for w, _, _ in words]
    if not any(v.language == JAPANESE for v in verdicts) and not (
            title.title.context and all(v.may_be_japanese for v in verdicts)) and \
            not compounds_only_japanese_explains(verdicts, judge, guesser):
        return  # the gate the analysis's words pass (English or foreign)
    for index, ((written, start, end), verdict) in enumerate(zip(words, verdicts, strict=True)):
        if written.lower() not in PARTICLE_FIX or len(words) < 2 or \
                not may_be_particle(written.lower(), index):
            continue
        if verdict.language in (ENGLISH, OTHER) and \
                max(verdict.english, guesser.other(written)) >= 2.5:
            continue
        yield particle(ctx, written, *title.source_span(start, end))
