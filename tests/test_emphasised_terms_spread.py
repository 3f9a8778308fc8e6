"""A term the writer set in *emphasis* once is that term in running text too, where it is
no word as written and English hardly writes it (prose23, session 19). Text: two notes of
Fabian Drixler, *Mabiki* (University of California Press, 2013), as transcribed in
vishvAsa/notes@0507cf60f (the Drixler development source, its Sources.md), their macrons
taken out as the stripped measure takes them out."""

from __future__ import annotations

from tests.macron_findings import macron_findings


def test_an_emphasised_term_decides_it_in_running_text() -> None:
    text = ("69. *Mizuko kuyoto * at Shogenji \\( *Mamurokawa choshi, * 709\\). According to "
            "the *kakocho *\n\n"
            "10. While an analysis of kakocho can generate mortality estimates all the way "
            "from the 1630s, their reliability is doubtful before the late seventeenth "
            "century.\n")
    # the note's own emphasised term, and the same word in the later note's prose
    assert [f for f in macron_findings(text) if f[0] == "kakocho"] == \
        [("kakocho", "kakochō", "possible")] * 2
