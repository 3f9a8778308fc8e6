"""English words inside romanised names, back to the katakana loanwords Japanese writes.

Station and building names mix romanised Japanese with English words that
Japanese writes as loanwords: *Tama Center* is 多摩センター, *Minami-machida
Grandberry Park* 南町田グランベリーパーク. JMdict glosses its katakana words in
English (センター "center"); a loanword is kept only when it also *sounds* like
the English word (its consonants, as Hepburn spells them, match the English
spelling's), so that センター stands for *center* but ショッピングセンター does
not stand for *mall*.

>>> katakana_for("Center")
('センター', 'センタ')
>>> katakana_for("Hills"), katakana_for("Zoo")
(('ヒルズ',), ())
"""

from __future__ import annotations

import difflib
import re

from jpterms.kana import kana_to_romaji, strip_macrons

__all__ = ["katakana_for", "sounds_alike"]

_GLOSSED = (
    "SELECT DISTINCT k.text FROM SenseGloss g JOIN Sense s ON s.ID = g.sid "
    "JOIN Kana k ON k.idseq = s.idseq "
    "WHERE (g.text = ? OR (g.text > ? AND g.text < ?)) "
    "AND NOT EXISTS (SELECT 1 FROM Kanji j WHERE j.idseq = s.idseq)"
)
#: English spellings as a Japanese ear hears them (applied in order).
_ENGLISH_SOUNDS = (
    (r"cc", "kk"), (r"tion", "shon"), (r"sion", "shon"), (r"ph", "f"), (r"th", "s"), (r"ck", "k"),
    (r"qu", "kw"), (r"x", "ks"), (r"c(?=[eiy])", "s"), (r"c", "k"), (r"v", "b"),
    (r"l", "r"), (r"y", "i"), (r"([aeiou])r(?![aeiou])", r"\1"), (r"e$", ""),
)
#: How alike the consonants of the English word and the loanword must be.
MIN_LIKENESS = 0.6
#: How alike a katakana word and a one-word English gloss of it must be for the word to
#: be one word in romaji however UniDic cuts it (パラメタ *parameter*; ラストネーム, glossed
#: *surname*, 0.75, is not: :func:`jpterms.reading_index._loanword_records`).
ONE_WORD_LIKENESS = 0.8


def _consonants(text: str) -> str:
    return re.sub(r"[aeiou]", "", text)


def sounds_alike(english: str, katakana: str) -> float:
    """How alike the consonants of an English word and a katakana word are (0 to 1).

    >>> sounds_alike("center", "センター") > sounds_alike("mall", "ショッピングセンター")
    True
    """
    heard = english.lower()
    for pattern, sound in _ENGLISH_SOUNDS:
        heard = re.sub(pattern, sound, heard)
    said = strip_macrons(kana_to_romaji(katakana)).lower()
    said = re.sub(r"(?<=[^aeiou])u", "", said)  # スタジアム: su-ta-ji-a-mu is s-t-j-m
    said = re.sub(r"[^a-z]", "", said)
    return difflib.SequenceMatcher(None, _consonants(heard), _consonants(said)).ratio()


def katakana_for(english: str) -> tuple[str, ...]:
    """Katakana loanwords JMdict glosses with ``english`` and that sound like it, best first.

    The likest comes first. A plural also tries its singular, and
    adds the plural ending as Japanese hears it (*Hills*: ヒルズ, *Parks*: パークス).
    Empty when none fits.
    """

    from jpterms.dictionaries import jamdict_rows

    word = english.lower()
    if not word.isascii() or not word.isalpha() or len(word) < 3:
        return ()
    forms = [word] + ([word[:-1]] if word.endswith("s") and len(word) > 3 else [])
    for form in forms:
        found = [row[0] for row in jamdict_rows(_GLOSSED, (form, form + " (", form + " )"))]
        scored = [(sounds_alike(form, kana), -i, kana) for i, kana in enumerate(found)
                  if all("\u30a0" <= ch <= "\u30ff" for ch in kana)]
        good = [kana for likeness, _, kana in sorted(scored, reverse=True)
                if likeness >= MIN_LIKENESS]
        if good:
            if form != word:  # the plural: ズ after a voiced sound, ス after a voiceless one
                ending = "ス" if form[-1] in "kptf" else "ズ"
                good = [kana + ending for kana in good]
            return tuple(good)
    return ()
