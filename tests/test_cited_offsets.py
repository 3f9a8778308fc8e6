"""``Context.cites(offset)`` answers whether a source offset lies in a cited work's own
wording (``Context.cited_spans``) without finding every such span of the document: the
rules ask it for a finding or two, and the spans of a 1 MB text took ~30 ms.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence and count work, never time.
"""

from __future__ import annotations

from pathlib import Path

from jpterms.citations import inside
from jpterms.errors import JptermsError
from jpterms.readers import load_document
from jpterms.rules.base import Context

_DATA = Path(__file__).parent / "data"
_SUFFIXES = (".md", ".txt", ".bib", ".json", ".tex")


def _offsets(ctx: Context, length: int) -> set[int]:
    """Every seventh offset, and those at and around each cited span's ends."""
    found = set(range(0, length + 2, 7))
    for start, end in ctx.cited_spans:
        found.update(range(start - 2, start + 3))
        found.update(range(end - 2, end + 3))
    return {o for o in found if 0 <= o <= length}


def test_an_offset_is_cited_as_the_whole_spans_say() -> None:
    documents = asked = cited = 0
    for path in sorted(_DATA.rglob("*")):
        if path.suffix not in _SUFFIXES or not path.is_file():
            continue
        source = path.read_text(encoding="utf-8")
        try:
            document = load_document(source, str(path))
        except JptermsError:  # a JSON file that is no CSL-JSON
            continue
        whole = Context(document)
        offsets = _offsets(whole, len(source))
        ctx = Context(document)
        for offset in sorted(offsets):
            expected = inside(offset, whole.cited_spans)
            assert ctx.cites(offset) == expected, (path, offset)
            cited += expected
        assert "cited_spans" not in ctx.__dict__, path  # only the offset's own line read
        documents += 1
        asked += len(offsets)
    assert documents >= 40 and asked > 50_000 and cited > 5_000


def test_a_field_of_a_bibliography_is_cited_whole() -> None:
    bib = ('@book{a, title = {Kinsei {\\=o}kami shiry{\\=o}}, author = {Tokyo Taro},\n'
           '  publisher = {Iwanami Shoten}, note = {See "Kokushi taikei" and *Sekai*}}\n')
    whole, ctx = Context(load_document(bib, "a.bib")), Context(load_document(bib, "a.bib"))
    for offset in range(len(bib) + 1):
        assert ctx.cites(offset) == inside(offset, whole.cited_spans), offset
    assert ctx.cites(bib.index("Iwanami")) and ctx.cites(bib.index("Kinsei"))
    assert not ctx.cites(bib.index("Tokyo"))
