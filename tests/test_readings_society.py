"""A society of a department: 科学 + 会 or 医学 + 会 cut again before the 学 where the
kanji before it ends a word JMdict or Mozc lists (眼科, 麻酔科, 歯科医), so that 学会
reads がっかい; a science (認知科学, 社会科学, 化学) keeps its 学."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.fixture(scope="module")
def romanizer() -> Romanizer:
    return Romanizer(sources=("jmdict", "jmnedict", "mozc"))


@pytest.mark.parametrize(("text", "kana", "romaji"), [
    # jawiki_draw: the Japanese Society of Anesthesiologists (was ますいかがくかい)
    ("日本麻酔科学会", "にほんますいかがっかい", "Nihon masuika gakkai"),
    # issue 9: 日本 + 眼 (a suffix to UniDic) + 科学 + 会 was "Nihongan kagakkai"
    ("日本眼科学会", "にほんがんかがっかい", "Nihon ganka gakkai"),
])
def test_department_before_society(romanizer: Romanizer, text: str, kana: str,
                                   romaji: str) -> None:
    assert "".join(w.kana for w in romanizer.explain(text)) == kana
    assert romanizer.romanize(text) == romaji


@pytest.mark.parametrize(("text", "kana"), [
    # jawiki_draw: the Japanese Cognitive Science Society (認知科 is no word)
    ("日本認知科学会", "にほんにんちかがくかい"),
    ("社会科学会", "しゃかいかがくかい"),  # JMdict's common 社会科学 keeps its 学
    ("日本化学会", "にほんかがくかい"),  # no 日本化 ("Japanisation") of a proper noun
])
def test_science_keeps_its_gaku(romanizer: Romanizer, text: str, kana: str) -> None:
    assert "".join(w.kana for w in romanizer.explain(text)) == kana
