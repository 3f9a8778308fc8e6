"""A reading put together from the readings of its parts is one that can be said (issue 9).

The rows are development rows of ``tests/data/readings``: Wikipedia titles whose kana the
SKK dictionary gives (jawiki_draw, jawiki_titles).
"""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.kana import sayable
from jpterms.romanize import explain, romanize

READINGS = Path(__file__).parent / "data" / "readings"


def _gold(stem: str, names: set[str]) -> dict[str, str]:
    with (READINGS / f"{stem}.tsv").open(encoding="utf-8") as fh:
        return {r["japanese"]: r["kana"] for r in csv.DictReader(fh, delimiter="\t")
                if r["japanese"] in names}


def test_a_small_tsu_is_said_only_before_k_s_t_and_p() -> None:
    assert [sayable(k) for k in ("いっせい", "ほっぽう", "てっお", "てっ", "ぜっだい", "てっん")] == [
        True, True, False, False, False, False]


def test_a_composed_given_name_keeps_its_part_whole_before_a_vowel() -> None:
    # 鉄 てっ (a form JMnedict's names use before a doubled consonant, 鉄平 てっぺい) and
    # 央 お: the composed guess was てっお, "Teo"; the scorer's folding of っ to つ hid it
    assert _gold("jawiki_draw", {"薄井鉄央"}) == {"薄井鉄央": "うすいてつお"}
    words = explain("薄井鉄央")
    assert "".join(w.kana for w in words) == "うすいてつお"
    assert words[-1].confidence == "guess"
    assert romanize("薄井鉄央") == "Usui Tetsuo"


def test_a_kanji_read_with_a_small_tsu_before_a_voiced_kana_is_read_in_full() -> None:
    # UniDic cuts the unknown word as 絶 ぜっ + 代 だい + 双 + 驕: "Zeddai"
    assert _gold("jawiki_titles", {"絶代双驕"}) == {"絶代双驕": "ぜつだいそうきょう"}
    assert "".join(w.kana for w in explain("絶代双驕")) == "ぜつだいそうきょう"
    assert romanize("絶代双驕").startswith("Zetsudai")


def test_a_listed_reading_with_a_small_tsu_before_a_voiced_kana_stays() -> None:
    # 弼馬温 ひっばおん is JMnedict's own reading (jawiki_draw's gold too): no guess
    assert _gold("jawiki_draw", {"弼馬温"}) == {"弼馬温": "ひっばおん"}
    assert "".join(w.kana for w in explain("弼馬温")) == "ひっばおん"


def test_a_composed_given_name_takes_a_kanji_s_combining_reading() -> None:
    # 勝 まさる is a one-kanji given name (UniDic's reading of the kanji alone); JMnedict's
    # two-kanji given names begin with 勝 read かつ, まさ or しょう, and 珉 is read びん
    # the Chinese way: しょう, which does not mix the two ways (the gold is しょうみん)
    assert _gold("jawiki_draw", {"海野勝珉"}) == {"海野勝珉": "うんのしょうみん"}
    words = explain("海野勝珉")
    assert [w.kana for w in words] == ["うんの", "しょうびん"]
    assert (words[-1].confidence, words[-1].alternatives) == ("guess", ("Masarubin",))


def test_only_a_reading_put_together_from_kanjidic_or_pykakasi_is_said_again() -> None:
    # (the sources split into names only where one of the two is written in them: a
    # source whose name merely holds "kanjidic" is no KANJIDIC2 reading)
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver

    resolver = ReadingResolver()
    for source, said in (("unidic", "ゼッ"), ("unidic+kanjidic", "ゼツ"), ("kanjidic", "ゼツ"),
                         ("pykakasi", "ゼツ"), ("kanjidic2", "ゼッ")):
        m = Morpheme("絶", "ゼッ", "ゼッ", "名詞", source=source)
        assert resolver._sayable(m).kana == said, source
