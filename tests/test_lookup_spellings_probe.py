"""``benchmarks/lookup_spellings.py`` writes each item in each system as those systems do."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType


def test_spellings_of_a_name(load: Callable[[str], ModuleType]) -> None:
    probe = load("lookup_spellings")
    out = probe.spellings([("Ōoka", "おおおか"), ("Shōhei", "しょうへい")], True)
    assert out["reference"] == "Ooka Shohei"
    assert out["wapuro"] == "Oooka Shouhei" and out["circumflex"] == "Ôoka Shôhei"
    assert out["kunrei"] == "Ooka Syohei" and out["kunrei^"] == "Ôoka Syôhei"
    assert out["hyphen"] == "Oh-oka Shohei" and out["passport"] == "Ooka Shohei"
    assert out["family_caps"] == "OOKA Shohei" and out["given_first"] == "Shohei Ooka"
    out = probe.spellings([("Satō", "さとう"), ("Yūko", "ゆうこ")], True)
    assert (out["passport"], out["uh"], out["wapuro"]) == ("Satoh Yuko", "Satoh Yuhko",
                                                           "Satou Yuuko")


def test_spellings_of_a_dev_query(load: Callable[[str], ModuleType]) -> None:
    probe = load("lookup_spellings")
    out = probe.spellings([("Jun'ichirō", ""), ("Shinjuku-ku", ""), ("shinbun", "")], False)
    assert out["kunrei"] == "Zyun'itiro Sinzyuku-ku sinbun"
    assert out["traditional"] == "Jun-ichiro Shinjuku-ku shimbun"
    assert out["no_apostrophe"] == "Junichiro Shinjuku-ku shinbun"
    assert "given_first" not in out
