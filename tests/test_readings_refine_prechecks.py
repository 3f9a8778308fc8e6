"""Four passes of refine skip a run with nothing in it that they look for (counted, not
timed): an office or an honorific (family before office), a house (家: house of family),
'and others' (他, ほか, ら, ・: others after name), a listed name (日本). Where the run has
one, the pass runs and reads it as before."""

from __future__ import annotations

import pytest

import jpterms
from jpterms.readings import ReadingResolver


def _count(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    asked: list[str] = []
    original = getattr(ReadingResolver, name)

    def counted(self: ReadingResolver, m, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(m.surface)
        return original(self, m, *args, **kwargs)

    monkeypatch.setattr(ReadingResolver, name, counted)
    return asked


def test_office_test_runs_only_where_an_office_or_honorific_may_be(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _count(monkeypatch, "_office_after")
    romanizer = jpterms.Romanizer()
    romanizer.romanize("電子計算機")  # no office begins here, no honorific
    assert asked == []
    assert romanizer.romanize("原首相") == "Hara shushō"  # (test_readings_family_before_office)
    assert asked


def test_house_and_others_and_listed_names_where_they_are() -> None:
    romanizer = jpterms.Romanizer()
    assert romanizer.romanize("毛利家文書") == "Mōri-ke monjo"  # a house
    assert romanizer.romanize("山田太郎他訳") == "Yamada Tarō hoka yaku"  # and others
    resolver = ReadingResolver()
    plain = [m for t in romanizer._tokenize("電子計算機") for m in [t.morpheme]]
    assert resolver._listed_names(plain) is plain  # no 日本: the run itself, untouched
    assert resolver._family_before_office(plain) == plain
