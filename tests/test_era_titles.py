"""An era name a writer left without its long vowels (issue 8): *Tenpo* in a title of
lower-case words is 天保 Tenpō (data/eras.tsv), though 店舗 *tenpo* "shop" is the commoner
word spelled so; not a word of a title that capitalises every word (*Jisho Seikatsushi
to Gengoshi*, 辞書, not the era 治承 Jishō). Real titles (Drixler's bibliography in
tests/data; HDIC's references), macrons stripped."""

from __future__ import annotations

import re
from pathlib import Path

import jpterms

DATA = Path(__file__).parent / "data"
_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def _macrons(title: str) -> dict[str, str]:
    bib = f"@book{{a,\n  title = {{{title.translate(_STRIP)}}},\n}}\n"
    return {f.text: f.suggestions[0] for f in jpterms.check(bib, path="refs.bib")
            if f.code == "JP101"}


def _title(name: str, begins: str) -> str:
    text = (DATA / name).read_text(encoding="utf-8")
    start = text.index(begins)
    return re.split("[”*]", text[start:], maxsplit=1)[0]


def test_an_era_name_among_lower_case_words_takes_its_long_vowels() -> None:
    title = _title("bibliography_macrons.md", "Tenpō kikin igo")
    assert title.startswith("Tenpō kikin igo jinkō kaifukuki")
    assert _macrons(title)["Tenpo"] == "Tenpō"  # before: nothing (店舗 tenpo)


def test_a_title_that_capitalises_its_words_is_no_evidence_of_an_era() -> None:
    # from the same HDIC reference list as tests/data/unseen/hdic_ruiju_references_excerpt.md
    # (shikeda/shikeda.github.io@52d0273, CC BY-SA 4.0): 辞書 jisho "dictionary", not the
    # era 治承 Jishō; before the guard on capitalised neighbours, both were reported
    for title in ("Jisho Seikatsushi to Gengoshi: Kaihenbon-kei Ruiju Myōgishō Ihon Hikaku kara",
                  "Nihongo Ronkyū 2: Koten Nihongo to Jisho"):
        assert "Jisho" not in _macrons(title)
