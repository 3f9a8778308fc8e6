"""Work a cold ``jpterms check`` no longer does (session 21, speed23), on real data.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests count work or
check structure, never time.
"""

from __future__ import annotations

from pathlib import Path

from jpterms import kana

_DATA = Path(__file__).parent / "data"


def _real_text() -> str:
    """The first 3,000 characters of every Markdown, plain-text and TSV file of tests/data
    (no held-out set): romaji with macrons, circumflexes and curly apostrophes, kana and
    kanji."""
    paths = sorted(p for p in _DATA.rglob("*") if p.suffix in (".md", ".txt", ".tsv")
                   and "heldout" not in str(p) and "miehorts" not in str(p))
    return "".join(p.read_text(encoding="utf-8", errors="replace")[:3000] for p in paths)


def test_strip_macrons_table_is_a_list_that_translates_as_the_dict() -> None:
    """The table strip_macrons hands to ``str.translate`` is a list indexed by code point
    (a dict raised a KeyError for each character it lacked: most of each word), and
    translates every character of real text as the dict it was made from does."""
    text = _real_text()
    assert len(text) > 100_000 and "ō" in text
    made = str.maketrans("āīūēōâîûêôĀĪŪĒŌÂÎÛÊÔ", "aiueoaiueoAIUEOAIUEO")
    every = "".join(map(chr, range(0x3200))) + text
    assert isinstance(kana._UNMACRON, list)
    assert every.translate(kana._UNMACRON) == every.translate(made)


def test_normalize_romaji_translates_only_words_with_a_character_its_tables_change() -> None:
    """A word with a macron but no apostrophe or circumflex (most of them) is not handed to
    ``str.translate`` at all; every word of real text, and every character its tables
    change (and the full-width forms NFKC turns into them), is normalised as before."""
    import unicodedata

    changed = set(map(chr, [*kana._APOSTROPHES, *kana._CIRCUMFLEX_TO_MACRON]))
    assert changed == kana._NORMALISED == set("’‘`´′ʼâîûêôÂÎÛÊÔ")
    words = set(_real_text().split()) | changed | {"Ｋyôto", "ｓｈｉｎ｀ｙō", "Ko\u0302be"}
    for word in words:
        before = unicodedata.normalize("NFKC", word).translate(kana._APOSTROPHES)
        assert kana.normalize_romaji(word) == before.translate(kana._CIRCUMFLEX_TO_MACRON), word


def test_package_data_reads_as_text_mode_reads(tmp_path: Path) -> None:
    """Data files are read as bytes and decoded at once (text mode took twice as long),
    into the text text mode gives, universal newlines and all: every shipped data file,
    the bundled glossary, and files with every kind of line end."""
    from jpterms import glossary, package_data

    folder = Path(package_data.__file__).parent / "data"
    names = sorted(p.name for p in folder.iterdir() if p.is_file())
    assert "stations.tsv" in names and "kana.tsv" in names
    for name in names:
        assert package_data.read_text(name) == (folder / name).read_text(encoding="utf-8")
    assert glossary.bundled_text() == \
        (_DATA.parent.parent / "data" / "glossary.tsv").read_text(encoding="utf-8")
    for data in (b"a\r\nb\rc\r\r\nd\n", "東京\r\n\r".encode(), b"", b"\r", b"x\r\r\r\n\n\r\n"):
        path = tmp_path / "f.txt"
        path.write_bytes(data)
        assert package_data.decoded(data) == path.read_text(encoding="utf-8"), data


def test_kanji_are_told_by_code_point_as_the_kanji_class_tells_them() -> None:
    """kana.is_kanji takes exactly the characters _kanji_pattern matches (every code point),
    and has_kanji answers as the pattern's search does for short and long text."""
    from jpterms import kana as tests

    pattern = tests._kanji_pattern()
    for code in range(0x40100):
        ch = chr(code)
        assert tests.is_kanji(ch) == bool(pattern.fullmatch(ch)), hex(code)
    text = _real_text()
    lines = text.splitlines() + [text[i:i + 40] for i in range(0, len(text), 40)]
    assert any(tests.has_kanji(t) for t in lines) and not all(map(tests.has_kanji, lines))
    for line in lines:
        assert tests.has_kanji(line) == (pattern.search(line) is not None), line


#: readers/markdown.py's emphasis pattern before its closing was guarded by (?=[*_]).
_OLD_EMPHASIS = (
    r"(\*(?<![\w*\\]\*)\*?|_(?<![\w*\\]_)_?)(?![\s*_])(.{1,400}?)"
    r"(?:(?<![\s\\*_])\1(?![\w*])|(?:(?<=\w[,.;:] )|(?<=\w ))\1(?=[\s\\(]|$))")


def test_markdown_emphasis_tries_a_closing_only_at_a_mark() -> None:
    """The lazy span of Markdown emphasis tries its two closings only where a mark stands
    (each begins with the opening mark): the same matches and groups as before on every
    Markdown and text document of tests/data and on 20,000 random strings of marks."""
    import random
    import re

    from jpterms.readers import markdown

    assert "(?=[*_])" in markdown._EMPHASIS.pattern
    old = re.compile(_OLD_EMPHASIS, re.DOTALL)
    paths = sorted(p for p in _DATA.rglob("*") if p.suffix in (".md", ".txt")
                   and "heldout" not in str(p))
    rng = random.Random(23)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    texts += ["".join(rng.choices("*_ a,.;\\(\n", k=rng.randrange(32))) for _ in range(20_000)]
    found = 0
    for text in texts:
        want = [(m.span(), m.span(1), m.span(2)) for m in old.finditer(text)]
        assert [(m.span(), m.span(1), m.span(2)) for m in markdown._EMPHASIS.finditer(text)] \
            == want, text[:80]
        found += len(want)
    assert found > 1000


def test_japanese_runs_are_found_as_before_with_the_script_class_written_once() -> None:
    """romanize's run of Japanese (script and the punctuation in and around it) writes its
    class of Japanese script once (each copy took about a millisecond to compile): the same
    runs, matches and full matches as the pattern that wrote it twice, on real lines and on
    20,000 random strings of script, punctuation and letters."""
    import random
    import re
    import sys

    import jpterms.romanize  # noqa: F401  (the module, which the package's function hides)

    module = sys.modules["jpterms.romanize"]
    punct, script = module._PUNCT, module._JP
    assert module._JAPANESE.pattern.count(script) == 1
    old = re.compile(f"(?<![{punct}])[{punct}]*[{script}]+(?:[{punct}]+[{script}]+)*[{punct}]*")
    rng = random.Random(21)
    texts = _real_text().splitlines()
    texts += ["".join(rng.choices("東京のア、。（）!?-:[] a1\u3000・！\U00020bb7", k=rng.randrange(14)))
              for _ in range(20_000)]
    for text in texts:
        assert [m.span() for m in module._JAPANESE.finditer(text)] == \
            [m.span() for m in old.finditer(text)], text
        for found, want in ((module._JAPANESE.match(text), old.match(text)),
                            (module._JAPANESE.fullmatch(text), old.fullmatch(text))):
            assert (found and found.span()) == (want and want.span()), text


def test_quoted_spans_and_capitalised_phrases_match_as_before_with_possessive_words() -> None:
    """citations' quoted spans and glosses' capitalised phrases take each span or word
    possessively (no letters given back: only a quote, or a comma or space, can follow
    one): the same matches and groups as the patterns before, on every Markdown and text
    document of tests/data and on 20,000 random strings."""
    import random
    import re

    from jpterms import citations
    from jpterms.rules import glosses

    old = {
        citations._QUOTED: re.compile(r"“([^“”\n]{3,400})”|\"([^\"\n]{3,400})\""),
        citations._SINGLE_QUOTED: re.compile(
            r"‘([^‘’\n]{3,400})’|'(?<![\w'’]')([^'\n]{3,400})'(?![\w'’])"),
        glosses._PHRASE: re.compile(r"[A-Z](?<!\w[A-Z])[\w'-]{0,80}"
                                    r"(?:,? (?:(?:of|on|for|and|the|in|to) )*[A-Z][\w'-]{0,80})+"),
    }
    assert all(("{3,400}+" in p.pattern or "{0,80}+" in p.pattern) for p in old)
    paths = sorted(p for p in _DATA.rglob("*") if p.suffix in (".md", ".txt")
                   and "heldout" not in str(p))
    rng = random.Random(25)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    texts += ["".join(rng.choices("“”\"‘’' aB,\n-o", k=rng.randrange(24))) for _ in range(10_000)]
    texts += ["".join(rng.choices(["Tokyo", " ", ", ", "of ", "the ", "x", "-", "'"],
                                  k=rng.randrange(12))) for _ in range(10_000)]
    for new, before in old.items():
        found = 0
        for text in texts:
            want = [m.regs for m in before.finditer(text)]  # (the match's span and groups')
            assert [m.regs for m in new.finditer(text)] == want, text[:80]
            found += len(want)
        assert found > 100, new.pattern
