"""Older romanisations looked up as the kana they stand for, not as loanword kana.

English written before the Second World War (and its quotations today) spells え after a
vowel or at a word's start as *ye* (*Yedo*, *Inouye*, *Iyeyasu*), か and が before an old
わ as *kwa* and *gwa* (*Kwannon*, *Kwansei*), and づ as *dzu* (*Idzumo*); word processors'
romaji write づ as *du* (*Haduki*). Older English also wrote a small ya, yu or yo as i and
the vowel (*Tokio*, *Daimio*, *Kiushiu*). These parse as the loanword kana イェ, クヮ and ドゥ,
which no Japanese word writes, or (*dzu*) not at all: the look-up found イェ度 for *Yedo*,
クァンノン for *Kwannon* and nothing for *Idzumo*. The queries are
real: *Yedo* from the Wikipedia article kept in tests/data/unseen (and its 1906 source), the
others as older English sources write them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import jpterms
from jpterms.lattice import Slot

UNSEEN = Path(__file__).parent / "data" / "unseen"

#: Loanword kana the old spellings parse as, which no reading of a Japanese name writes.
_LOANWORD_KANA = ("イェ", "いぇ", "クヮ", "くゎ", "クァ", "グヮ", "ぐゎ", "ドゥ", "どぅ")


def test_yedo_as_the_edo_article_quotes_it() -> None:
    text = (UNSEEN / "wikipedia_edo_abstract.md").read_text(encoding="utf-8")
    assert "power at Yedo" in text
    top = jpterms.lookup("Yedo")[0]
    assert (top.kanji, top.kana, top.romaji) == ("江戸", "えど", "Edo")


@pytest.mark.parametrize(("query", "kanji"), [
    ("Yedo", "江戸"),
    ("Inouye Tetsujiro", "井上哲次郎"),
    ("Tokugawa Iyeyasu", "徳川家康"),
    ("Kwannon", "観音"),
    ("Kwanze Motokiyo", "観世元清"),
    ("Nippon Yusen Kwaisha", "日本郵船会社"),
    ("Haduki", "葉月"),
    ("Idzumo fudoki", "出雲風土記"),
    ("Dzushi", "逗子"),
    ("Adzuchi-Momoyama", "安土桃山"),
    ("Daimio", "大名"),
    ("Kioto", "京都"),
    ("Hiogo", "兵庫"),
    ("Kiushiu", "九州"),
    ("Riukiu", "琉球"),
    ("Tokio Daigaku", "東京大学"),
])
def test_an_old_spelling_finds_the_modern_kanji(query: str, kanji: str) -> None:
    found = jpterms.lookup(query)
    assert found[0].kanji == kanji, [m.kanji for m in found]
    assert not any(k in m.kanji or k in m.kana for m in found for k in _LOANWORD_KANA), \
        [(m.kanji, m.kana) for m in found]


@pytest.mark.parametrize(("query", "kanji"), [("Shiobara", "塩原"), ("Kioi", "紀尾井")])
def test_a_modern_spelling_keeps_its_reading(query: str, kanji: str) -> None:
    """io read as yo costs enough that *Shiobara* is not 荘原 (Shōbara), nor *Kioi* 脅威."""
    assert jpterms.lookup(query)[0].kanji == kanji


def test_a_check_does_not_read_io_as_yo() -> None:
    """Only a look-up reads the older yo: the checker's one reading of a word is unchanged."""
    from jpterms.lattice import query_slots

    def kana(slots: list[Slot]) -> set[str]:
        return {option for s in slots for option, _ in s.options}

    assert "ょ" in kana(query_slots("Kioto", old_yoon=True))
    assert "ょ" not in kana(query_slots("Kioto"))


def test_a_loanword_spelled_with_ye_is_still_found() -> None:
    """*Yesu* may be イエス (JMdict writes its loanwords with a full イ)."""
    assert "イエス・キリスト" in [m.kanji for m in jpterms.lookup("Yesu Kirisuto")]


def test_an_old_spelling_asks_the_lexicon_in_modern_hepburn() -> None:
    """JMnedict keys its people by modern Hepburn: *Yemyo* is asked as *Emyo* too, so the
    Buddhist scholar 今村恵猛 (Imamura Emyō, as his own English wrote it *Yemyo*: a real row
    of tests/data/lookup's Wikidata historical people) is among the five; before, only the
    readings Mozc's words made of it were (今村慧明, 今村家明)."""
    from tests.lookup_rows import query_for
    query = query_for("wikidata_historical.tsv", "今村恵猛")
    assert "Yemyo" in query
    assert "今村恵猛" in [m.kanji for m in jpterms.lookup(query)]
