"""Two nouns written together that JMdict lists as one word with の between them."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_the_genitive_left_unwritten_is_read() -> None:
    # 蜘蛛巣城 (Kurosawa's Throne of Blood): JMdict's 蜘蛛の巣 くものす, was くもす
    romanizer = Romanizer()
    assert "".join(w.kana for w in romanizer.explain("蜘蛛巣城")) == "くものすじょう"
    assert romanizer.romanize("蜘蛛巣城") == "Kumonosujō"


def test_a_pair_a_list_writes_together_stays() -> None:
    # 山手: JMdict lists 山手 やまて itself (beside 山の手 やまのて)
    assert "".join(w.kana for w in Romanizer().explain("山手")) == "やまて"
