"""A span ending as a city's name does (市) that JMnedict lists only as someone's name,
never as a place, takes the one reading Mozc and JMnedict give it inside a title: 座頭市
Zatōichi (the film series; UniDic: 座頭 + 市 し)."""

import pytest

from jpterms import romanize


@pytest.mark.parametrize(("text", "expected"), [
    ("座頭市物語", "Zatōichi monogatari"),
    ("座頭市牢破り", "Zatōichi rōyaburi"),
    ("続・座頭市物語", "Zoku zatōichi monogatari"),
])
def test_named_span_ending_in_city(text: str, expected: str) -> None:
    assert romanize(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("四日市市", "Yokkaichi-shi"), ("八王子市役所", "Hachiōji shiyakusho"),
])
def test_cities_stay(text: str, expected: str) -> None:
    assert romanize(text) == expected
