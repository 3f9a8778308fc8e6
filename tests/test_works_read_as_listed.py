"""A whole input JMnedict lists as a work (a book's or a film's title) is read as listed,
by romanize as by explain (JMnedict's 537 works, read back: 153 mismatches, 145 now)."""

from __future__ import annotations

import re

from jpterms.romanize import Romanizer


def _letters(text: str) -> str:
    return re.sub(r"\W", "", text).casefold()


def test_a_work_is_read_as_jmnedict_lists_it() -> None:
    r = Romanizer()
    # were "Oni metsu no ha", "Hōgyoku to shakuzue", "Bun yomu tsukihi"
    assert _letters(r.romanize("鬼滅の刃")) == "kimetsunoyaiba"
    assert r.romanize("宝玉と勺杖") == "Hōgyoku to shakujō"
    assert r.romanize("文読む月日") == "Fumi yomu tsukihi"
    for title in ("鬼滅の刃", "宝玉と勺杖", "文読む月日"):
        assert _letters(r.romanize(title)) == _letters(
            "".join(w.romaji for w in r.explain(title)))


def test_a_listed_reading_in_the_old_kana_is_not_taken() -> None:
    # JMnedict writes とりかへばや物語 とりかへばやものがたり, in the historical kana of its
    # spelling; UniDic's today's kana stand (not "Torikahe")
    r = Romanizer()
    assert r.romanize("とりかへばや物語") == "Torikae baya monogatari"
    assert "".join(w.kana for w in r.explain("とりかへばや物語")) == "とりかえばやものがたり"
