"""Reading inputs: bytes to text, format detection, and the four document formats."""

from __future__ import annotations

import codecs
import doctest
import io
import json
import os
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import jpterms.files
import jpterms.readers
import jpterms.readers.bibtex
import jpterms.readers.csl_json
import jpterms.readers.latex
import jpterms.readers.markdown
from jpterms.document import CONTAINER, NAME, PROSE, PUBLISHER, TITLE, Document, Segment
from jpterms.errors import JptermsError, JptermsWarning
from jpterms.files import read_bytes_text, read_path
from jpterms.readers import FORMATS, detect_format, load_document
from jpterms.readers.markdown import blank_markdown

READER_MODULES = (jpterms.files, jpterms.readers, jpterms.readers.bibtex,
                  jpterms.readers.csl_json, jpterms.readers.latex, jpterms.readers.markdown)


@pytest.mark.parametrize("module", READER_MODULES, ids=lambda m: m.__name__)
def test_doctests(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.attempted > 0
    assert result.failed == 0


def span_of(doc: Document, segment: Segment, word: str) -> tuple[int, int]:
    """Source offsets of ``word`` found in a segment's decoded text."""
    i = segment.text.index(word)
    return segment.source_offset(i), segment.source_offset(i + len(word))


# --------------------------------------------------------------------------
# Bytes to text
# --------------------------------------------------------------------------

DECODED = [
    # plain UTF-8
    ("kyōgi".encode(), "kyōgi"),
    # UTF-8 with a BOM: the BOM goes
    (codecs.BOM_UTF8 + "Gaimushō".encode(), "Gaimushō"),
    # UTF-16 LE and BE with BOM (what Windows Notepad writes)
    (codecs.BOM_UTF16_LE + "Tōkyō 東京".encode("utf-16-le"), "Tōkyō 東京"),
    (codecs.BOM_UTF16_BE + "Tōkyō 東京".encode("utf-16-be"), "Tōkyō 東京"),
    # UTF-32 LE (its BOM starts with the UTF-16 LE one) and BE
    (codecs.BOM_UTF32_LE + "Ōsaka".encode("utf-32-le"), "Ōsaka"),
    (codecs.BOM_UTF32_BE + "Ōsaka".encode("utf-32-be"), "Ōsaka"),
    # empty file: an empty document, not an error
    (b"", ""),
    # a BOM alone
    (codecs.BOM_UTF8, ""),
    # CRLF line endings are kept, so offsets match the file
    (b"a\r\nb\r\n", "a\r\nb\r\n"),
    # tabs and form feeds are text
    (b"a\tb\fc\n", "a\tb\fc\n"),
    # UTF-16 without a BOM, either byte order (before: called "binary")
    ("kyōgi no kaisai\n".encode("utf-16-le"), "kyōgi no kaisai\n"),
    ("Tōkyō 東京".encode("utf-16-be"), "Tōkyō 東京"),
]


@pytest.mark.parametrize(("data", "expected"), DECODED)
def test_read_bytes_text(data: bytes, expected: str) -> None:
    assert read_bytes_text(data, "a.txt") == expected


REJECTED = [
    # Latin-1 é: the byte and offset are named
    (
        b"caf\xe9 au lait",
        r"^a\.txt: not UTF-8 text \(byte 0xe9 at offset 3\); convert it to UTF-8$",
    ),
    # Shift_JIS Japanese: named as such, with the iconv command
    ("外務省の協議".encode("cp932"), r"not UTF-8 text \(byte 0x.. at offset 0\).*SHIFT_JIS"),
    # a lone continuation byte in the middle
    (b"abc\x80def", r"byte 0x80 at offset 3"),
    # NUL bytes: binary
    (b"abc\x00\x01\x02def", r"^a\.txt: binary file, not text"),
    # well-known binary formats are named
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", r"binary file \(PDF\), not text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"binary file \(PNG\)"),
    (b"PK\x03\x04\x14\x00\x06\x00", r"binary file \(ZIP/DOCX\)"),
    # valid UTF-8 but mostly control characters
    (bytes(range(1, 9)) * 20, r"binary file, not text"),
    # UTF-16 with a BOM whose text contains NUL characters
    (codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"), r"binary file"),
    # NULs in every other byte, but an odd length: not UTF-16 after all
    ("kyogi".encode("utf-16-le") + b"x", r"binary file"),
    # a BOM followed by an odd number of UTF-16 bytes
    (codecs.BOM_UTF16_LE + b"a\x00b", r"not valid UTF-16 LE text"),
]


@pytest.mark.parametrize(("data", "pattern"), REJECTED)
def test_read_bytes_text_rejects(data: bytes, pattern: str) -> None:
    with pytest.raises(JptermsError, match=pattern) as info:
        read_bytes_text(data, "a.txt")
    assert "\n" not in str(info.value)


def test_read_path_reads_and_decodes(tmp_path: os.PathLike[str]) -> None:
    path = os.path.join(tmp_path, "a.txt")
    with open(path, "wb") as fh:
        fh.write(codecs.BOM_UTF16_LE + "Nichiei saibā kyōgi".encode("utf-16-le"))
    assert read_path(path) == "Nichiei saibā kyōgi"


def test_read_path_errors(tmp_path: os.PathLike[str]) -> None:
    missing = os.path.join(tmp_path, "missing.txt")
    with pytest.raises(JptermsError, match=r"missing\.txt: no such file$"):
        read_path(missing)
    with pytest.raises(JptermsError, match=r": is a directory"):
        read_path(os.fspath(tmp_path))
    binary = os.path.join(tmp_path, "b.bin")
    with open(binary, "wb") as fh:
        fh.write(b"\x00\x01\x02")
    with pytest.raises(JptermsError, match=r"b\.bin: binary file"):
        read_path(binary)


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="root and Windows ignore file modes",
)
def test_read_path_permission_denied(tmp_path: os.PathLike[str]) -> None:
    path = os.path.join(tmp_path, "secret.txt")
    with open(path, "w") as fh:
        fh.write("x")
    os.chmod(path, 0)
    with pytest.raises(JptermsError, match=r"secret\.txt: permission denied"):
        read_path(path)


def test_read_path_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(codecs.BOM_UTF8 + "Kōno".encode()))
    monkeypatch.setattr(sys, "stdin", fake)
    assert read_path("-") == "Kōno"


def test_read_path_stdin_error_names_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"r\xe9sum\xe9"))
    monkeypatch.setattr(sys, "stdin", fake)
    with pytest.raises(JptermsError, match=r"^<stdin>: not UTF-8"):
        read_path("-")


# --------------------------------------------------------------------------
# Formats
# --------------------------------------------------------------------------

DETECTED = [
    ("notes.md", "markdown"),  # Markdown
    ("NOTES.MARKDOWN", "markdown"),  # extensions are case-insensitive
    ("refs.bib", "bibtex"),  # BibTeX
    ("dir.v2/zotero.json", "csl-json"),  # a dot in a directory name does not count
    ("article.txt", "text"),  # plain text
    ("README", "text"),  # no extension
    (".bib", "text"),  # a hidden file named .bib has no extension
    ("-", "text"),  # standard input
    (r"C:\refs\my.bib", "bibtex"),  # Windows path
]


@pytest.mark.parametrize(("path", "expected"), DETECTED)
def test_detect_format(path: str, expected: str) -> None:
    assert detect_format(path) == expected
    assert expected in FORMATS


def test_load_document_text() -> None:
    doc = load_document("Gemba met Hammond.\n", "a.txt")
    assert doc.path == "a.txt"
    assert doc.segments == (Segment("Gemba met Hammond.\n", 0, PROSE),)


def test_load_document_explicit_format_wins() -> None:
    doc = load_document("# Title `code`", "a.txt", "markdown")
    assert doc.segments[0].text == "# Title       "


def test_load_document_unknown_format() -> None:
    with pytest.raises(JptermsError, match="unknown input format 'docx'"):
        load_document("x", "a.txt", "docx")


def test_empty_inputs_give_empty_documents() -> None:
    for path in ("a.txt", "a.md", "a.bib", "a.json"):
        doc = load_document("", path)
        assert all(seg.text == "" for seg in doc.segments), path


# --------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------


def blanked(source: str, *parts: str) -> str:
    """``source`` with each of ``parts`` replaced by spaces (newlines kept)."""
    for part in parts:
        assert part in source, part
        source = source.replace(part, re.sub(r"[^\r\n]", " ", part), 1)
    return source


MARKDOWN = [
    # inline code span
    ("Use `kyogi` here", blanked("Use `kyogi` here", "`kyogi`")),
    # double-backtick span holding a backtick
    ("a ``x ` y`` b", blanked("a ``x ` y`` b", "``x ` y``")),
    # an unclosed backtick is literal text
    ("it`s kyogi", "it`s kyogi"),
    # escaped backticks are not code
    ("\\`kyogi\\`", "\\`kyogi\\`"),
    # link target blanked (balanced parentheses inside), link text kept
    (
        "[Gaimusho](https://www.mofa.go.jp/a_(b).html) x",
        blanked(
            "[Gaimusho](https://www.mofa.go.jp/a_(b).html) x", "https://www.mofa.go.jp/a_(b).html"
        ),
    ),
    # link with a title
    ('[t](http://a.jp "Saiba") x', blanked('[t](http://a.jp "Saiba") x', 'http://a.jp "Saiba"')),
    # autolink
    (
        "see <https://mofa.go.jp/kyogi>.",
        blanked("see <https://mofa.go.jp/kyogi>.", "<https://mofa.go.jp/kyogi>"),
    ),
    # bare URL, the trailing full stop kept
    (
        "see https://mofa.go.jp/k.html.",
        blanked("see https://mofa.go.jp/k.html.", "https://mofa.go.jp/k.html"),
    ),
    # HTML comment over two lines keeps its newline
    ("a <!-- Tokyo\nOsaka --> b", blanked("a <!-- Tokyo\nOsaka --> b", "<!-- Tokyo\nOsaka -->")),
    # HTML tags blanked, their text kept
    (
        '<span lang="ja">Tokyo</span>',
        blanked('<span lang="ja">Tokyo</span>', '<span lang="ja">', "</span>"),
    ),
    # a link reference definition is not prose: all of it goes
    (
        '[mofa]: https://mofa.go.jp "Gaimusho"\n',
        blanked('[mofa]: https://mofa.go.jp "Gaimusho"\n', '[mofa]: https://mofa.go.jp "Gaimusho"'),
    ),
    # a footnote definition is prose (CommonMark would read it as a link definition)
    ("[^1]: Gaimusho, 2012.\n", "[^1]: Gaimusho, 2012.\n"),
    # an HTML block keeps its text, not its tags
    ("<div>\nKyoto\n</div>\n", blanked("<div>\nKyoto\n</div>\n", "<div>", "</div>")),
    # jpterms off/on region, markers included
    (
        "a\n<!-- jpterms off -->\nOsaka\n<!-- jpterms on -->\nb",
        blanked(
            "a\n<!-- jpterms off -->\nOsaka\n<!-- jpterms on -->\nb",
            "<!-- jpterms off -->\nOsaka\n<!-- jpterms on -->",
        ),
    ),
    # jpterms off without on: to the end
    (
        "a <!-- jpterms off --> Osaka\nKyoto",
        blanked("a <!-- jpterms off --> Osaka\nKyoto", "<!-- jpterms off --> Osaka\nKyoto"),
    ),
    # fenced code with an info string
    (
        "x\n```python\nkyogi = 1\n```\ny",
        blanked("x\n```python\nkyogi = 1\n```\ny", "```python\nkyogi = 1\n```"),
    ),
    # tilde fence closed only by a fence at least as long
    ("~~~~\na\n~~~\nb\n~~~~\nc", blanked("~~~~\na\n~~~\nb\n~~~~\nc", "~~~~\na\n~~~\nb\n~~~~")),
    # unclosed fence runs to the end
    ("p\n```\nsaiba\n", blanked("p\n```\nsaiba\n", "```\nsaiba")),
    # indented code block after a blank line
    ("p\n\n    kyogi()\nq", blanked("p\n\n    kyogi()\nq", "kyogi()")),
    # an indented line continuing a paragraph is not code
    ("p\n    kyogi", "p\n    kyogi"),
    # an indented line in a list is not code
    ("1. item\n\n    more kyogi", "1. item\n\n    more kyogi"),
    # CRLF line endings
    (
        "```\r\nx\r\n```\r\ny `z`\r\n",
        blanked("```\r\nx\r\n```\r\ny `z`\r\n", "```\r\nx\r\n```", "`z`"),
    ),
]


@pytest.mark.parametrize(("source", "expected"), MARKDOWN)
def test_blank_markdown(source: str, expected: str) -> None:
    out = blank_markdown(source)
    assert out == expected
    assert len(out) == len(source)


def test_markdown_document_keeps_offsets() -> None:
    source = (
        "# Notes\n\n"
        "```\nsaiba kyogi\n```\n\n"
        "The `kyogi` was held in [Tokyo](https://ja.wikipedia.org/wiki/Tokyo).\n"
    )
    doc = load_document(source, "notes.md")
    (seg,) = doc.segments
    assert seg.offsets is None and seg.start == 0 and seg.role == PROSE
    assert len(seg.text) == len(source)
    assert "saiba" not in seg.text and "kyogi" not in seg.text and "wikipedia" not in seg.text
    i = seg.text.index("Tokyo")
    assert doc.position(seg.source_offset(i)) == (7, 26)
    assert doc.source == source


# --------------------------------------------------------------------------
# BibTeX
# --------------------------------------------------------------------------

BIB = r"""% Japan-UK sources
@string{mofa = "Ministry of Foreign Affairs"}

@misc{mofa2012dialogue,
  author    = mofa,
  title     = {Nichiei saib{\=a} ky{\=o}gi no kaisai ni tsuite [Japan-UK cyber dialogue]},
  year      = {2012},
  month     = jun,
  url       = {https://www.mofa.go.jp/mofaj/press/release/24/6/0620_01.html},
  note      = "Accessed via \url{https://www.mofa.go.jp}, pp. 3--4",
}

@article{asagumo2012,
  author = {Asagumo Shinbun},
  title  = "Nichiei ry\={o}koku s\=obihin ky\=od\=o kaihatsu de g\^oi",
  journal = {Asagumo},
  abstract = {K\={o}no said "Gaimush\^{o}" and M\"uller
    agreed with \'Etienne on the se\~nor's \emph{Nihon}.},
}
"""


def test_bibtex_segments_fields_and_roles() -> None:
    doc = load_document(BIB, "refs.bib")
    got = [(seg.role, seg.text) for seg in doc.segments]
    assert got == [
        (NAME, "Ministry of Foreign Affairs"),
        (TITLE, "Nichiei saibā kyōgi no kaisai ni tsuite [Japan-UK cyber dialogue]"),
        (PROSE, "Accessed via , pp. 3--4"),
        (NAME, "Asagumo Shinbun"),
        (TITLE, "Nichiei ryōkoku sōbihin kyōdō kaihatsu de gôi"),
        (CONTAINER, "Asagumo"),
        (
            PROSE,
            'Kōno said "Gaimushô" and Müller agreed with Étienne on the señor\'s Nihon.',
        ),
    ]


def test_bibtex_kyogi_maps_back_to_the_source() -> None:
    doc = load_document(BIB, "refs.bib")
    title = doc.segments[1]
    start, end = span_of(doc, title, "kyōgi")
    # line 6 of the .bib file, column of the "k" of "ky{\=o}gi"
    assert doc.position(start) == (6, 34)
    assert doc.source[start:end] == r"ky{\=o}gi"
    assert doc.position(end) == (6, 43)
    # the accented letter alone maps to its whole {\=o} group
    a = title.text.index("ō")
    assert doc.source[title.source_offset(a) : title.source_offset(a + 1)] == r"{\=o}"
    # the end of the text maps to the end of the raw value (before the closing brace)
    assert doc.source[title.source_offset(len(title.text))] == "}"
    assert title.offsets is not None and len(title.offsets) == len(title.text) + 1


def test_bibtex_quoted_value_and_bare_accents_map_back() -> None:
    doc = load_document(BIB, "refs.bib")
    title = doc.segments[4]
    start, end = span_of(doc, title, "kyōdō")
    assert doc.source[start:end] == r"ky\=od\=o"
    assert doc.position(start) == (15, 43)
    start, end = span_of(doc, title, "ryōkoku")
    assert doc.source[start:end] == r"ry\={o}koku"


def test_bibtex_macro_maps_to_its_name() -> None:
    doc = load_document(BIB, "refs.bib")
    author = doc.segments[0]
    assert doc.source[author.source_offset(0) : author.source_offset(len(author.text))] == "mofa"


def test_bibtex_multiline_value_collapses_whitespace() -> None:
    doc = load_document(BIB, "refs.bib")
    abstract = doc.segments[6]
    start, end = span_of(doc, abstract, "Étienne")
    assert doc.position(start) == (18, 17)
    assert doc.source[start:end] == r"\'Etienne"


LATEX = [
    # braced accent group
    (r"ky{\=o}gi", "kyōgi"),
    # accent with braced argument
    (r"ky\={o}gi", "kyōgi"),
    # bare accent
    (r"ky\=ogi", "kyōgi"),
    # circumflex, acute, umlaut, tilde, grave
    (r"T\^oky\^o \'e \"u \~n \`a", "Tôkyô é ü ñ à"),
    # letter accents need a brace or a space
    (r"\u{a} \v s \c{c} \H{o}", "ă š ç ő"),
    # dotless i under a macron
    (r"\=\i{} {\=\i}", "ī ī"),
    # symbols
    (r"\ss{} \o{} \AE", "ß ø Æ"),
    # en dash stays as written, escaped specials become characters
    (r"pp. 3--4 \& 50\%", "pp. 3--4 & 50%"),
    # grouping braces go, unknown commands go, their argument stays
    (r"{The} \emph{Gaimush\=o} {{Shinbun}}", "The Gaimushō Shinbun"),
    # ties are spaces, whitespace runs become one space
    ("Noda~Yoshihiko\n   and   Cameron", "Noda Yoshihiko and Cameron"),
    # control space and forced line break; a control word eats the spaces after it
    ("Sat\\ Ch\\=o\\\\ ku \\o x", "Sat Chō ku øx"),
]


@pytest.mark.parametrize(("raw", "expected"), LATEX)
def test_latex_decoding(raw: str, expected: str) -> None:
    doc = load_document(f"@misc{{k, title = {{{raw}}}}}\n", "a.bib")
    (seg,) = doc.segments
    assert seg.text == expected
    # every offset points into the raw value, in order
    assert seg.offsets is not None
    assert list(seg.offsets) == sorted(seg.offsets)
    first = doc.source.index(raw)
    assert all(first <= o <= first + len(raw) for o in seg.offsets)


def test_bibtex_skips_unchecked_fields_and_values_that_look_like_fields() -> None:
    source = "@book{b, title = {A, series = {x}}, doi = {10.1/x}, publisher = {Iwanami Shoten}}\n"
    doc = load_document(source, "a.bib")
    assert [(s.role, s.text) for s in doc.segments] == [
        (TITLE, "A, series = x"),
        (PUBLISHER, "Iwanami Shoten"),
    ]


def test_bibtex_concatenation_and_month_macros() -> None:
    doc = load_document('@misc{k, note = jun # " 2012, Tokyo"}\n', "a.bib")
    assert doc.segments[0].text == "June 2012, Tokyo"


def test_bibtex_duplicate_keys_are_still_checked() -> None:
    source = "@misc{k, title = {Kyogi}}\n@misc{k, title = {Saiba}}\n"
    doc = load_document(source, "a.bib")
    assert [s.text for s in doc.segments] == ["Kyogi", "Saiba"]
    assert doc.position(doc.segments[1].source_offset(0)) == (2, 19)


def test_bibtex_comments_and_preamble_ignored() -> None:
    source = '@comment{title = {Kyogi}}\n@preamble{"\\newcommand{\\x}{y}"}\nfree text kyogi\n'
    assert load_document(source, "a.bib").segments == ()


def test_malformed_bibtex_names_the_line() -> None:
    source = (
        "@misc{ok, title = {Fine}}\n\n@article{broken, title = {unclosed\n@misc{c, title={z}}\n"
    )
    with pytest.raises(JptermsError, match=r"^a\.bib:3: malformed BibTeX: ") as info:
        load_document(source, "a.bib")
    assert "\n" not in str(info.value)


# --------------------------------------------------------------------------
# CSL-JSON
# --------------------------------------------------------------------------

ZOTERO = r"""[
  {
    "id": "http://zotero.org/users/local/XYZ/items/ABCD1234",
    "type": "webpage",
    "title": "Nichiei saib\u0101 ky\u014dgi no kaisai ni tsuite [Japan-UK \"cyber\" dialogue]",
    "container-title": "Gaimush\u014d",
    "author": [
      {"literal": "Ministry of Foreign Affairs"},
      {"family": "Kawabata", "given": "Tatsuo"}
    ],
    "issued": {"date-parts": [[2012, 6, 20]]},
    "accessed": {"date-parts": [[2024, 1, 5]]},
    "number-of-pages": 12,
    "note": "Puresu ririsu \ud83d\udcf0",
    "URL": "https://www.mofa.go.jp/mofaj/press/release/24/6/0620_01.html"
  }
]
"""


def test_csl_json_segments() -> None:
    doc = load_document(ZOTERO, "zotero.json")
    assert [(s.role, s.text) for s in doc.segments] == [
        (TITLE, 'Nichiei saibā kyōgi no kaisai ni tsuite [Japan-UK "cyber" dialogue]'),
        (CONTAINER, "Gaimushō"),
        (NAME, "Ministry of Foreign Affairs"),
        (NAME, "Kawabata"),
        (NAME, "Tatsuo"),
        (PROSE, "Puresu ririsu 📰"),
    ]


def test_csl_json_escape_maps_to_its_backslash() -> None:
    doc = load_document(ZOTERO, "zotero.json")
    title = doc.segments[0]
    start, end = span_of(doc, title, "kyōgi")
    assert doc.source[start:end] == r"ky\u014dgi"
    assert doc.position(start) == (5, 34)
    o = title.text.index("ō")
    assert doc.position(title.source_offset(o)) == (5, 36)
    assert doc.source[title.source_offset(o)] == "\\"
    # an escaped quote maps to its backslash as well
    q = title.text.index('"')
    assert doc.source[title.source_offset(q) : title.source_offset(q + 1)] == '\\"'
    # the end maps to the closing quote
    assert doc.source[title.source_offset(len(title.text))] == '"'
    # a surrogate pair is one character mapped to the first escape
    note = doc.segments[-1]
    emoji = note.text.index("📰")
    assert doc.source[note.source_offset(emoji) : note.source_offset(emoji + 1)] == r"\ud83d\udcf0"


CSL_SHAPES = [
    # a single item object
    ('{"type": "book", "title": "Kokutai no hongi"}', ["Kokutai no hongi"]),
    # Zotero API style {"items": [...]}
    ('{"items": [{"title": "A"}, {"title": "B"}]}', ["A", "B"]),
    # a list with a non-object item is tolerated
    ('[1, {"title": "A"}]', ["A"]),
    # list-valued title fields and unknown fields
    ('[{"container-title": ["X", "Y"], "title-short": "Z", "genre": "W"}]', ["X", "Y", "Z"]),
    # all the checked title fields
    (
        '[{"collection-title": "S", "publisher": "Iwanami", "original-title": "O", '
        '"abstract": "Ab"}]',
        ["S", "Iwanami", "O", "Ab"],
    ),
    # an empty list
    ("[]", []),
    # empty strings give no segment
    ('[{"title": ""}]', []),
]


@pytest.mark.parametrize(("source", "texts"), CSL_SHAPES)
def test_csl_json_shapes(source: str, texts: list[str]) -> None:
    assert [s.text for s in load_document(source, "a.json").segments] == texts


def test_csl_json_offsets_match_decoded_strings() -> None:
    # every segment maps character by character onto the raw JSON string token
    doc = load_document(ZOTERO, "zotero.json")
    for seg in doc.segments:
        raw = doc.source[seg.source_offset(0) : seg.source_offset(len(seg.text))]
        assert json.loads(f'"{raw}"') == seg.text


INVALID_JSON = [
    # trailing comma
    ('[{"title": "x",}]', r"^a\.json:1:16: invalid JSON: Expecting property name"),
    # second line
    ('[\n  {"title": x}\n]', r"^a\.json:2:13: invalid JSON: Expecting value"),
    # truncated
    ('[{"title": "x"', r"^a\.json:1:15: invalid JSON"),
]


@pytest.mark.parametrize(("source", "pattern"), INVALID_JSON)
def test_invalid_json(source: str, pattern: str) -> None:
    with pytest.raises(JptermsError, match=pattern):
        load_document(source, "a.json")


def test_json_that_is_not_csl() -> None:
    with pytest.raises(JptermsError, match=r"a\.json: not CSL-JSON"):
        load_document('"just a string"', "a.json")


# --------------------------------------------------------------------------
# Fuzzing: hostile input never gives a traceback, offsets always stay valid
# --------------------------------------------------------------------------

MARKDOWNISH = st.text(alphabet=st.sampled_from(list("`~<>!-[]()\\ \n\t\rax:/.#*1ō")), max_size=80)


@given(st.binary(max_size=200))
def test_fuzz_read_bytes_text(data: bytes) -> None:
    try:
        text = read_bytes_text(data, "f.txt")
    except JptermsError as exc:
        assert str(exc).startswith("f.txt: ")
        assert "\n" not in str(exc)
    else:
        assert isinstance(text, str) and "\x00" not in text


@given(st.one_of(MARKDOWNISH, st.text(max_size=80)))
def test_fuzz_markdown_keeps_length_and_line_breaks(source: str) -> None:
    out = blank_markdown(source)
    assert len(out) == len(source)
    for a, b in zip(source, out, strict=True):
        assert b == a or b == " "
        if a in "\r\n":
            assert b == a


@given(st.text(max_size=40))
def test_fuzz_csl_json_strings_map_back(value: str) -> None:
    for ensure_ascii in (True, False):
        source = json.dumps([{"title": value}], ensure_ascii=ensure_ascii)
        segments = load_document(source, "a.json").segments
        if not value:
            assert segments == ()
            continue
        (seg,) = segments
        assert seg.text == value
        for i, char in enumerate(value):
            raw = source[seg.source_offset(i) : seg.source_offset(i + 1)]
            assert json.loads(f'"{raw}"') == char


BIBISH = st.text(alphabet=st.sampled_from(list("@{}\"=,#\\ \n%abtile=o'^~")), max_size=80)


@settings(max_examples=200)
@given(st.one_of(BIBISH.map(lambda s: "@misc{k, title = " + s), BIBISH))
def test_fuzz_bibtex_only_raises_jpterms_errors(source: str) -> None:
    try:
        doc = load_document(source, "a.bib")
    except JptermsError:
        return
    for seg in doc.segments:
        assert seg.offsets is None or len(seg.offsets) == len(seg.text) + 1
        assert all(0 <= seg.source_offset(i) <= len(source) for i in range(len(seg.text) + 1))


# --------------------------------------------------------------------------
# Where romanised words stand: every field with its role, quotes and emphasis
# --------------------------------------------------------------------------

BIB_FIELDS = r"""@incollection{ando,
  author = {And{\=o} Sh{\=o}eki and Yasunaga, T.},
  editor = {Nagahara Keiji},
  title = {Shizen shin'eid{\=o}},
  booktitle = {Nihon shis{\=o} taikei},
  series = {Iwanami k{\=o}za},
  publisher = {Yoshikawa K{\=o}bunkan},
  address = {T{\=o}ky{\=o}},
  shorttitle = {Shizen},
  journal = {Shigaku zasshi},
  url = {https://example.org/ando},
  pages = {1--20},
}
"""


def test_bibtex_reads_every_field_with_its_role() -> None:
    doc = load_document(BIB_FIELDS, "refs.bib")
    got = [(s.field, s.role, s.text) for s in doc.segments]
    assert got == [
        ("author", NAME, "Andō Shōeki and Yasunaga, T."),
        ("editor", NAME, "Nagahara Keiji"),
        ("title", TITLE, "Shizen shin'eidō"),
        ("booktitle", CONTAINER, "Nihon shisō taikei"),
        ("series", CONTAINER, "Iwanami kōza"),
        ("publisher", PUBLISHER, "Yoshikawa Kōbunkan"),
        ("address", "place", "Tōkyō"),
        ("shorttitle", TITLE, "Shizen"),
        ("journal", CONTAINER, "Shigaku zasshi"),
    ]


def test_bibtex_duplicate_field_warns_and_keeps_the_first() -> None:
    source = "@book{k,\n  title = {Kyogi},\n  year = 2012,\n  title = {Saiba},\n}\n"
    with pytest.warns(JptermsWarning) as caught:
        doc = load_document(source, "a.bib")
    # before: the whole file was rejected with bibtexparser's own words
    assert [str(w.message) for w in caught] == [
        "a.bib:4: duplicate field 'title' in entry 'k'; keeping the first"]
    assert [s.text for s in doc.segments] == ["Kyogi"]


def test_bibtex_scanner_counts_work_linearly() -> None:
    from tests.conftest import count_calls

    unit = BIB_FIELDS
    small, big = unit * 100, unit * 200
    load_document(small, "a.bib")
    n_small = count_calls(lambda: load_document(small, "a.bib"))
    n_big = count_calls(lambda: load_document(big, "a.bib"))
    assert n_big / n_small < 2.1


CSL_FIELDS = json.dumps([{
    "title": "Kinsei shiryō", "container-title": "Shigaku zasshi", "collection-title": "Sōsho",
    "publisher": "Yoshikawa Kōbunkan", "publisher-place": "Tōkyō",
    "author": [{"family": "Andō", "given": "Shōeki"}], "editor": [{"literal": "Nagahara"}],
}], ensure_ascii=False)


def test_csl_json_reads_every_field_with_its_role() -> None:
    doc = load_document(CSL_FIELDS, "refs.json")
    assert [(s.field, s.role, s.text) for s in doc.segments] == [
        ("title", TITLE, "Kinsei shiryō"),
        ("container-title", CONTAINER, "Shigaku zasshi"),
        ("collection-title", CONTAINER, "Sōsho"),
        ("publisher", PUBLISHER, "Yoshikawa Kōbunkan"),
        ("publisher-place", "place", "Tōkyō"),
        ("author", NAME, "Andō"),
        ("author", NAME, "Shōeki"),
        ("editor", NAME, "Nagahara"),
    ]


@pytest.mark.parametrize(("source", "where", "what"), [
    ('[{"title": "Kyogi", "page": NaN}]', "1:29", "NaN"),
    ('[\n {"title": "x",\n  "n": -Infinity}]', "3:8", "-Infinity"),
    ('{"a": Infinity}', "1:7", "Infinity"),
])
def test_csl_json_nan_and_infinity_are_one_line_errors(source: str, where: str, what: str) -> None:
    # before: a traceback, or the items silently dropped
    with pytest.raises(JptermsError) as info:
        load_document(source, "a.json")
    assert str(info.value) == f"a.json:{where}: invalid JSON: {what} is not a JSON value"


def test_csl_json_huge_integer_is_harmless() -> None:
    # before: ValueError (Python's 4,300-digit limit on int conversion), a traceback
    source = '[{"title": "Kinsei shiryo", "number": ' + "9" * 5000 + "}]"
    assert [s.text for s in load_document(source, "a.json").segments] == ["Kinsei shiryo"]


def test_markdown_emphasis_and_quotes_are_title_spans() -> None:
    from jpterms.citations import find_titles

    source = ("* Ando, *Kinsei shiryo no kenkyu* (Tokyo, 1990).\n"
              "* Kono, _Nihon kodai shi_ [Ancient Japan], 1985.\n"
              "* Sato, ‘Edo jidai no shomin’, *Shigaku zasshi* 12.\n"
              "* Ito, 'Meiji ishin to chiiki', 1990.\n"
              "* This is *very* important, and *the whole point*.\n")
    doc = load_document(source, "a.md")
    titles = [(t.text, t.context) for t in find_titles(doc)]
    assert titles == [
        ("Kinsei shiryo no kenkyu", ""),
        ("Nihon kodai shi", "Ancient Japan"),
        ("Edo jidai no shomin", ""),
        ("Shigaku zasshi", ""),
        ("Meiji ishin to chiiki", ""),
    ]


def test_markdown_emphasis_closed_after_a_space_is_a_title_span() -> None:
    # PDF-extracted Markdown (Drixler's bibliography, tests/data/bibliography_macrons.md)
    # often closes emphasis after a space: *Hendo ... tebikigusa *(n.d.), *Shinshu zensho
    # 62, * 445. CommonMark reads no emphasis there; before, neither title was found
    from jpterms.citations import find_titles

    data = Path(__file__).parent / "data" / "bibliography_macrons.md"
    lines = data.read_text(encoding="utf-8").splitlines()
    source = "\n\n".join([lines[2], lines[12]]).translate(str.maketrans("āōū", "aou"))
    titles = [t.text for t in find_titles(load_document(source, "a.md"))]
    assert "Hendo minkan shison hanjo tebikigusa" in titles
    assert "Shinshu zensho 62" in titles
    # an asterisk between spaces is no emphasis (a * b * c)
    assert not [t.text for t in find_titles(load_document("Take a * b * c now.", "a.md"))]


def test_markdown_unclosed_backticks_count_linear_work() -> None:
    from tests.conftest import count_calls

    # runs of many lengths, none closed, in one paragraph (before: each run searched to
    # the paragraph's end, 168 s for 4.5 MB)
    def runs(k: int) -> str:
        return "".join("`" * n + " x " for n in range(1, k))

    small, big = runs(200), runs(283)  # about twice the text
    assert 1.9 < len(big) / len(small) < 2.1
    assert blank_markdown(small) == small  # unclosed runs are literal text
    n_small = count_calls(lambda: blank_markdown(small))
    n_big = count_calls(lambda: blank_markdown(big))
    assert n_big / n_small < 2.1


def test_bare_cr_line_endings_are_lines(tmp_path: os.PathLike[str]) -> None:
    from jpterms.check import check

    source = "Intro.\rMore.\rMOFA, “Nichiei saiba kyogi [Japan-UK cyber dialogue],” 2012.\r"
    found = check(source, path="a.md")
    # before: every finding on line 1
    assert [(f.line, f.text) for f in found] == [(3, "saiba"), (3, "kyogi")]


def test_segments_know_their_entry_and_the_original_script_title() -> None:
    bib = ("@book{mod2014, title = {B{\\=o}ei hakusho}, title_ja = {防衛白書}, year = 2014}\n"
           "@book{other, title = {Kinsei shiry{\\=o}}}\n")
    doc = load_document(bib, "refs.bib")
    assert [(s.entry, s.role, s.text) for s in doc.segments] == [
        ("mod2014", TITLE, "Bōei hakusho"),
        ("mod2014", "original", "防衛白書"),
        ("other", TITLE, "Kinsei shiryō"),
    ]
    csl = '[{"id": "a1", "title": "B\\u014dei hakusho"}, {"title": "Kinsei"}]'
    assert [(s.entry, s.text) for s in load_document(csl, "refs.json").segments] == [
        ("a1", "Bōei hakusho"), ("#2", "Kinsei")]
