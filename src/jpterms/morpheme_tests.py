"""Tests on morphemes that the reading rules share: is a morpheme a noun, a particle or
a symbol, does it belong to a run of nouns, and the kinds of JMnedict and Mozc that make a
name a person's, a given name or a place. (Whether a character is a kanji is
:func:`jpterms.kana.is_kanji`.)

:mod:`jpterms.readings` and the rules it owns (:mod:`jpterms.input_cuts`,
:mod:`jpterms.place_readings`, :mod:`jpterms.court_names`, :mod:`jpterms.unwritten_kana`,
:mod:`jpterms.eras_provinces`) import these from here; this module imports none of them.

>>> "given" in GIVEN, "surname" in SOMEONE
(True, True)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jpterms.division import rules as _rules
from jpterms.kana import has_kanji, to_hiragana, to_katakana
from jpterms.mozc_contexts import (
    GIVEN_NAME_CONTEXT,
    PERSON_NAME_CONTEXT,
    PROPER_NOUN_CONTEXT,
    SURNAME_CONTEXT,
)

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme


#: How much cheaper (in Mozc cost units) another reading must be to displace UniDic's:
#: more for the proper nouns UniDic lists by name (eras, works, bodies) than for others.
MOZC_MARGIN = 1000


#: Longest span of short units (and of characters) looked up as one word.
MAX_UNITS = 6
MAX_CHARS = 12


#: How many of JMnedict's people must bear a family name for a whole name to be cut
#: after it inside one of UniDic's units (:meth:`WholeNameCuts.family_given`).
PEOPLE_INSIDE = 3


#: JMnedict's kinds of a person's name, whole or in part (a given name's: GIVEN).
PERSON_KINDS = frozenset({"surname", "given", "fem", "masc", "person", "unclass"})


#: A JMdict word Mozc writes more cheaply than this is an everyday one, never taken for a
#: given name of the same spelling after a family name (時代 3132, 希望 3190, 野菜 3771;
#: the words read as given names on the dev rows cost 5386 to 7484: 雪山, 重臣, 正教)
MOZC_EVERYDAY = 5000


#: JMnedict's kinds of a given name (and below, of a place); not
#: :data:`jpterms.lexicon.GIVEN_KINDS`, the kinds of a look-up's lattice words.
GIVEN = frozenset({"given", "fem", "masc"})


PLACE = frozenset({"place", "station"})

#: JMnedict's kinds of a body's name: a company, an organisation
BODIES = frozenset({"company", "organization"})
#: JMnedict's kind of a work's title (a book, a film: 鬼滅の刃 きめつのやいば)
WORKS = frozenset({"work"})



#: The kanji of a number, and 第 of an ordinal (第三).
NUMERALS = frozenset("一二三四五六七八九十百千第")


#: The suffixes of towns and villages, each read two ways (まち/ちょう, むら/そん).
TOWN_OR_VILLAGE = "町村"


#: JMnedict's kinds of a family or given name, and Mozc's contexts of one (名, 姓)
SOMEONE = frozenset({"surname", "given", "fem", "masc"})
#: and with JMnedict's unclassified names (左衛門 よも, 三師 みつもろ): a name, no word or place
SOMEONE_OR_UNCLASSED = SOMEONE | {"unclass"}
MOZC_PERSON = frozenset({GIVEN_NAME_CONTEXT, SURNAME_CONTEXT})
#: Mozc's contexts of a whole person's name: a person, a given or family name, or one of
#: its other proper nouns, where it lists whole names (二条昭実).
MOZC_WHOLE_NAME = frozenset({PERSON_NAME_CONTEXT, GIVEN_NAME_CONTEXT, SURNAME_CONTEXT,
                             PROPER_NOUN_CONTEXT})


#: The sources of readings a rule of its own gave (an era, a province, a station, a
#: municipality of the official list, Mozc's whole word): no dictionary's whole reading
#: replaces them.
RULED = ("era", "province", "station", "gazetteer", "mozc")


#: A given name written in kana (ゆたか, シゲヨ).
KANA_NAME = re.compile("[\u3041-\u3096ー]+|[\u30a1-\u30faー]+")
#: Words of two kana or more, in katakana or in hiragana.
KATAKANA_WORD = re.compile("[ァ-ヺー]{2,}")
HIRAGANA_WORD = re.compile("[ぁ-ゖー]{2,}")
#: The parts of speech of a particle, an auxiliary or a symbol.
FUNCTION_WORDS = ("助詞", "助動詞", "補助記号")


_NOMINAL = ("名詞", "接頭辞", "接尾辞", "代名詞")


def is_nominal(m: Morpheme) -> bool:
    """Whether :meth:`ReadingResolver.refine` counts ``m`` in a run of nouns: nouns,
    affixes, glossary words and kanji UniDic reads only as characters, but not a house
    suffix already read as one (家 ケ). Runs of these are all that ``refine`` looks at
    again, so text between them is read on its own (the romaniser relies on this to reuse
    the answers for runs it has seen; see also :func:`reads_with_previous`)."""
    house = _rules()["after_family_name"]
    return (m.locked or m.pos.startswith(_NOMINAL) or m.source == "glossary"
            or is_connector(m)) and not (m.surface in house and m.reading == house[m.surface])


#: The small ke that joins the parts of a place name (霞ヶ関, 梅ケ丘): a unit of its own
#: where UniDic does not know the place (a symbol, or a common noun).
_CONNECTORS = ("ヶ", "ケ")


def is_connector(m: Morpheme) -> bool:
    """Whether ``m`` is the small ke that joins the parts of a place name (霞ヶ関)."""
    return m.surface in _CONNECTORS


def hira(m: Morpheme) -> str:
    """The reading of ``m`` in hiragana, without the spaces between its words."""
    return to_hiragana(m.kana.replace(" ", ""))


def is_kana_function_word(m: Morpheme) -> bool:
    """A particle, an auxiliary or a symbol written without kanji (の, から, ます, 、):
    no title or name begins or ends with one (but 之 and 々 may)."""
    return m.pos.startswith(FUNCTION_WORDS) and not has_kanji(m.surface)


def all_common_words(span: list[Morpheme]) -> bool:
    """Whether UniDic reads every unit as a common word of its own dictionary: common
    nouns, numerals with a word (三 + 師 さんし), prefixes and suffixes, none a name, a
    guess or the glossary's. Numerals alone are none: 一二三 is the name Hifumi."""
    return (not all(m.pos.startswith("名詞-数詞") for m in span)
            and all(m.pos.startswith(("名詞-普通名詞", "名詞-数詞", "接頭辞", "接尾辞"))
                    and not m.proper
                    and m.confidence != "guess" and m.source != "glossary" and not m.locked
                    for m in span))


def kana_honorific(morphemes: list[Morpheme]) -> bool:
    """Are ``morphemes`` two, a name and an honorific in kana after it (さん, ちゃん: a
    ``hyphen_suffixes`` suffix)? (関 + さん is Seki-san, no family name and a given name
    "San".)

    >>> from jpterms.morpheme import Morpheme
    >>> kana_honorific([Morpheme("関", "セキ", "セキ", "名詞-固有名詞-人名-姓"),
    ...                 Morpheme("さん", "サン", "サン", "接尾辞-名詞的-一般")])
    True
    """
    last = morphemes[-1].surface if len(morphemes) == 2 else ""
    return bool(last) and not has_kanji(last) and morphemes[-1].pos.startswith("接尾辞") \
        and last in _rules()["hyphen_suffixes"]


def honorific_after_name(before: Morpheme, m: Morpheme, own: str) -> bool:
    """Whether ``m`` is a suffix after a family name (``before``) that word division joins
    with a hyphen (data ``hyphen_suffixes``: 氏, さん, 様...) read one of its listed ways:
    藤原 + 氏 is Fujiwara-shi alone as in 藤原氏の, where Mozc lists the whole as
    ふじわらうじ."""
    readings = _rules()["hyphen_suffixes"].get(m.surface, ())
    return (m.pos.startswith("接尾辞") and "人名-姓" in before.pos
            and to_katakana(own) in readings)
