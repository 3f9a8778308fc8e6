"""The kana and the romaji a look-up reports for a result written with more than its
words' kanji (digits, quotes, letters): each run of Japanese as the search read it.

>>> from jpterms.romanize import Romanizer
>>> spelled_kana("3日前", Romanizer().explain("3日前"))
'3にちまえ'
"""

from __future__ import annotations

from collections.abc import Sequence

from jpterms.kana import is_japanese_char, word_kana
from jpterms.romanize import Romanizer, WordReading

__all__ = ["runs_read_as", "spelled_kana"]


def runs_read_as(romaji: str, pieces: Sequence[tuple[str, str]], romanizer: Romanizer) -> str:
    """``romaji`` (:meth:`jpterms.Romanizer.romanize` of a reading that quotes, digits or
    letters cut into runs, which :meth:`jpterms.Romanizer.romanize_as` reads as romanize
    does) with each run of Japanese written as the search read it: “富嶽百景”序 read
    じょ is “fugaku hyakkei”jo, and 女 read じょ no longer “…”onna. A run is found in
    ``romaji`` as romanize writes it alone (its capital as there); where one is not,
    ``romaji`` is kept as it is.

    >>> runs_read_as("“fugaku hyakkei”onna", [("“", ""), ("富嶽百景", "ふがくひゃっけい"),
    ...                                        ("”", ""), ("女", "じょ")], Romanizer())
    '“fugaku hyakkei”jo'
    """
    out: list[str] = []
    at = 0
    run: list[tuple[str, str]] = []
    for piece in (*pieces, None):
        if piece is not None and any(map(is_japanese_char, piece[0])):
            run.append(piece)
            continue
        if run:
            text = "".join(w for w, _ in run)
            alone, read = romanizer.romanize(text), romanizer.romanize_as(text, run)
            found = romaji.lower().find(alone.lower(), at)
            if not alone or found < 0:
                return romaji
            first = romaji[found]
            read = (read[:1].upper() if first.isupper() else read[:1].lower()) + read[1:]
            out += [romaji[at:found], read]
            at = found + len(alone)
            run = []
    return "".join(out) + romaji[at:]


def spelled_kana(text: str, words: Sequence[WordReading]) -> str:
    """The kana of ``text`` from its words' readings; what lies between them (digits,
    punctuation) is kept as written.

    >>> spelled_kana("3日前", Romanizer().explain("3日前"))
    '3にちまえ'
    >>> spelled_kana("帝國文庫", Romanizer().explain("帝國文庫"))
    'ていこくぶんこ'
    """
    out: list[str] = []
    at = 0
    for w in words:
        found = text.find(w.text, at)
        if found < 0:  # old forms explain read as new ones (顏 as 顔): the next kanji or kana
            found = next((i for i in range(at, len(text)) if is_japanese_char(text[i])), len(text))
        out.append(text[at:found].strip())
        out.append(word_kana(w.text, w.kana))
        at = found + len(w.text)
    out.append(text[at:].strip())
    return "".join(out)
