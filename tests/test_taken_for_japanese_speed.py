"""Whether a title's or a run's words may be read as romanised Japanese
(``japanese_words.taken_for_japanese``) is yes in a document already found to show Japanese,
without a verdict on its words: every answer there is yes whatever they are.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence and count work, never time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jpterms.language import JAPANESE, LanguageGuesser
from jpterms.readers import load_document
from jpterms.rules import japanese_words
from jpterms.rules.base import Context
from jpterms.spelling import SpellingJudge

_DATA = Path(__file__).parent / "data"


def _by_every_word(ctx: Context, words: list[str], guesser: LanguageGuesser) -> bool:
    """The answer as each word's verdict gives it."""
    strong = sum(guesser.word(w).language == JAPANESE for w in words)
    if strong >= japanese_words._STRONG_ALONE and not ctx.writes_other_script:
        return True
    return not ctx.shows_no_japanese


def test_a_document_that_shows_japanese_asks_no_verdict(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    word = LanguageGuesser.word

    def counted(self: LanguageGuesser, token: str) -> object:
        asked.append(token)
        return word(self, token)

    checked = showing = 0
    for path in sorted(_DATA.rglob("*")):
        if path.suffix not in (".md", ".txt", ".bib") or not path.is_file():
            continue
        ctx = Context(load_document(path.read_text(encoding="utf-8"), str(path)))
        guesser = LanguageGuesser.for_lexicon(SpellingJudge.for_glossary(ctx.glossary).lexicon)
        texts = [t.text for t in ctx.titles]
        if not texts:
            continue
        expected = [_by_every_word(ctx, japanese_words.TITLE_WORD.findall(t), guesser) for t in texts]
        shows = not ctx.shows_no_japanese  # asked now (the rules ask it at the first need)
        with monkeypatch.context() as patch:
            patch.setattr(LanguageGuesser, "word", counted)
            asked.clear()
            found = [japanese_words.taken_for_japanese(ctx, japanese_words.TITLE_WORD.findall(t), guesser)
                     for t in texts]
        assert found == expected, path
        checked += 1
        if shows:
            assert asked == [], path  # the old code asked about every title's words
            showing += 1
    assert checked >= 20 and showing >= 10
