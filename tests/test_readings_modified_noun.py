"""A word something modifies is a noun: no JMdict adverb ending in a particle is read over
it at the end of a whole input (ReadingResolver._jmdict_whole)."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_after_no_or_an_auxiliary_ato_is_a_noun() -> None:
    r = Romanizer()
    # corpus lines read 後に as JMdict's のちに ("later") in explain
    for text in ("範囲の後に", "単語分割を行った後に"):
        words = r.explain(text)
        assert "".join(w.kana for w in words).endswith("あとに"), text
        assert r.romanize(text).endswith("ato ni")
