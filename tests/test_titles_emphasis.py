"""A word alone in *emphasis* in a citation is looked at on every line of a text, not only
on its first (issue 8: the emphasis offsets were the text's, the word's its line's).

The notes are Fabian Drixler's, *Mabiki: Infanticide and Population Growth in Eastern
Japan, 1660–1950* (University of California Press, 2013), notes 77, 78 and 31, copied
unchanged from the book as transcribed in ``vishvAsa/notes`` at commit ``0507cf60f``,
``sapiens/branches/Trans-eurasian/japan/articles/drixler_infanticide_1660/00/Sources.md``
(see ``tests/data/README.md`` for the same book's bibliography)."""

from __future__ import annotations

import jpterms

_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")

NOTE_77 = "77. Andō, *Tōdō shinden *\\(ca. 1752\\), vol. 2, chap. 32. \n"
NOTE_78 = ("78. See Yusa, *Renseishō *\\(1702 and 1719\\); Tani, *Zokusetsu zeiben zokuhen "
           "*\\(1718\\); Fujitsuka, *Sōseisetsu* \\(1793\\); and a report of doctors to "
           "Ichinoseki domain, cited in Sawayama, *Sei to seishoku, * 52. \n")
NOTE_31 = ("31. To my knowledge, the fi rst recorded uses of *mabiki* as a term for "
           "infanticide are a poem in a collection by the Edo-based bookseller and wit "
           "Shōgetsudō Fukaku, *Chiyomigusa* \\(1692\\); a compilation of recipes by a "
           "domainal physician of Mito, Hozumi Hoan, *Kyūmin* *myōyaku* \\(1693\\); and the "
           "anonymous manual of magic *Majinai chōhōki* \\(1699\\). \n")


def _found(text: str) -> dict[tuple[int, str], tuple[str, str]]:
    return {(f.line, f.text): (f.suggestions[0], f.confidence)
            for f in jpterms.check(text, path="notes.md")}


def test_a_lone_italic_word_is_looked_at_on_a_later_line() -> None:
    alone = _found(NOTE_78.translate(_STRIP))
    after = _found((NOTE_77 + "\n" + NOTE_78).translate(_STRIP))
    # the same note finds the same word whether it starts the text or follows another
    assert alone[1, "Soseisetsu"] == after[3, "Soseisetsu"] == ("Sōseisetsu", "possible")
    notes = _found((NOTE_77 + "\n" + NOTE_31).translate(_STRIP))
    assert notes[3, "Kyumin"] == ("Kyūmin", "likely")
    # an emphasis of one word: the lexicon's one spelling, but no other Japanese word
    # beside it, so --fix leaves it (likely)
    assert notes[3, "myoyaku"] == ("myōyaku", "likely")
    # the notes as written, macrons and all: nothing to report
    assert jpterms.check(NOTE_77 + "\n" + NOTE_78 + "\n" + NOTE_31, path="notes.md") == []


def test_a_one_word_title_in_a_short_note_is_a_cited_title() -> None:
    # Drixler, *Mabiki* (UC Press 2013; vishvAsa/notes@0507cf60f, see tests/data/README.md),
    # notes (Sources.md) 15-17, macrons stripped: a short note cites a work by its author
    # and a short title with no year, so the line is no citation line by its year; the
    # author's "Takahashi, *" before it makes the one word a title (在郷町 Zaigōmachi)
    notes = ("15. Hayami, *Population, Family, and Society, * 193–194. \n\n"
             "16. Hayami, *Population and Family, * 188. \n\n"
             "17. Takahashi, *Zaigōmachi, * 57. \n\n"
             "18. Kamikomorogawa Minamimata \\(1837, *Komorogawa sonshi 5 shiryōhen 4, * 128–194\\)\n")
    found = [(f.text, f.suggestions[0], f.confidence)
             for f in jpterms.check(notes.translate(_STRIP), path="notes.md")]
    assert ("Zaigomachi", "Zaigōmachi", "possible") in found
    assert not [f for f in jpterms.check(notes.translate(_STRIP), path="notes.md")
                if f.text in ("Population", "Family", "Society")]


def test_a_short_notes_title_is_read_as_a_title_of_one_word() -> None:
    # the same notes (Sources.md lines 315 and 333): 真宗 Shinshū alone is as common as
    # 新種 shinshu, but a short note's title capitalised as titles are is read as the
    # one-word titles of citations are (the lexicon's word, possible)
    note = ("13. Matsuura, *Tōō enkai nisshi *\\(1850\\). \n\n"
            "See Arimoto, *Shinshū, * 212, and *Shūkyō shakaishi no kōsō, * 77–81. \n")
    found = {f.text: (f.suggestions[0], f.confidence)
             for f in jpterms.check(note.translate(_STRIP), path="notes.md") if f.suggestions}
    assert found["Shinshu"] == ("Shinshū", "possible")
