"""What a look-up makes of a query's text before it reads it: a catalogue's heading of a
name (*Murakami, Haruki*), the hyphens English writes inside a name (*Shin-ichi*), a
passport's long o (*Ohe*, *Itoh*).

>>> hyphens_as_name("Shin-ichi Hoshi"), heading_as_name("Murakami, Haruki")
("Shin'ichi Hoshi", 'Murakami Haruki')
>>> without_passport_h("Itoh"), without_passport_h("Ohe")
('Ito', 'Oe')
"""

from __future__ import annotations

import re

from jpterms.romaji import PARTICLE_WORDS

__all__ = ["heading_as_name", "hyphens_as_name", "national_heading", "without_passport_h"]


#: A person's name as catalogues and indexes head it, surname, comma, given name
#: (*Murakami, Haruki*): read as the name surname first, without the comma.
_INVERTED_NAME = re.compile(r"([A-Z][A-Za-z']*), ([A-Z][A-Za-z']*)")
#: A hyphen inside a word of a name, English's mark of a syllable boundary: after a
#: syllabic n before a vowel or y (*Shin-ichi*, *Jun-ya*: the apostrophe of *Shin'ichi*),
#: or between two vowels (*Yo-ichi*, *Ko-ichi*: a long vowel's end before the next one).
_NAME_HYPHEN = re.compile(r"(?<=[A-Za-z])(?:(?<=[nN])-(?=[aiueoy])|(?<=[aiueo])-(?=[aiueo]))")
#: A national body's heading as the Library of Congress writes it, the country in English
#: first (*Japan. Gaimushō*, *Japan. Kokkai. Sangiin*): "Japan" is no romaji there.
_NATIONAL_HEADING = re.compile(r"(Japan\. +)(?=[A-Z])")
#: The h of a passport's long o (*Ohe*, *Tohyama*, *Itoh*).
_PASSPORT_OH = re.compile(r"(?<=[oO])h")
#: A query of two or three capitalised words, one of them with such a hyphen.
_HYPHENED_NAME = re.compile(r"[A-Z][a-z'-]*[a-z](?: [A-Z][a-z'-]*[a-z]){1,2}")


def hyphens_as_name(query: str) -> str:
    """``query`` with the hyphens inside its words that mark a syllable boundary in a
    person's name written as English does (given name first or not) turned into the
    apostrophe or dropped: ``Shin-ichi Hoshi`` is *Shin'ichi Hoshi*, ``Yo-ichi Takahashi``
    *Yoichi Takahashi*. A hyphen before a capital (*Shin-Yokohama*), between consonants
    (*Tenpyo-shoho*) or in a query of one word (*Go-on*) stays a word boundary.

    >>> hyphens_as_name("Shin-ichi Hoshi"), hyphens_as_name("Yo-ichi Takahashi")
    ("Shin'ichi Hoshi", 'Yoichi Takahashi')
    >>> hyphens_as_name("Shin-Yokohama"), hyphens_as_name("Go-on"), hyphens_as_name("Kita-ku Sapporo")
    ('Shin-Yokohama', 'Go-on', 'Kita-ku Sapporo')
    """
    if "-" not in query or not _HYPHENED_NAME.fullmatch(query) or \
            any(w.lower() in PARTICLE_WORDS for w in query.split()):
        return query
    return _NAME_HYPHEN.sub(lambda m: "'" if query[m.start() - 1] in "nN" else "", query)


def heading_as_name(query: str) -> str:
    """``query`` read as a name surname first where it is a person's name as catalogues and
    indexes head it, surname, comma, given name (*Murakami, Haruki*); else ``query``.

    >>> heading_as_name("Murakami, Haruki"), heading_as_name("Tokyo, Kyoto, Osaka")
    ('Murakami Haruki', 'Tokyo, Kyoto, Osaka')
    """
    inverted = _INVERTED_NAME.fullmatch(query)
    return f"{inverted[1]} {inverted[2]}" if inverted else query


def without_passport_h(word: str) -> str:
    """``word`` without the h a passport writes after a long o (*Ohe*, *Tohyama*, *Itoh*).

    >>> without_passport_h("Tohyama"), without_passport_h("Hara")
    ('Toyama', 'Hara')
    """
    return _PASSPORT_OH.sub("", word)


def national_heading(query: str) -> tuple[str, str]:
    """``query`` cut after the country that heads a national body's name in a catalogue
    (*Japan. Gaimushō*: the ministry's name under "Japan"), as ("Japan. ", the rest); ("",
    ``query``) where no such heading begins it (*Japan Taimuzu*, ジャパンタイムズ, is a title).

    >>> national_heading("Japan. Gaimusho"), national_heading("Japan Taimuzu")
    (('Japan. ', 'Gaimusho'), ('', 'Japan Taimuzu'))
    """
    m = _NATIONAL_HEADING.match(query)
    return (m.group(1), query[m.end():]) if m else ("", query)
