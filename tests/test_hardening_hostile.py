"""Hostile inputs found in session 7 (hardening7): each was superlinear before its fix.
Work is counted or matched here, never timed."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest

import jpterms

romanize = importlib.import_module("jpterms.romanize")  # the module, not the function
mecab_rows = importlib.import_module("jpterms.mecab_rows")

_DATA = Path(__file__).parent / "data"


def test_mecab_is_given_pieces_of_a_long_run_cut_after_a_sentence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """MeCab's time grows with the square of a run of one kind of character: a line of
    64,000 「 took 9 s to romanise, 16,000 took 0.2 s. It now reads at most
    MECAB_PIECE characters at once, cut after 。 where one is near."""
    given: list[str] = []
    real = mecab_rows.mecab_tagger

    class Recording:
        def __init__(self, tagger: object) -> None:
            self.tagger = tagger

        def parse(self, text: str) -> str:
            given.append(text)
            return self.tagger.parse(text)  # type: ignore[attr-defined, no-any-return]

    monkeypatch.setattr(mecab_rows, "mecab_tagger", lambda *a: Recording(real(*a)))
    out = romanize.Romanizer().romanize("「" * 10_000 + "東京")
    assert out.endswith("Tōkyō")
    assert given and max(map(len, given)) <= mecab_rows.MECAB_PIECE
    assert sum(map(len, given)) == 10_002
    titles = [line.split("\t")[0] for line in
              (_DATA / "dev_titles.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    paragraph = "。".join(titles * 40)  # a long paragraph of real titles
    assert len(paragraph) > 2 * mecab_rows.MECAB_PIECE
    pieces = list(mecab_rows._mecab_pieces(paragraph))
    assert "".join(pieces) == paragraph
    assert all(p.endswith("。") and len(p) <= mecab_rows.MECAB_PIECE for p in pieces[:-1])


def test_a_run_of_punctuation_is_not_scanned_again_from_each_mark() -> None:
    """The pattern for a run of Japanese began with any number of ASCII marks: on a line
    of 64,000 ``[`` and no Japanese, it scanned the rest of the line from each bracket
    (14 s). A match now starts only where marks start; the matches are the old ones."""
    old = re.compile(romanize._JAPANESE.pattern.replace(f"(?<![{romanize._PUNCT}])", "", 1))
    assert old.pattern != romanize._JAPANESE.pattern
    samples = ["[[[東京]]]", "a[東]b", "「東京」[1]", "x((東))((y", "]]東[[京]]",
               "東京、大阪。", "[[[", "1[2]東", "!?", ""]
    for text in samples:
        assert ([m.span() for m in romanize._JAPANESE.finditer(text)]
                == [m.span() for m in old.finditer(text)]), text
    assert romanize._JAPANESE.search("[" * 1000) is None
    assert jpterms.romanize("[" * 5000) == "[" * 5000


def test_a_run_of_japanese_is_cut_into_runs_one_way_only() -> None:
    """Between two runs of Japanese the pattern asked for any number of marks, none
    included, so n kanji could be cut into runs 2**n ways; a fullmatch that fails at the
    end (kanji, then a letter) tried every cut: 22 kanji took 0.35 s, 60 would take years.
    With at least one mark between runs there is one cut. The language and the matches
    are the old ones."""
    punct, script = romanize._PUNCT, romanize._JP
    old = re.compile(f"(?<![{punct}])[{punct}]*[{script}]+(?:[{punct}]*[{script}]+)*[{punct}]*")
    assert old.pattern != romanize._JAPANESE.pattern
    samples = ["東京", "東京(1)大阪", "「東京」[1]", "x((東))((y", "東-京-", "東京x", "]]東[[京]]",
               "東京、大阪。", "1[2]東", "!?", "", "東" * 12 + "x"]
    for text in samples:
        assert ([m.span() for m in romanize._JAPANESE.finditer(text)]
                == [m.span() for m in old.finditer(text)]), text
        assert bool(romanize._JAPANESE.fullmatch(text)) == bool(old.fullmatch(text)), text
    assert romanize._JAPANESE.fullmatch("東" * 60 + "x") is None
    assert romanize._JAPANESE.fullmatch("東" * 60 + "(" + "京" * 60) is not None


def test_a_hyphenated_word_is_read_one_way() -> None:
    """A part of a word after a hyphen or an apostrophe could be read two ways (an
    optional letter of either case before lower-case letters), so a word of n parts that
    fails at its end (``ab-bb-...-bb_``) was tried 2**n ways: 26 parts took 13 s in
    ``jpterms check``, 60 would never end. The words found are the old ones."""
    prose = importlib.import_module("jpterms.prose")
    old = re.compile(prose._WORD.pattern.replace("['’-][A-Z]?[a-z]+", "['’-][A-Za-z]?[a-z]+", 1))
    assert old.pattern != prose._WORD.pattern
    samples = ["Ken’ichi and Todai-ji", "Honen’s disciple", "iriab.soka.ac.jp", "Kyoto-Ku",
               "a-B-c", "ab-bb_", "x'Yz-q", "Shin-Yokohama, Tenpyo-shoho", "ab" + "-bb" * 10 + "_"]
    for text in samples:
        assert ([m.span() for m in prose._WORD.finditer(text)]
                == [m.span() for m in old.finditer(text)]), text
    hostile = "The word ab" + "-bb" * 60 + "_x is here, and ab" + "-Bb" * 60 + "_."
    assert prose._WORD.match(hostile, len("The word ")) is None
    assert jpterms.check(hostile) == []


def test_a_long_line_is_cut_into_pieces_once_not_once_per_run(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A line longer than a note is judged piece by piece. Its pieces were found again,
    and its ends looked for again, for each run of romanised words on it: a single line
    of 8 MB took 31 s of CPU, 2 MB took 2.6 s. Now once per line (counted)."""
    lines = importlib.import_module("jpterms.citation_lines")
    calls = {"pieces": 0, "bounds": 0}
    real_pieces, real_bounds = lines._pieces, lines._line_bounds

    def pieces(line: str) -> list[tuple[int, int]]:
        calls["pieces"] += 1
        return real_pieces(line)  # type: ignore[no-any-return]

    def bounds(text: str, start: int, end: int) -> tuple[int, int]:
        calls["bounds"] += 1
        return real_bounds(text, start, end)  # type: ignore[no-any-return]

    cite = ("See Sato, *Nihon no kyogi* (Tokyo: Iwanami Shoten, 1990); the Genba "
            "and Gemba letters, “Nichiei saiba kyogi no kaisai,” 2012. ")
    line = "".join(cite.replace("1990", str(1000 + i)) for i in range(200))
    monkeypatch.setattr(lines, "_pieces", pieces)
    monkeypatch.setattr(lines, "_line_bounds", bounds)
    found = jpterms.check(line + "\n")
    assert len(found) >= 200
    assert calls["pieces"] <= 4, calls
    assert calls["bounds"] <= 10, calls


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_lookup_writes_each_answer_before_the_next_query(
        fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``jpterms lookup -`` kept every answer until the last query was done: 200,000
    lines on stdin (1.2 MB) held 465 MB. Each answer is now written before the next
    query is looked up; the JSON is still the array ``json.dumps(..., indent=2)`` makes."""
    import io
    import json

    from jpterms.cli import main

    module = importlib.import_module("jpterms.lookup")
    real = module.lookup
    out = io.StringIO()
    written_before: list[int] = []

    def recording(*args: object, **kwargs: object) -> object:
        written_before.append(len(out.getvalue()))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "lookup", recording)
    monkeypatch.setattr(sys, "stdout", out)
    queries = ["Tokyo", "Hamondo", "qxzqxz"]
    assert main(["lookup", "--format", fmt, *queries]) == 0
    assert len(written_before) == 3, written_before
    assert written_before[0] <= len("[") < written_before[1] < written_before[2]
    if fmt == "json":
        expected = [{"query": q, "results": [m.as_dict() for m in real(q, 5)]} for q in queries]
        assert out.getvalue() == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
