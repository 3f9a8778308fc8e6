"""What follows a person's name in a citation: "and others" (他 ほか, ら, たち) and a
role (訳 やく, 著 ちょ, 述 じゅつ, from ``data/citation_words.tsv``), read as a
citation reads them, and where the name before them ends (山田 + 太郎 + 他 + 訳 is
the name 山田太郎, then *hoka yaku*; not a given name 太郎他); and a run ending in a
kanji that is a role, a title or a suffix after a name, never a given name of its own
(北条 + 氏). These rules need no dictionary: the resolver
(:class:`~jpterms.readings.ReadingResolver`) calls them on the runs it reads.

>>> from jpterms.romanize import Romanizer
>>> Romanizer().romanize("山田太郎他訳"), foreign_name("アジア"), foreign_name("東アジア")
('Yamada Tarō hoka yaku', True, False)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from jpterms.division import rules as _rules
from jpterms.morpheme_tests import kana_honorific
from jpterms.rule_words import citation_roles

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme

__all__ = ["ends_in_role", "foreign_name", "others_after_name", "others_start"]

_KATAKANA_ONLY = re.compile("[ァ-ヺー]+")


def ends_in_role(morphemes: list[Morpheme]) -> bool:
    """Is the run a name and one kanji that is a role, a title or a suffix after it
    (``not_given_name_ends``: 北条 + 氏, 加賀 + 藩, 阿部 + 家), never a given name of
    its own (氏 Tomo, 藩 Mamoru)? After two units the kanji may end a given name UniDic
    cut apart (二本松 + 政 + 国, Masakuni). An honorific in kana (さん, ちゃん: a
    ``hyphen_suffixes`` suffix) after a name is never a given name either (関さん
    Seki-san, not "Kan San")."""
    last = morphemes[-1].surface if len(morphemes) == 2 else ""
    return (len(last) == 1 and last in _rules()["not_given_name_ends"]["kanji"]) or \
        kana_honorific(morphemes)


def others_start(morphemes: list[Morpheme]) -> int | None:
    """Where a run ends in 'and others' after a name (``others_after_name``: 中村 + ほか,
    山田 + 太郎 + 他), perhaps with a role after it (山田 + 他 + 訳, 山田 + ら + 訳), or
    in a role after a family and a given name as UniDic tags them (夏目 + 漱石 + 述): the
    index of that word, else None. The run before it is the name, not all of it: not
    Nakamura Hoka, nor a given name 太郎他 or 漱石述."""
    table = _rules()["others_after_name"]
    k = len(morphemes) - 1
    role = k >= 2 and morphemes[k].surface in citation_roles()
    if role:
        k -= 1
    m = morphemes[k] if k >= 1 else None
    if m is None or m.locked or m.source == "glossary":
        return None
    if role and "人名-名" in m.pos and "人名-姓" in morphemes[k - 1].pos:
        return k + 1  # 夏目 + 漱石 + 述: the role after a given name UniDic knows
    if m.surface in table["words"] and m.pos.startswith("名詞"):
        return k
    if role and m.surface in table["suffixes"] and m.pos.startswith("接尾辞"):
        return k
    return None


def others_after_name(morphemes: list[Morpheme]) -> tuple[list[Morpheme], frozenset[int]]:
    """``morphemes`` with 'and others' after a name read as a citation reads it
    (``others_after_name`` in word_division.json): 他 after a proper noun is ほか, a word
    of its own, and a role right after 他, ほか or the suffixes ら, たち, ども that follow a
    name is read as the role (訳 やく, not UniDic's わけ "reason"); and where 他 or ほか
    are, which no run of nouns takes in (not 太郎他 Tarōta).

    >>> from jpterms.romanize import Romanizer
    >>> Romanizer().romanize("山田太郎他訳")
    'Yamada Tarō hoka yaku'
    """
    table = _rules()["others_after_name"]
    words, suffixes = table["words"], table["suffixes"]
    if not any([m.surface == "・" or m.surface in words or m.surface in suffixes
                for m in morphemes[1:]]):
        return morphemes, frozenset()  # (most runs: nothing the loop below looks for)
    out = morphemes
    at: set[int] = set()
    roles = citation_roles()
    for k in range(1, len(morphemes)):
        m, before = morphemes[k], morphemes[k - 1]
        if m.locked or m.source == "glossary":
            continue
        if m.surface == "・" and before.surface in roles and k + 1 < len(morphemes):
            after = morphemes[k + 1]  # 著 + ・ + 訳: cho yaku, one role and another
            if _role_unit(after):
                if out is morphemes:
                    out = list(morphemes)
                out[k + 1] = _as_role(after)
            continue
        if not (before.proper or before.pos.startswith("名詞-固有名詞") or (
                foreign_name(before.surface) and k + 1 < len(morphemes)
                and morphemes[k + 1].surface in roles)):
            continue  # (a foreign name only before a role: ビースタ他著)
        if m.surface in words and m.pos.startswith("名詞"):
            m = replace(m, reading=words[m.surface], kana=words[m.surface], role="")
            at.add(k)  # (a word of its own, not a one-kanji noun after a noun: ビースタ + 他)
        elif not (m.surface in suffixes and m.pos.startswith("接尾辞")):
            continue
        if out is morphemes:
            out = list(morphemes)
        out[k] = m
        if k + 1 < len(out) and _role_unit(out[k + 1]):
            out[k + 1] = _as_role(out[k + 1])
    return out, frozenset(at)


def _role_unit(m: Morpheme) -> bool:
    """Is ``m`` a role of ``data/citation_words.tsv`` (訳, 著) that no rule has read yet?"""
    return m.surface in citation_roles() and not m.locked and m.source != "glossary"


def _as_role(m: Morpheme) -> Morpheme:
    """``m`` read as the role it is (訳 やく, not UniDic's わけ "reason")."""
    reading, kana = citation_roles()[m.surface]
    return replace(m, reading=reading, kana=kana, pos="名詞-普通名詞-一般", proper=False)


def foreign_name(surface: str) -> bool:
    """Is ``surface`` a word in katakana alone (ビースタ, アジア), as a foreign name or
    place is written? (Latin letters never reach the reading rules with the kanji after
    them.)"""
    return _KATAKANA_ONLY.fullmatch(surface) is not None
