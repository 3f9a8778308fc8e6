"""A bibliography that writes its early modern titles' particles as their kana (wo, ha)
throughout does so on purpose: its particles are still reported (JP501), but as
possible, never fixed (a helper's probe: 13 "certain" findings, each a wrong fix for
this writer)."""

from __future__ import annotations

from tests.conftest import DATA

import jpterms
from jpterms.fix import applies


def _particles(text: str) -> list[jpterms.Finding]:
    return [f for f in jpterms.check(text, path="bibliography.md") if f.code == "JP501"]


def test_a_document_that_writes_wo_and_ha_throughout_gets_possible_findings() -> None:
    # Drixler's entries whose titles write wo and ha (tests/data/README.md)
    text = (DATA / "bibliography_kana_particles.md").read_text(encoding="utf-8")
    found = _particles(text)
    assert len(found) == 13
    assert {f.confidence for f in found} == {"possible"}
    assert not any(applies(f, unsafe=True) for f in found)


def test_one_slip_is_still_certain() -> None:
    # the founding example's kind: one title, one he
    found = _particles('Cabinet Office, “Nihon he no teigen [Proposals to Japan],” 2010.')
    assert [(f.text, f.confidence) for f in found] == [("he", "certain")]
