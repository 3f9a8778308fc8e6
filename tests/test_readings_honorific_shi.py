"""氏 after a one-kanji family name is the honorific (森氏 Mori-shi, "Mr Mori"), not the
end of a given name JMnedict lists whole (もりうじ); in a given name after a family name
it stays うじ (足利義氏 Ashikaga Yoshiuji)."""

from __future__ import annotations

import pytest
from tests.conftest import one_kanji_family_names

import jpterms


def test_real_family_names_with_the_honorific() -> None:
    """Of the 27 such names, 17 were "Seki-shi" before (the rest Sekiuji, Moriuji,
    Kitauji...); now 22 are; the rest UniDic reads as no family name before 氏 (千氏
    Senshi)."""
    names = one_kanji_family_names()
    assert len(names) >= 25
    right = [k for k, romaji in names.items() if jpterms.romanize(k + "氏") == f"{romaji}-shi"]
    assert len(right) >= 21, sorted(set(names) - set(right))


@pytest.mark.parametrize(("text", "romaji"), [
    ("森氏の研究", "Mori-shi no kenkyū"),
    ("足利義氏", "Ashikaga Yoshiuji"),  # a given name after a family name
    ("北条氏政", "Hōjō Ujimasa"),
    ("源氏", "Genji"),
    ("藤原氏", "Fujiwara-shi"),
])
def test_shi_in_context(text: str, romaji: str) -> None:
    assert jpterms.romanize(text) == romaji
