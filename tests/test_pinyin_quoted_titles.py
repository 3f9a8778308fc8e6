"""A quoted title in prose that is pinyin (a Chinese conference's or work's) is not read as
romanised Japanese, as a bibliography's is not (a helper's probe of Fogel's *Between China
and Japan*, as transcribed in vishvAsa/notes@0507cf60f: "Zhongguo" was "not valid romaji")."""

from __future__ import annotations

import jpterms

FOGEL = ("Hazama Naoki, “Rusō Min ’yaku ron to Chūgoku” [Rousseau’s Social Contract and "
         "China], paper presented at the international conference, “Jindai shijie yu "
         "Zhongguo” [The modern world and China], Beijing, 31 August.")


def test_a_pinyin_title_in_prose_is_not_checked() -> None:
    found = jpterms.check(FOGEL, path="notes.md")
    assert not [f for f in found if f.text in ("Zhongguo", "shijie", "Jindai")]


def test_a_japanese_title_beside_it_still_is() -> None:
    found = jpterms.check(FOGEL + " See “Chūgoku kindai shi no kenkyu.”", path="notes.md")
    assert [(f.text, f.suggestions) for f in found] == [("kenkyu", ("kenkyū",))]


def test_kunrei_tuo_and_chuo_are_no_pinyin() -> None:
    # Kunrei-shiki's つお (達夫 Tatuo) and Hepburn's 中央 Chuo part into pinyin syllables
    # too; they were taken for pinyin, and a Kunrei-shiki slip went unreported
    found = jpterms.check('  12. Ministry of Defense, "Kawabata tatuo [Kawabata Tatsuo]," 2014,')
    assert [(f.text, f.suggestions) for f in found] == [("tatuo", ("tatsuo",))]
    found = jpterms.check("See “Chuo-Maebashi eki no rekishi.”", path="notes.md")
    assert ("Chuo-Maebashi", ("Chūō-Maebashi",)) in [(f.text, f.suggestions) for f in found]
