"""Rebuild ``hyakunin_poets.tsv``: the hundred poets of the Ogura Hyakunin Isshu, each
with the kana reading of one outside source and the romanisation of another, paired by
the poem's number (the anthology's order is fixed, 1 天智天皇 to 100 順徳院).

Usage::

    python make_hyakunin.py hyakunin-isshu-data.ts seeds.rb > hyakunin_poets.tsv

``hyakunin-isshu-data.ts``: github:junmiya/meku-run@1593a2d3 ``src/data/hyakunin-isshu-data.ts``
(each poem's ``author`` in kanji and, under ``reading``, in kana; no licence stated; names
and readings are facts). ``seeds.rb``: github:GoldenChrysus/KarutaSRS@75967d44
``karutasrs-api/db/seeds.rb`` (each poem's poet romanised without macrons; GPL-3.0).
"""

from __future__ import annotations

import re
import sys

KANJI_SOURCE = "github:junmiya/meku-run@1593a2d3:src/data/hyakunin-isshu-data.ts"
ROMAJI_SOURCE = "github:GoldenChrysus/KarutaSRS@75967d44:karutasrs-api/db/seeds.rb"


def poets_in_kanji(text: str) -> dict[int, tuple[str, str]]:
    """Poem number → (author in kanji, author's reading in kana)."""
    out = {}
    for block in re.split(r"\n  \{\n    id: ", text)[1:]:
        number = int(block.split(",", 1)[0])
        kana = re.search(r"\n      author: '([^']+)'", block)
        kanji = re.search(r"\n    author: '([^']+)'", block)
        if kana and kanji:
            out[number] = (kanji.group(1), kana.group(1))
    return out


def poets_in_romaji(text: str) -> dict[int, str]:
    """Poem number → the poet's name as the seeds romanise it."""
    return {int(n): name.strip() for n, name in
            re.findall(r'id: "(\d+)",\s*\n\s*name: "([^"]+)"', text)}


def main(argv: list[str]) -> int:
    with open(argv[1], encoding="utf-8") as fh:
        kanji = poets_in_kanji(fh.read())
    with open(argv[2], encoding="utf-8") as fh:
        romaji = poets_in_romaji(fh.read())
    print("source\tjapanese\tkana\tromaji\tnotes")
    for number in sorted(kanji.keys() & romaji.keys()):
        written, kana = kanji[number]
        print(f"{KANJI_SOURCE}; {ROMAJI_SOURCE}\t{written}\t{kana}\t{romaji[number]}\t"
              f"poet of poem {number} of the Ogura Hyakunin Isshu")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
