"""A romanised title is most often an old one, written with the okurigana the rules
before 1973 left out: where the best reading's words are also spelled without some of
their okurigana, that spelling comes first (``okurigana_order.short_okurigana_first``)."""

import jpterms


def test_a_verb_written_with_old_okurigana() -> None:
    # aozora_titles: Tanizaki's 東京に生れて; was 東京に生まれて
    assert jpterms.lookup("Tokyo ni umarete")[0].kanji == "東京に生れて"


def test_a_compound_noun_without_its_okurigana() -> None:
    # aozora_titles: Natsume Soseki's 博士問題の成行; was 博士問題の成り行き
    assert jpterms.lookup("Hakase mondai no nariyuki")[0].kanji == "博士問題の成行"


def test_a_term_without_its_okurigana() -> None:
    # jawiki_admin_terms: 先入先出法, a one-word query of a long compound term; hdic_terms'
    # 返点 is a word of two kanji, which a query of one word now reads as current writing
    # does (返り点, 引き潮, 突き指: lookup_costs.OLD_OKURIGANA_KANJI), with 返点 second
    assert jpterms.lookup("Sakiiresakidashiho")[0].kanji == "先入先出法"
    assert [m.kanji for m in jpterms.lookup("kaeriten")][:2] == ["返り点", "返点"]


def test_a_word_of_two_kanji_keeps_its_okurigana() -> None:
    # readings dev jawiki_draw (Wikipedia titles): 引き潮, 入れ子, 突き指; hdic_terms 踊り字
    assert jpterms.lookup("Hikishio")[0].kanji == "引き潮"
    assert jpterms.lookup("Tsukiyubi")[0].kanji == "突き指"
    assert jpterms.lookup("odoriji")[0].kanji == "踊り字"


def test_a_particle_is_no_okurigana() -> None:
    # stations_miehorts 小屋の畑 and aozora_filenames 我が生活 keep their の and が
    assert jpterms.lookup("Koyanohata")[0].kanji == "小屋の畑"
    assert jpterms.lookup("Waga seikatsu")[0].kanji == "我が生活"


def test_the_checker_search_is_unchanged() -> None:
    # one reading, as the checker asks: no reordering there
    from jpterms.reverse import ReverseEngine
    paths = ReverseEngine().paths("Tokyo ni umarete", limit=1)
    assert paths[0].written == "東京に生まれて"
