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


def _macrons(title: str) -> dict[str, str]:
    bib = f"@book{{a,\n  title = {{{title}}},\n}}\n"
    return {f.text: f.suggestions[0] for f in jpterms.check(bib, path="refs.bib")
            if f.code == "JP101"}


def test_a_closed_compound_keeps_the_writers_division() -> None:
    # the conversion reads ライフコース as raifu kōsu and 土佐湊 as Tosa minato: a closed
    # compound is the writer's division, and a long vowel in it is reported in it
    title = "Tokugawa Nihon no raifukosu: Rekishi jinkogaku to no taiwa"
    assert "raifukosu" not in _divisions(title)
    assert _macrons(title)["raifukosu"] == "raifukōsu"
    assert not _divisions("Tsugaru Tosaminato Sogeiji kakocho no kenkyu")
    assert not _divisions("Shoaku bakusaku shozen bugyo enmei kosodate wasan")
