"""Four passes of refine skip a run with nothing in it that they look for (counted, not
timed): an office or an honorific (family before office), a house (家: house of family),
'and others' (他, ほか, ら, ・: others after name), a listed name (日本). Where the run has
one, the pass runs and reads it as before."""

from __future__ import annotations

import pytest

import jpterms
from jpterms.house_names import HouseNames
from jpterms.readings import ReadingResolver


def _count(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    asked: list[str] = []
    original = getattr(HouseNames, name)

    def counted(self: HouseNames, m, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(m.surface)
        return original(self, m, *args, **kwargs)

    monkeypatch.setattr(HouseNames, name, counted)
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
    assert resolver.listed.listed_names(plain) is plain  # no 日本: the run itself, untouched
    assert resolver.houses.family_before_office(plain) == plain


def test_a_span_no_dictionary_lists_is_not_resolved(monkeypatch: pytest.MonkeyPatch) -> None:
    """ReadingResolver._run passes over a span of a run of nouns that neither JMdict,
    JMnedict nor Mozc lists (most spans of running text): _resolve, _mozc_span and
    _place_span would find nothing in the same lists. A municipality (its suffix last), a
    whole input and a span with ケ or ヶ (梅ケ丘 as 梅ヶ丘) are still asked."""
    resolved: list[str] = []
    original = ReadingResolver._resolve

    def counted(self: ReadingResolver, span, written, **kwargs):  # type: ignore[no-untyped-def]
        resolved.append(written)
        return original(self, span, written, **kwargs)

    monkeypatch.setattr(ReadingResolver, "_resolve", counted)
    romanizer = jpterms.Romanizer()
    resolver = romanizer.readings
    admin = ("町", "村", "市", "区", "郡", "県", "都", "府", "道")
    romanizer.romanize("電子計算機の記憶装置管理方式は、仮想記憶空間分割処理に基づく")
    assert resolved
    for written in resolved:
        assert (resolver.index.readings(written) or written in resolver.mozc_written
                or written.endswith(admin)), written
    # rows of the dev data (tests/data/readings) that read through the cases still asked
    assert romanizer.romanize("台ケ窪") == "Daigakubo"  # (ケ: JMnedict's 台ヶ窪)
    assert romanizer.romanize("浜島町") == "Hamajima-chō"  # (a municipality)
