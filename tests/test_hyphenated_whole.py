"""A hyphenated word read as the one word its parts join into (issue 8): where the parts
alone guess or say nothing, the word a list gives their letters together (Mozc's
当道院 *Tōdō-in*, 大山村 *Ōyama-mura*, 二十四孝 *Nijūshi-kō*) is suggested in the writer's
division and case, possible only; a word before a lone vowel set off by a hyphen
(*Ōtsue-e*) is judged alone where the letters together spell nothing. Real lines, their
macrons removed; provenance: ``tests/data/unseen/README.md`` (wiki17, wikidev) and
``tests/data/README.md`` (Drixler's bibliography and sources)."""

from __future__ import annotations

import jpterms
from jpterms.spelling import SpellingJudge

_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def _findings(text: str, path: str) -> dict[str, tuple[str, str]]:
    """Word as written -> (first suggestion, confidence) on ``text`` stripped of macrons,
    after asserting that ``text`` as written gives no macron finding."""
    assert not [f for f in jpterms.check(text, path=path) if f.code == "JP101"]
    return {f.text: (f.suggestions[0], f.confidence)
            for f in jpterms.check(text.translate(_STRIP), path=path)
            if f.code == "JP101" and f.suggestions}


def test_a_hyphenated_word_is_read_as_the_word_its_parts_join_into() -> None:
    # wiki17, fujiko_kojima.md line 82 (a table row; 当道院, a family name): the parts
    # alone gave Tōdo-in
    row = ("| *Naze Tōdō-in Seiya 16-sai wa Kanojo ga Dekinai no ka?*       | Minami Asai"
           "                           | NBN            | Episode 4                       |\n")
    assert _findings(row, "fujiko_kojima.md")["Todo-in"] == ("Tōdō-in", "possible")
    # Drixler's bibliography, line 1950: a village, 大山村
    line = ("kōzō: Dewa-no-kuni Tagawa-gun Ōyama-mura no jirei 1,” *Chūkyō Daigaku "
            "keizaigaku* *ronsō * 16 \\(2004\\). \n")
    assert _findings(line, "Bibliography.md")["Oyama-mura"] == ("Ōyama-mura", "possible")
    # the same bibliography, line 406 (上郷村, Tsukuba-gun Kamigō-mura), Drixler's sources,
    # line 999 (二十四孝, the Twenty-four Filial Exemplars), and the writer's capitals kept
    # (南北朝, wiki25's NANBOKU-CHŌ)
    judge = SpellingJudge.for_glossary(None)
    assert judge.missing_macron("Kamigo-mura").suggestion == "Kamigō-mura"
    assert judge.missing_macron("Nijushi-ko").suggestion == "Nijūshi-kō"
    assert judge.missing_macron("NANBOKU-CHO").suggestion == "NANBOKU-CHŌ"


def test_a_word_before_a_lone_vowel_is_judged_alone() -> None:
    # wikidev, otsu-e.md line 13 (Buson's haiku, quoted): 大津絵 Ōtsue, then the writer's
    # -e, which no word joins; as a BibTeX title (measure_precision.py bibtex)
    title = "Skywards a swallow/ darts and targets with droppings/ the Ōtsue-e below"
    entry = "@book{t1,\n  title = {%s},\n}\n"
    assert _findings(entry % title, "titles.bib")["Otsue-e"] == ("Ōtsue-e", "possible")


def test_a_part_far_commoner_as_written_is_not_lengthened_by_the_whole() -> None:
    # HDIC's references, line 81 (seventh source): Bunko-zō, not 文構造 bunkōzō; Drixler's
    # bibliography, line 768: the particle of Izumo-no-kuni, not 出雲の阿国 izumonōkuni
    line = ("- Matsumoto, Mitsutaka. \"Shoryōbu-zō *Ishinpō*, Seikidō Bunko-zō *Ishinpō* ni "
            "okeru Fukun no Kiban\"\n\n"
            "Takeda Iratsuko, *Datai kinshi moraiko yōikuhō kenpakusho* \\(Izumo-no-kuni "
            "Iu-gun Nishikurumi-mura, 1878\\), JUYC. \n")
    found = jpterms.check(line.translate(_STRIP), path="references.md")
    suggested = {f.text: f.suggestions[0] for f in found if f.suggestions}
    assert suggested.get("Bunko-zo") == "Bunko-zō"
    assert "Izumo-no-kuni" not in suggested
