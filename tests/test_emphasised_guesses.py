"""A word the writer sets alone in *emphasis* is taken for a term even when it is a word
as written too, if the lexicon's one long spelling of it is far commoner, or when it is
capitalised (a ship's or a work's name) (prose23, session 19). Texts: English Wikipedia,
"Isoroku Yamamoto" (chinapedia/wikipedia.abstract.en@4f3e897, the wikidev development
source), and Book 1 of Alexander Bennett's translation of *Hagakure* (Tuttle, 2014), as
transcribed in vishvAsa/notes@0507cf60f (the hagakure18 development source), their
macrons taken out as the stripped measure takes them out."""

from __future__ import annotations

from jpterms.check import check_document
from jpterms.sources import load_document


def _macrons(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.suggestions[0], f.confidence)
            for f in check_document(load_document(text, "page.md", "markdown"))
            if f.code == "JP101"]


def test_a_capitalised_emphasised_term() -> None:
    text = ("Although the Japanese sank the US carrier, the Americans damaged the carrier "
            "*Shokaku* so badly that she required dockyard repairs.\n")
    assert _macrons(text) == [("Shokaku", "Shōkaku", "possible")]


def test_an_emphasised_word_far_rarer_than_its_long_spelling() -> None:
    text = ("A mind ‘free of thought’ \\(*munen*\\) is one that is pure with ‘correct "
            "thought’ \\(*shonen*\\).” Certainly, this is a salient point.\n\n"
            "Both *kofun*-type Imperial tombs are characterized by a keyhole-shaped island.\n")
    # shonen is a word as written (Zipf 2.3), shōnen far commoner (4.8); kofun as written
    # (3.6) is nearly as common as kōfun (4.7): the tomb mounds, as English writes them
    assert _macrons(text) == [("shonen", "shōnen", "possible")]
