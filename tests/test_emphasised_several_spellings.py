"""An emphasised Japanese term in lower case that the lexicon spells several ways with long
vowels is given the far commonest of them, the others offered after it, as possible
(prose24, session 20). Texts: Book 1 of Alexander Bennett's translation of *Hagakure*
(Tuttle, 2014), as transcribed in vishvAsa/notes@0507cf60f (the hagakure18 development
source), and the English Wikipedia's "Convention of Kanagawa" (the wikidev development
source), their macrons taken out as the stripped measure takes them out."""

from __future__ import annotations

from jpterms.check import check_document
from jpterms.sources import load_document


def _macrons(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(f.text, tuple(f.suggestions), f.confidence)
            for f in check_document(load_document(text, "book.md", "markdown"))
            if f.code == "JP101"]


def test_the_commonest_of_several_long_spellings() -> None:
    text = ("“One is likely to trigger a lifetime of shame through a *shudo* relationship in "
            "one’s youth. Care is needed.” In the Tokugawa period, *shudo* \\(“the Way of the "
            "young”\\) was an important factor.\n\n"
            "Tokugawa Iesada left effective administration in the hands of the Council of "
            "Elders (*roju*) led by Abe Masahiro.\n")
    found = _macrons(text)
    # 衆道 shudō 4.1 before shūdō 3.6; 老中 rōjū 2.4 before rōju 1.2
    assert [(w, s[0], c) for w, s, c in found] == [
        ("shudo", "shudō", "possible"), ("shudo", "shudō", "possible"),
        ("roju", "rōjū", "possible")]
    assert set(found[0][1]) == {"shudō", "shūdō", "shūdo"}


def test_not_where_a_word_is_spelled_as_written_or_no_spelling_leads() -> None:
    # shojo 処女 is a common word as written (Zipf 3.8); roshu: roshū 1.8, rōshū 1.4
    text = ("The Tokugawa period saw *shudo* flourish, while *shojo* and *roshu* were "
            "words of another kind.\n")
    assert [w for w, _, _ in _macrons(text)] == ["shudo"]
