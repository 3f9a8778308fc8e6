"""Kunrei-shiki in titles (JP201): a loanword's ti is Hepburn's ティ, and a fix keeps the
writer's hyphen. From the bibliography of Hodošček's thesis (github:borh/phd-thesis at
aa90de5b, bibliography/doctors-bibliography.bib), a helper's probe of 14 documents: its
two wrong fixes (session 59)."""

from __future__ import annotations

import jpterms

BIB = """@incollection{Kudou2000,
  author = {Hiroshi Kudō},
  title = {Hukusi to bun no tinzyutu-teki na taipu},
  booktitle = {Nihongo bunpō 3 modariti},
  publisher = {Iwanami Shoten},
  year = {2000}
}
@article{Shibasaki2010,
  author = {Hideko Shibasaki and {Shin-ichiro} Hara},
  year = {2010},
  origtitle = {12 gakunen o nan'ishakudo to suru nihongo rīdabiritī hanteishiki},
  title = {{Japanese} Readability Formula for Discriminating K-12 Grade Level Texts},
}
"""


def _found() -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in jpterms.check(BIB, path="thesis.bib")
            if f.code == "JP201"]


def test_a_loanwords_ti_is_hepburn() -> None:
    # リーダビリティー: its long ī is a loanword's, its ti Hepburn's ティ (was "rīdābirichī")
    assert not [t for t, _ in _found() if t == "rīdabiritī"]


def test_the_fix_keeps_the_writers_hyphen() -> None:
    found = dict(_found())
    assert found["tinzyutu-teki"] == ("chinjutsu-teki",)  # was "chinjutsuteki"
    assert found["Hukusi"] == ("Fukushi",)
