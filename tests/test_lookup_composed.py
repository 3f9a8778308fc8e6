"""A reading after the first that writes a word of the query as kanji no dictionary lists
together (台学 for *daigaku*: 台 + 学) comes after the other readings where an earlier
reading writes the same kana with one word there (東京大学). Rows are real: the HDIC
terms and Aozora file names of tests/data/lookup/."""

import jpterms
from jpterms.glossary import Glossary


def _top(query: str) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query)]


def test_a_composition_no_dictionary_lists_comes_after_the_words() -> None:
    top = _top("Tokyo daigaku")
    assert top[0] == "東京大学"
    assert "東京台学" not in top and "東京代学" not in top  # 台 + 学, 代 + 学: no words
    assert len(top) == 5
    assert "会防湿" not in _top("Kaiboshitsu")  # 解剖室: 会 + 防湿, beside 海保 etc.


def test_the_right_composition_moves_up_into_the_five() -> None:
    # HDIC terms (shikeda.github.io): the gold, a composition itself, was sixth or lower
    # behind compositions of the same kana that 字形 and 作事 write as one word
    assert "類似字形排列" in _top("ruiji jikei hairetsu")
    assert "作字" in _top("sakuji")


def test_a_word_and_its_suffix_are_no_unlisted_composition() -> None:
    # Wikipedia's 小型自動車競走法: 競走 + 法 is a word and a suffix, not a composition the
    # listed 競争法 holds back; second by cost, it stays second
    from lookup_rows import query_for
    gold = "小型自動車競走法"
    top = _top(query_for("jawiki_admin_terms.tsv", gold))
    assert gold in top and top.index(gold) < top.index("小型自動車教祖法")


def test_spare_readings_leave_the_first_ones_as_they_were() -> None:
    engine = Glossary.bundled().reverse_engine
    for query in ("Tokyo daigaku", "Kaiboshitsu", "Bundan no susei"):
        five = engine.paths(query, limit=5)
        more = engine.paths(query, limit=5, spare=5)
        assert more[:5] == five and len(more) <= 10
        assert len({p.written for p in more}) == len(more)


def test_scores_stay_in_order() -> None:
    for query in ("Tokyo daigaku", "sakuji", "Kaiboshitsu"):
        scores = [m.score for m in Glossary.bundled().reverse_engine.search(query)]
        assert scores == sorted(scores, reverse=True)
