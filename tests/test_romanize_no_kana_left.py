"""No kana or voicing mark is left in romanised output (a fifth fuzzer's finds, session
57): the old katakana for v (ヷ ヸ ヹ ヺ), Ainu's small katakana (ㇰ, ㇺ: Unicode's Katakana
Phonetic Extensions), a voicing mark with nothing to voice (half-width ﾞ alone, ゛) and a
kana iteration mark with no kana before it came back as they were, in every system."""

from __future__ import annotations

import re

import pytest

import jpterms
from jpterms.kana import kana_to_romaji
from jpterms.romanize import SYSTEMS

#: Kana, the voicing marks and the kana iteration marks (not ・, a mark romaji keeps as a
#: space or dot).
_KANA_OR_MARK = re.compile("[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff9e\uff9f]")

#: The fifth fuzzer's inputs that came back with kana in them, and
#: katakana words with a small final consonant as Ainu writes it.
LEFT = ["ヷ", "ヸ", "ヹ", "ヺ", "ヷー", "ﾞ", "ﾟ", "\u3099", "\u309a", "゛", "ヽ", "ヾ", "ゞ",
        "ㇰ", "ㇱ", "ㇺ", "âﾟ", "ㇷ゚", "カㇺイ", "アイヌㇰ", "ヷイオリン"]


@pytest.mark.parametrize("system", SYSTEMS)
def test_no_kana_left_in_any_system(system: str) -> None:
    left = {t: out for t in LEFT
            if _KANA_OR_MARK.search(out := jpterms.romanize(t, system=system))}
    assert left == {}
    assert not any(_KANA_OR_MARK.search(w.romaji) for t in LEFT for w in jpterms.explain(t))


def test_what_they_write() -> None:
    assert jpterms.romanize("ヷイオリン") == "Vaiorin" == jpterms.romanize("ヴァイオリン")
    assert jpterms.romanize("ヷー") == "Vā"
    assert jpterms.romanize("アイヌㇰ") == "Ainuk"  # ㇰ: the k that ends a syllable
    assert jpterms.romanize("ｶﾞﾞ") == "Ga"  # the second mark voices nothing
    assert jpterms.romanize("゛") == ""
    assert kana_to_romaji("ㇷ゚") == "p"  # (in a text, MeCab parts the mark from its kana)


def test_the_public_api_says_what_it_needs() -> None:
    # the fuzzer's explain(None) failed inside (len() of None), lookup(q, limit=2.5) inside
    # a slice; romanize, lookup and check already said what they need
    with pytest.raises(TypeError, match=r"explain\(\) needs a str, not NoneType"):
        jpterms.explain(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"explain\(\) needs a str, not bytes"):
        jpterms.explain(b"x")  # type: ignore[arg-type]
    for limit in (2.5, None, True):
        with pytest.raises(TypeError, match=r"lookup\(\) needs an int limit"):
            jpterms.lookup("Tokyo", limit=limit)  # type: ignore[arg-type]
    assert jpterms.lookup("Tokyo", limit=0) == []
