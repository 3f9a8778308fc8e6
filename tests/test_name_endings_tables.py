"""Two data files, two jobs: data/name_endings.tsv is the romaniser's table of words that
names of things voice at their end (信号所 しんごうじょ, 山川 やまがわ; rebuilt by
tests/data/rendaku/make_name_endings.py), data/edo_name_endings.tsv the checker's endings of
Edo-period common names (-zaemon, -bei). 188bbdf wrote the second over the first, and the
romaniser lost its voiced endings without a test noticing."""

from __future__ import annotations

from jpterms.compound_voicing import name_endings as voiced_endings
from jpterms.prose import _name_endings as edo_endings
from jpterms.romanize import Romanizer


def test_each_table_is_its_own() -> None:
    assert voiced_endings()["信号所"] == ("しんごうしょ", "しんごうじょ")
    assert ("zaemon", "zaemon") in edo_endings()
    assert "zaemon" not in voiced_endings()


def test_a_name_voices_its_ending() -> None:
    # Wikipedia's 花田信号所 (はなだしんごうじょ): was "Hanada shingōsho" while the table was lost
    assert Romanizer().romanize("花田信号所") == "Hanada shingōjo"
