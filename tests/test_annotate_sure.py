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
