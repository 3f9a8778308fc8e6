"""A likely division needs a written word that is no word of its own (issue 8): a particle
the conversion splits off a word that exists as written (Puroto, プロト "proto-", read
Puro to) is at most a possible division, so ``--fix-unsafe`` never applies it; a particle
run onto a word that does not exist so (Nihonno: Nihon no) stays likely. The title is
from Drixler's bibliography (vishvAsa/notes@0507cf60f, .../drixler_infanticide_1660/00/
Bibliography.md; see tests/data/README.md), macrons stripped."""

from __future__ import annotations

import jpterms


def _divisions(title: str) -> dict[str, tuple[str, str]]:
    bib = f"@book{{a,\n  title = {{{title}}},\n}}\n"
    return {f.text: (f.suggestions[0], f.confidence)
            for f in jpterms.check(bib, path="refs.bib") if f.code == "JP401"}


def test_a_word_as_written_is_divided_possibly_at_most() -> None:
    found = _divisions("Puroto kogyoka-ki no keizai to shakai")
    assert found.get("Puroto", ("", "possible"))[1] == "possible"


def test_a_particle_run_onto_a_word_is_likely() -> None:
    assert _divisions("Nihonno rekishi")["Nihonno"] == ("Nihon no", "likely")
