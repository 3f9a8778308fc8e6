"""The short names JMnedict's people are known by: a writer's pen name after the family
name (鏡花 of 泉鏡花 *Izumi Kyōka*, 芭蕉 of 松尾芭蕉), which a catalogue's titles name the
writer by alone (鏡花全集, 芭蕉雑記).

>>> known_alone("鏡花", "きょうか"), known_alone("正治", "しょうじ")
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from jpterms.dictionaries import jamdict_rows
from jpterms.glosses import person_gloss
from jpterms.kana import is_kanji

__all__ = ["known_alone"]

#: Every written form and reading of JMnedict's entries of type "person" (full names).
_PEOPLE = (
    "SELECT DISTINCT k.text, r.text FROM NEKanji k JOIN NEKana r ON r.idseq = k.idseq "
    "JOIN NETranslation t ON t.idseq = k.idseq JOIN NETransType y ON y.tid = t.ID "
    "WHERE y.text = 'person'"
)


@lru_cache(maxsize=1)
def _people_by_last_character() -> dict[str, tuple[tuple[str, str], ...]]:
    """JMnedict's people, (written, kana), by the last character of the written name."""
    found: dict[str, list[tuple[str, str]]] = {}
    for written, kana in jamdict_rows(_PEOPLE):
        if written and kana:
            found.setdefault(written[-1], []).append((written, kana))
    return {last: tuple(people) for last, people in found.items()}


@lru_cache(maxsize=20_000)
def known_alone(name: str, kana: str) -> bool:
    """Whether ``name`` read ``kana`` (two kanji or more) ends the full names of people
    JMnedict lists of whom it gives one alone the years of birth and death, and none a
    birth alone: a name a writer of the past is known by (鏡花: 泉鏡花, 1873-1939; 一葉:
    樋口一葉, 1872-1896, and an undated 長沼一葉). A given name more people of dated lives
    bear (正治) names nobody in particular, and one a living person bears (京香: 鈴木京香,
    born 1968; 賢治: 伊藤賢治, born 1968, as well as 宮沢賢治) is a given name others bear
    too. A name only undated people bear is left out, though it leaves out 藤村 and 虚子
    (JMnedict dates neither 島崎藤村 nor 高浜虚子): with them, the surname 荘司 (one
    undated bearer) made *shoji chuki* 荘司注記 first."""
    if len(name) < 2 or not kana or not all(is_kanji(ch) for ch in name):
        return False
    glosses = [person_gloss(written, reading) for written, reading
               in _people_by_last_character().get(name[-1], ())
               if len(written) > len(name) and written.endswith(name) and
               reading.endswith(kana) and len(reading) > len(kana)]
    if not glosses or any(_LIVING.search(g) for g in glosses):
        return False
    lived = [g for g in glosses if _LIFE.search(g)]
    return len(lived) == 1


#: Years of birth and death in a JMnedict gloss ("(1873-1939)", "(1870.6.17-1945.6.7)").
_LIFE = re.compile(r"\(\d{3,4}(?:\.\d{1,2}){0,2}-\d{2,4}(?:\.\d{1,2}){0,2}\)")
#: A birth date alone in a JMnedict gloss, a person living when it was written ("(1968.5-)").
_LIVING = re.compile(r"\(\d{3,4}(?:\.\d{1,2}){0,2}-\)")
