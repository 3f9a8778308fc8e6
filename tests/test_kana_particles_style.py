"""A bibliography that writes its early modern titles' particles as their kana (wo, ha)
throughout does so on purpose: its particles are its style, not reported (JP501). Two
helpers' probes of Drixler's bibliography: 13 "certain" findings, each a wrong fix for
this writer (session 58, then made possible), then 49 possible findings, all judged
false (session 59, the whole bibliography)."""

from __future__ import annotations

from tests.conftest import DATA

import jpterms


def _particles(text: str) -> list[jpterms.Finding]:
    return [f for f in jpterms.check(text, path="bibliography.md") if f.code == "JP501"]


def test_a_document_that_writes_wo_and_ha_throughout_gets_no_particle_finding() -> None:
    # Drixler's entries whose titles write wo and ha (tests/data/README.md)
    text = (DATA / "bibliography_kana_particles.md").read_text(encoding="utf-8")
    assert _particles(text) == []


def test_one_title_written_as_said_makes_them_slips_again() -> None:
    text = (DATA / "bibliography_kana_particles.md").read_text(encoding="utf-8")
    found = _particles(text + '\n\nCabinet Office, “Nihon e no teigen,” 2010.\n')
    assert len(found) == 13
    assert {f.confidence for f in found} == {"certain"}


def test_one_slip_is_still_certain() -> None:
    # the founding example's kind: one title, one he
    found = _particles('Cabinet Office, “Nihon he no teigen [Proposals to Japan],” 2010.')
    assert [(f.text, f.confidence) for f in found] == [("he", "certain")]
