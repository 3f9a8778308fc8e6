"""A verb's classical end form, as titles in the literary language end: a shimo-nidan verb
that dictionaries list in its modern ichidan form (与える, 答える) ends in the u-row kana of
its modern e-row one (与う *atau*, 答う *kotau*)."""

import jpterms


def test_a_classical_end_form_ends_a_title() -> None:
    # Kawai Eijiro's 学生に与う (1940), a title outside the development rows; was 学生に能う
    assert jpterms.lookup("Gakusei ni atau")[0].kanji == "学生に与う"


def test_the_modern_spelling_wins_over_the_old_kana_one() -> None:
    # Natsume Soseki's 田山花袋君に答う as Aozora Bunko romanises it; was 答ふ
    assert jpterms.lookup("Tayama kataikun ni kota u")[0].kanji == "田山花袋君に答う"


def test_a_common_word_keeps_its_place() -> None:
    assert jpterms.lookup("Yosu")[0].kanji == "様子"
