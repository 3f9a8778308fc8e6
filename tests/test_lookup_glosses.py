"""A lookup result's English is the English of the reading it was found by.

A person's name is glossed as a name (JMnedict's own gloss of that person, else each
part's Hepburn and what part it is), never kanji by kanji ("Okada full moon" for 岡田望)
and never with another reading's romanisation ("Ooshita Giyuu" for 山田義雄 read
やまだよしお). The queries are real names from tests/data/lookup (Wikidata's scholars and
writers, Drixler's bibliography, Aozora Bunko's authors; provenance in that folder's
README), macrons stripped, as lookup_accuracy.py queries them.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import jpterms
from jpterms.glosses import name_types
from jpterms.kana import kana_to_romaji, strip_macrons
from jpterms.lexicon import romaji_key

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"
NAME_FILES = ("wikidata_scholars", "wikidata_writers", "wikidata_historical", "drixler_names",
              "aozora_authors")
#: "Okada (surname) Nozomu (given name)": a name glossed part by part
PARTS = re.compile(r"^(?:\S+ \((?:surname|given name|name)\) ?)+$")
#: "Natsume Sōseki (1867-1916)": JMnedict's own gloss of a person
PERSON = re.compile(r"^[A-Z][\w'ōūāēī-]*(?: [A-Z][\w'ōūāēī-]*)+(?: \([^)]*\))?$")
_PERSON_TYPES = frozenset({"surname", "given", "masc", "fem", "person", "unclass"})


def _queries(step: int = 5) -> list[str]:
    out = []
    for name in NAME_FILES:
        with (LOOKUP_DATA / f"{name}.tsv").open(encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.DictReader(fh, delimiter="\t") if r.get("gold_romaji")]
        out += [strip_macrons(r["gold_romaji"]) for r in rows[::step]]
    return out


def _letters(gloss: str) -> str:
    """A name gloss's romanisation without its notes."""
    return romaji_key("".join(re.sub(r"\([^)]*\)", " ", gloss).split()))


def test_a_name_is_glossed_by_its_own_reading_over_many_results() -> None:
    """Over the top five of about 290 real names: every result whose words are all names
    JMnedict lists with their readings is glossed as a name, and every name gloss spells
    the result's own reading (never another reading's romanisation)."""
    names = glossed = 0
    for query in _queries():
        for m in jpterms.lookup(query):
            words = m.words or (m,)
            if m.source == "glossary" or any(not w.kanji for w in words):
                continue
            all_names = all(not name_types(w.kanji, w.kana).isdisjoint(_PERSON_TYPES)
                            for w in words)
            if PARTS.match(m.english) or (not m.words and PERSON.match(m.english)):
                glossed += 1
                assert _letters(m.english) == romaji_key(kana_to_romaji(m.kana)), (
                    query, m.kanji, m.kana, m.english)
            if all_names and len(words) > 1:
                names += 1
                assert PARTS.match(m.english), (query, m.kanji, m.english)
                for w in words:  # a part of a name is glossed as one too
                    assert _letters(w.english) == romaji_key(kana_to_romaji(w.kana)), (
                        query, w.kanji, w.kana, w.english)
    assert names > 600 and glossed > 800, (names, glossed)


def test_the_issue_names_are_names() -> None:
    """The examples of the issue: no "original", no other reading, no full moon."""
    hara = jpterms.lookup("Hara Takushi")[0]
    assert (hara.kanji, hara.english) == ("原卓志", "Hara (surname) Takushi (given name)")
    for query, wrong in (("Yamada Yoshio", "Ooshita"), ("Okada Nozomu", "moon"),
                         ("Hara Takushi", "original")):
        for m in jpterms.lookup(query):
            assert wrong not in m.english, (query, m.kanji, m.english)
    person = jpterms.lookup("Yamada Yoshio")[0]
    assert person.english.startswith("Yamada Yoshio ("), person.english  # JMnedict's own


def test_a_word_is_glossed_as_read() -> None:
    """原 read はら (a field), not 原 read げん ("original"); 氏 read し is "Mr"."""
    words = {w.kanji: w.english for w in jpterms.lookup("hara no naka")[0].words}
    assert "original" not in words.get("原", ""), words
    assert jpterms.lookup("Kobo Daishi")[0].english == "Kōbō Daishi"


def test_a_family_name_is_a_surname_and_a_whole_name_a_name() -> None:
    """The glossary's family name cut from a person's row (中川 of 中川秀直) is the surname,
    not that person ("Hidenao Nakagawa ticket" for 中川券); a whole name Mozc lists that
    no dictionary glosses is a name (藤川一男; the scholars of wikidata_scholars.tsv)."""
    for m in jpterms.lookup("Nakagawa Ken") + jpterms.lookup("Ichikawa"):
        assert "Hidenao" not in m.english and "Yasuo" not in m.english, (m.kanji, m.english)
    assert jpterms.lookup("Fujikawa Kazuo")[0].english == "Fujikawa Kazuo (name)"


def test_a_work_keeps_its_english_title() -> None:
    """JMnedict's English for a work read the way found (an Aozora Bunko title)."""
    top = jpterms.lookup("Ningen shikkaku")[0]
    assert (top.kanji, top.english) == ("人間失格", "No Longer Human (1948 novel by Osamu Dazai)")
