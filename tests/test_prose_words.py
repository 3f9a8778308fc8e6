"""Japanese words standing alone in English prose (issue 8: "find every romanised
Japanese word, wherever it stands"): a temple, a person or a place written among English
words, with nothing else to mark it as Japanese (jpterms.prose). Real prose from
Turnbull's *The Samurai and the Sacred* (tests/data/unseen/README.md), which writes
macrons: stripped of them, the words it wrote with macrons are found with its own
spelling, possible; as written, it is silent."""

from __future__ import annotations

from pathlib import Path

import jpterms
from jpterms.findings import POSSIBLE
from jpterms.language import LanguageGuesser
from jpterms.prose import ProseWords
from jpterms.spelling import SpellingJudge

DATA = Path(__file__).parent / "data" / "unseen"
_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def _excerpt() -> str:
    return (DATA / "turnbull_prose_excerpt.md").read_text(encoding="utf-8")


def test_temples_people_and_places_alone_in_prose_get_their_macrons() -> None:
    text = _excerpt()
    stripped = text.translate(_STRIP)
    found = jpterms.check(stripped, path="chapter.md")
    # each finding restores the writer's own spelling: no false alarm, none fixed unasked
    assert [(f.text, f.suggestions[0]) for f in found if f.suggestions[0] != text[f.start:f.end]] == []
    assert {f.confidence for f in found} == {POSSIBLE}
    restored = {f.suggestions[0] for f in found}
    assert {"Kōfukuji", "Tōdaiji", "Saichō", "Dengyō"} <= restored  # before: none of them
    assert sum(f.text == "Todaiji" for f in found) == 4  # every time the temple is named
    # Shintō and Kyōto lose their macrons too, but English writes Shinto and Kyoto: the
    # established English forms are never findings in prose (nor shogun, daimyo, Honshu)
    assert not {"Shinto", "Kyoto"} & {f.text for f in found}


def test_the_same_prose_written_with_macrons_is_silent() -> None:
    assert jpterms.check(_excerpt(), path="chapter.md") == []


def test_a_lone_word_needs_the_data_to_leave_little_doubt() -> None:
    words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
    spelled = {text: [s for _, _, s, _ in words.found(text)] for text in (
        "the Todaiji compound",  # 東大寺: no word is spelled todaiji
        "the Todaiji’s great hall",  # a possessive is kept
        # 法然: hōnen 4.4 and honen 1.6 as words, but the one name spelled so is Hōnen
        # (Hon'en, a family name, keeps its apostrophe)
        "Honen’s disciple",
        # Fogel, "Cui Shu": a common noun far commoner long (加上 kajō 4.2, kajo 2.2)
        "Cui Shu’s bushang and Tominaga Nakamoto’s kajo are extremely similar",
        "the shogun and the daimyo of western Honshu",  # English forms
        "the Kodansha edition",  # a publisher names itself in English
        # a name alone: 書店 shoten is a common word (5.0), so the names' Shōten is not
        # what it means (Drixler's bibliography: 38 false alarms so)
        "Tokyo: Iwanami Shoten, 1990",
        # pinyin beside it (Fogel's notes): chuban is 出版 chūban only in Japanese
        "(Taibei: Yuanliu chuban gongsi, 1991)",
    )}
    assert spelled == {
        "the Todaiji compound": ["Tōdaiji"],
        "the Todaiji’s great hall": ["Tōdaiji’s"],
        "Honen’s disciple": ["Hōnen’s"],
        "Cui Shu’s bushang and Tominaga Nakamoto’s kajo are extremely similar": ["kajō"],
        "the shogun and the daimyo of western Honshu": [],
        "the Kodansha edition": [],
        "Tokyo: Iwanami Shoten, 1990": [],
        "(Taibei: Yuanliu chuban gongsi, 1991)": [],
    }


def test_a_full_name_jmnedict_knows_spells_both_halves() -> None:
    # Turnbull, chapter 3 (stripped): Kōbō Daishi, whose halves alone decide nothing
    # (Kobo: kōbo, kōbō, kobō and kobo are all words; Daishi is right as written); and
    # Fogel's index: Guo Moruo is
    # Chinese (Guo is no word the guesser takes for Japanese), whatever JMnedict lists
    words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
    text = "while the approach to Kobo Daishi’s tomb on Koyasan is lined by graves"
    assert [(text[s:e], spelled, why) for s, e, spelled, why in words.found(text)] == [
        ("Kobo", "Kōbō", "name"), ("Koyasan", "Kōyasan", "")]
    assert list(words.found("Guo Moruo 29, 40, 369")) == []
    found = jpterms.check("The tomb of Kobo Daishi stands on Mount Koya in Japan.\n", path="a.md")
    assert [(f.text, f.suggestions, f.confidence) for f in found] == [
        ("Kobo", ("Kōbō",), POSSIBLE)]
    assert found[0].message.endswith("(as the person of this full name is spelled)")


def test_english_that_shows_no_japanese_is_not_read_for_lone_words() -> None:
    # the same sentences in a long English text with nothing Japanese about it stay
    # silent: a text of English prose, with one word the lexicon alone reads as Japanese
    prose = "The committee met in the hall and agreed on the budget for the year. " * 12
    assert jpterms.check(prose + "They walked past the ritsuryo stone.\n", path="a.md") == []


def test_a_person_named_in_the_english_order_keeps_their_own_spelling() -> None:
    # Wikidata's English labels of Japanese writers (tests/data/lookup/README.md), given
    # name first as English writes them, set in prose that shows Japanese: a person
    # named so is named as they name themselves (Ryoichi Mita, Yuri Shinoto), not
    # missing a macron; each was a possible finding before
    import csv

    path = Path(__file__).parent / "data" / "lookup" / "wikidata_writers.tsv"
    with path.open(encoding="utf-8") as f:
        labels = [r["label"] for r in csv.DictReader(f, delimiter="\t")
                  if r["label"].count(" ") == 1 and r["label"].replace(" ", "").isalpha()
                  and r["label"].isascii()]
    assert {"Ryoichi Mita", "Yuri Shinoto"} <= set(labels) and len(labels) > 200
    text = "".join(f"In Japan, the writer {label} published a novel.\n\n" for label in labels)
    found = jpterms.check(text, path="writers.md")
    assert not {"Ryoichi", "Shinoto"} & {f.text for f in found}
    assert len(found) <= 3  # of 218 people


def test_an_old_provinces_name_alone_in_prose_is_the_province() -> None:
    # Drixler, *Mabiki* (UC Press 2013; vishvAsa/notes@0507cf60f, see tests/data/README.md),
    # chapters 10 and 13, stripped: Shimosa is also a surname as written (下佐) and hoki a
    # common word (放棄 hōki), so neither the figures nor the names decide them; a
    # capitalised word spelled as a province with its long vowels left out names it
    words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
    for text, province in (
            ("In the provinces of Kazusa and Shimōsa, Hirayama lamented, the population was "
             "dwindling, fi elds were reverting to wasteland", "Shimōsa"),
            ("In the provinces of Tango, Inaba, Hōki, and Izumo on the Japan Sea coast, "
             "initiatives against infanticide were small and came late in the Edo period.", "Hōki")):
        assert [spelled for _, _, spelled, _ in words.found(text.translate(_STRIP))] == [province]
    # a province written so is none (Iyo, Tosa), and one English or another language
    # writes is left to them (Omi, Suo: the guesser calls them ambiguous)
    assert list(words.found("the domains of Iyo and Tosa, and Omi and Suo")) == []


def test_a_macron_goes_on_the_vowel_written_there() -> None:
    # Nakai's chapter on Tokugawa rituals (tests/data/unseen/README.md, built by
    # benchmarks/make_unseen.py), macrons stripped: 后稷 Houji in pinyin. The lexicon's
    # ほうおうじ hōōji matched its letters, and the prose rule offered "Hōūji", a macron
    # on the u where the form has an o
    text = "Linking the ancestral rites to Houji, the ancestor of the Zhou royal line"
    words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
    assert [spelled for _, _, spelled, _ in words.found(text)] == []
    assert jpterms.check(text, path="a.md") == []
