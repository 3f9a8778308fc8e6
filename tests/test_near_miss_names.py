"""The near-miss rule (JP602) on a book about China: a Chinese name one letter from a
name the document's titles confirm is another name, not a slip (a helper's probe of
Fogel's *Between China and Japan*: 15 findings, each a wrong fix)."""

from __future__ import annotations

from tests.conftest import DATA

import jpterms


def test_one_letter_for_another_is_another_name() -> None:
    # Sheng Hsüan-huai and Shana Brown were "Shang" (the dynasty, confirmed by Shan'ge);
    # the province Honan was "Conan" (Arthur Conan Doyle, confirmed by Konan)
    path = DATA / "unseen" / "fogel_near_miss_excerpt.md"
    found = jpterms.check(path.read_text(encoding="utf-8"), path=str(path))
    assert [f.text for f in found if f.code == "JP602"] == []


def test_a_letter_dropped_is_still_a_slip() -> None:
    found = jpterms.check("Defence Secretary Philip Hammond visited Tokyo. Hamond met Genba.\n"
                          "  1. MOFA, “Genba gaimu daijin to Hamondo Eikoku bōshō to no "
                          "kaidan [meeting],” 2011.\n", path="a.md")
    assert [(f.text, f.suggestions) for f in found if f.code == "JP602"] == [
        ("Hamond", ("Hammond",))]
