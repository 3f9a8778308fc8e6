"""Build drixler_names.tsv / drixler_names_heldout.tsv from the index of Drixler's *Mabiki*.

The index of Fabian Drixler, *Mabiki: Infanticide and Population Growth in Eastern Japan,
1660-1950* (University of California Press, 2013), as transcribed in
github:vishvAsa/notes@0507cf60f (``.../drixler_infanticide_1660/00/Index.md``), writes each
Japanese person as "Surname Given 漢字, pages" (*Amino Yoshihiko 網野善彦*, *Hayami Akira
速水融*): the author's own romanisation with macrons, beside the kanji. Its people are
modern scholars, Edo-period writers, officials and villagers.

Only entries at the start of a line are read (the transcription runs two columns together
mid-line); a row is kept when its romanisation is exactly two capitalised words that are
valid Hepburn and its kanji are two to six characters. Places (*Aichi prefecture 愛知県*),
titles and terms are left out: they are not written as two capitalised words alone.

    python tests/data/lookup/make_drixler.py INDEX.md

Rows are shuffled with a fixed seed; every other row goes to the held-out file.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from pathlib import Path

from jpterms.romaji import parse_word

HERE = Path(__file__).parent
SOURCE = ("github:vishvAsa/notes@0507cf60f sapiens/branches/Trans-eurasian/japan/articles/"
          "drixler_infanticide_1660/00/Index.md (Drixler, Mabiki, UC Press 2013, index)")
_WORD = r"[A-ZĀĪŪĒŌ][a-zāīūēō'’]+"
_ENTRY = re.compile(rf"^({_WORD} {_WORD}) ([\u4e00-\u9fff々ヶ]{{2,6}})[,.]")


def _hepburn(word: str) -> bool:
    try:
        return bool(parse_word(word.lower().replace("’", "'")))
    except ValueError:
        return False


def main(path: str) -> None:
    text = unicodedata.normalize("NFC", Path(path).read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for line in text.splitlines():
        m = _ENTRY.match(line.strip())
        if not m:
            continue
        romaji, kanji = m.group(1).replace("’", "'"), m.group(2)
        if all(_hepburn(w) for w in romaji.split()):
            seen.setdefault(kanji, romaji)
    items = sorted(seen.items())
    random.Random(10).shuffle(items)
    for name, part in (("drixler_names.tsv", items[0::2]),
                       ("drixler_names_heldout.tsv", items[1::2])):
        with (HERE / name).open("w", encoding="utf-8") as fh:
            fh.write("source\tjapanese\tgold_romaji\tkind\n")
            for kanji, romaji in part:
                fh.write(f"{SOURCE}\t{kanji}\t{romaji}\tname\n")
        print(name, len(part))


if __name__ == "__main__":
    main(sys.argv[1])
