"""annotate writes a title's kanji only where reverse lookup is sure of them too.

The rows are real: Yanagita Kunio's *Tōno monogatari* (遠野物語) as bibliographies
write it without macrons, and titles from tests/data/lookup (Aozora Bunko's catalogue,
Wikipedia's administrative terms). Before, annotate wrote whatever the title's own
conversion gave: との物語, 真実救命と若いのための基本法, 親と言う虹.
"""

from __future__ import annotations

import pytest

import jpterms


@pytest.mark.parametrize("title", [
    "Tono monogatari",  # 遠野物語
    "Shinjitsu kyumei to wakai no tame no kihonho",  # 真実究明と和解のための基本法
    "Oya to iu niji",  # 親という二字
])
def test_no_kanji_where_lookup_is_not_sure(title: str) -> None:
    out = jpterms.annotate(f"- *{title}*\n", path="refs.md")
    assert "(" not in out, out


def test_kanji_where_the_conversion_and_lookup_agree() -> None:
    # the founding article's citation (macrons as the checker corrects them)
    out = jpterms.annotate("“Nichiei saibā kyōgi no kaisai ni tsuite,” 2012.\n")
    assert "(日英サイバー協議の開催について)" in out


@pytest.mark.parametrize(("text", "fmt"), [
    # a third fuzzer's finds, on the dev seed ris/cne_comprehensive_sample.json: the
    # annotation copied the title's quotation marks into a JSON string, unescaped
    ('[{"id":"a","type":"book","title":"Saigo no \\"Nihonjin\\" : Asakawa Kan\'ichi"}]\n',
     "csl-json"),
    ("\\emph{Nihonjin 100\\% Asakawa}\n", "latex"),  # a bare % would comment out the rest
    ("@book{k, title = {Nihonjin 100\\% Asakawa}}\n", "bibtex"),
])
def test_an_annotation_never_breaks_the_format(text: str, fmt: str) -> None:
    out = jpterms.annotate(text, input_format=fmt)
    jpterms.check(out, input_format=fmt)  # still readable: no "invalid JSON", no lost brace
    assert out.count("{") == out.count("}")
    assert '"の"' not in out and "100%" not in out


@pytest.mark.parametrize("text", [
    # the dev seeds unseen/wikipedia_kudo_abstract.md and strathern_notes_excerpt.md write
    # a title's kanji after its emphasis or quotation marks: annotate added them again
    "*Tōkyō monogatari* (東京物語)\n",
    "“Tōkyō monogatari” (東京物語)\n",
    "_Ōtomo Sōrin_ 大友宗麟\n",
])
def test_no_second_kanji_where_the_text_gives_them(text: str) -> None:
    assert jpterms.annotate(text, input_format="markdown") == text
