"""A changelog line is no citation (issue 8): the number of an issue or pull request
(#1845, .../pull/1845, .../issues/1888) is no year, so a line that cites one is not held to
the style as a bibliography's line is (the Node.js changelogs' lines read as citations
for their pull requests' numbers: 1,983 of their lines before, 809 after, for their dates
and CVE numbers; findings 0 before and after)."""

from __future__ import annotations

import jpterms
from jpterms.citation_lines import _citation_line


def test_an_issue_number_is_no_year() -> None:
    assert not _citation_line("* **fs**: add *Tokyo* mode [#1845]"
                              "(https://github.com/nodejs/node/pull/1845)")
    assert not _citation_line("* **doc**: fix *Kyoto* (https://github.com/x/y/issues/1888)")
    assert _citation_line("* Sato, *Kindai Nihon* (Tokyo: Chuokoronsha, 1990).")
    assert _citation_line("* Sato, *Kindai Nihon* (1990a), #3")


def test_a_changelog_line_is_not_held_to_the_style() -> None:
    text = ("# Changes\n\n"
            "* **doc**: cite *Kindai Nihon* (Chuokoronsha) [#1845]"
            "(https://github.com/nodejs/node/pull/1845)\n"
            "* **doc**: cite *Kindai Nihon* (Tokyo: Chuokoronsha) #1990\n")
    assert [f.text for f in jpterms.check(text, path="CHANGELOG.md")] == []
    cited = text.replace("#1990", "1990")
    # a year makes the second line a citation: its publisher is held to the style
    assert "Chuokoronsha" in {f.text for f in jpterms.check(cited, path="CHANGELOG.md")}
