"""A natural place's last kanji read the Chinese way is its Japanese word (池 いけ, 谷 だに)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hidden_entries import hide_entries
from jpterms.romanize import Romanizer

if TYPE_CHECKING:
    import pytest


def test_a_pond_a_valley_a_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    # JMnedict's names with their entries set aside (were おおつぼち, みうらこく, とくらたく)
    hide_entries(monkeypatch, {"大坪池", "三浦谷", "戸倉沢", "記代江", "布施宿", "佐野倉"})
    romanizer = Romanizer()
    assert "".join(w.kana for w in romanizer.explain("大坪池")) == "おおつぼいけ"
    assert "".join(w.kana for w in romanizer.explain("三浦谷")) == "みうらだに"
    assert "".join(w.kana for w in romanizer.explain("戸倉沢")) == "とくらざわ"
    assert "".join(w.kana for w in romanizer.explain("記代江")) == "きよえ"  # (a woman's name)
    assert "".join(w.kana for w in romanizer.explain("布施宿")) == "ふせじゅく"  # (a post town)
    assert "".join(w.kana for w in romanizer.explain("佐野倉")) == "さのくら"


def test_a_word_read_the_chinese_way_stays() -> None:
    romanizer = Romanizer()
    assert "".join(w.kana for w in romanizer.explain("貯水池")) == "ちょすいち"
    assert "".join(w.kana for w in romanizer.explain("玄武岩")) == "げんぶがん"
    assert "".join(w.kana for w in romanizer.explain("関東平野")) == "かんとうへいや"
    assert "".join(w.kana for w in romanizer.explain("温泉宿")) == "おんせんやど"
    assert "".join(w.kana for w in romanizer.explain("正露丸")) == "せいろがん"
