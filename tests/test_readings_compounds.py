"""A rare compound JMdict lists does not displace the reading of UniDic's units where Mozc
lists the whole with theirs only."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_rare_compound_reading_gives_way_to_the_units_mozc_reads() -> None:
    # Kurosawa's film (tests/data/readings/film_titles_kurosawa.tsv, gold ...otokotachi):
    # JMdict lists 男達 only as おとこだて "chivalrous man"; the corpus's 角括弧 (8 lines,
    # "kakugakko") and 上付き文字 ("uwatsuki") likewise
    romanizer = Romanizer()
    assert romanizer.romanize("虎の尾を踏む男達") == "Toranoo o fumu otokotachi"
    assert romanizer.romanize("これらの終端は角括弧で囲まれなければなりません。").startswith(
        "Korera no shūtan wa kakukakko de")
    word = romanizer.explain("男達が来た")[0]
    assert (word.romaji, word.source, word.alternatives) == (
        "otokotachi", "unidic+mozc", ("otokodate",))


def test_a_compound_mozc_does_not_contradict_keeps_jmdict_s_reading() -> None:
    # controls from the corpus: JMdict's 進数 しんすう, 期限切れ きげんぎれ, フランス人 じん
    romanizer = Romanizer()
    assert "shinsū" in romanizer.romanize("この値は 8 進数で与える。").lower()
    assert "gire" in romanizer.romanize("証明書が期限切れです")
    assert "Furansujin" in romanizer.romanize("フランス人の作家")


def test_a_name_s_listed_reading_gives_way_where_mozc_reads_the_units_so() -> None:
    # JMnedict's organisation entry for 茨城大学 reads いばらぎ (the university and the
    # prefecture write Ibaraki, as Mozc lists it); the corpus's 日立製作所 is Hitachi
    # Seisakusho, the company's own reading (JMnedict: せいさくじょ)
    romanizer = Romanizer()
    assert romanizer.romanize("茨城大学") == "Ibaraki daigaku"
    assert romanizer.romanize("日立製作所") == "Hitachi seisakusho"
