"""A capitalised word guessed among the words of a name in a note (the family name before it)
is spelled as the names spell its letters, not as a common word of the same letters (bibdev22,
session 18). Text: note 45 of Book 1 of Alexander Bennett's translation of *Hagakure* (Tuttle,
2014), as transcribed in vishvAsa/notes@0507cf60f (the hagakure18 development source), its
macrons taken out as the stripped measure takes them out."""

from __future__ import annotations

from jpterms.check import check_document
from jpterms.sources import load_document

NOTE = (
    "The act was outlawed.[^45]\n"
    "\n"
    "[^45]: Yamamoto Jocho wished to follow his lord in death by committing ritual suicide "
    "\\(*junshi*\\). However, the act of *junshi* had been outlawed in the Saga province in "
    "1661 and later by the bakufu in 1663. Being denied his right to a “self-willed death,” "
    "Jocho decided to take holy orders instead, and gave up life in the mundane world.\n"
)


def test_a_given_name_after_its_family_name_is_spelled_as_the_names_spell_it() -> None:
    found = [(f.text, f.suggestions[0], f.confidence)
             for f in check_document(load_document(NOTE, "book1.md", "markdown"))
             if f.code == "JP101"]
    # 情緒 jōcho is the commoner word of these letters; the one name so read is 定朝 Jōchō
    assert ("Jocho", "Jōchō", "possible") in found
    assert all(suggestion == "Jōchō" for text, suggestion, _ in found if text == "Jocho")
