"""Build wikidata_scholars.tsv / wikidata_scholars_heldout.tsv (scholars' and scientists'
names), wikidata_writers.tsv / wikidata_writers_heldout.tsv (novelists, poets,
translators, journalists, film directors …) and wikidata_historical.tsv /
wikidata_historical_heldout.tsv (samurai, daimyo, court nobles, monks, painters) as Wikidata writes them in Japanese (native
name, P1559) and in English (its label).

Usage::

    python tests/data/lookup/make_wikidata_names.py wikidata-nokana.jsonl.gz romajidb.tsv.gz

Both files are in github:richardjharris/yomikun-database@9e536d6 ``data/``:
``wikidata-nokana.jsonl.gz`` is a 2021 Wikidata query (Japanese people with a native name
and no name in kana; Wikidata is CC0), ``romajidb.tsv.gz`` that project's table of the
romaji readings of surnames (sei) and given names (mei).

Kept: people whose English description names a scholarly or scientific occupation
(historian, economist, linguist, physicist, botanist, professor …), or for the writers' set
a writing one and no scholarly one, or for the historical set one of those and neither of
the others, whose native name is
two to eight kanji or kana, and whose label is two words of Hepburn syllables
(``make_catalogue.hepburn``; an English nickname such as *Ted*, Kunrei *Yosizo*, and
traditional *m* before b/m/p or *oh*, *oo*, *uu* for long vowels are dropped). The label
is turned into Japanese order, surname first, as citations of Japanese scholarship write
names: the order is the one in which the surname word is a surname reading of the native
name's first characters in ``romajidb.tsv``; where the table does not know the surname so
read, the row is dropped (a label that is another name of the person: 源成頼 *Sasaki
Nariyori*). The given name is not checked, so a label whose given name is another name of
the person stays, as in real data (大谷繞石 *Masanobu*, the pen name's owner). Long vowels are not marked in most labels (Saito for Saitō),
so gold romaji are written without macrons and compared without them. Rows are shuffled
with a fixed seed and every other row goes to the held-out file.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = "github:richardjharris/yomikun-database@9e536d6 data/wikidata-nokana.jsonl.gz"
SCHOLARLY = re.compile(
    r"historian|scholar|professor|economist|linguist|philosopher|researcher|sociologist|"
    r"anthropologist|academic|archaeologist|jurist|legal|literary|critic|ethnologist|"
    r"folklorist|sinologist|physicist|chemist|mathematician|biologist|botanist|zoologist|"
    r"geographer|astronomer|psychologist|political scientist|educator|theologian|"
    r"buddholog|japanolog|geologist|scientist|entomologist|ornithologist|engineer|"
    r"physician|pharmacolog|agronomist|statistician|lexicographer|orientalist|Confucian",
    re.I)
#: writers, the other people a bibliography names (a scholar above stays a scholar)
WRITERS = re.compile(
    r"novelist|writer|poet|translator|journalist|essayist|editor|author|playwright|"
    r"dramatist|screenwriter|haiku|tanka|haijin|film director|lyricist|biographer", re.I)
#: people of history a bibliography of Japanese history names: samurai, daimyo, court
#: nobles, monks, painters, calligraphers (no one who is in the two sets above)
HISTORICAL = re.compile(
    r"samurai|daimy|noble|monk|priest|shogun|court|warrior|regent|retainer|kuge|"
    r"military commander|general|admiral|buddhist|calligrapher|ukiyo|painter|tea master",
    re.I)
NATIVE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々ヶ]{2,8}")
WORD = re.compile(r"[A-Za-zāīūēōĀĪŪĒŌ']+")
NOT_MODIFIED_HEPBURN = re.compile(r"m(?=[bmp])|oh(?![aiueo])|oo|uu", re.I)
_FOLD = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).translate(_FOLD).replace("'", "").lower()


def readings(path: Path) -> dict[tuple[str, str], set[str]]:
    """(written, sei|mei) -> its romaji readings, macrons and long-vowel spellings folded."""
    table: dict[tuple[str, str], set[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[2] in ("sei", "mei"):
                table.setdefault((parts[0], parts[2]), set()).add(_short(parts[1]))
    return table


def _short(romaji: str) -> str:
    return re.sub(r"(?<=[ou])u|(?<=o)o|(?<=e)i(?=$)", "", fold(romaji))


def japanese_order(native: str, first: str, second: str,
                   table: dict[tuple[str, str], set[str]]) -> str | None:
    """"Surname Given" for a two-word label, or None when the table cannot tell."""
    split = native.split()
    cuts = [len(split[0])] if len(split) == 2 else range(1, len("".join(split)))
    name = "".join(split)
    for cut in cuts:
        sei = name[:cut]
        for surname, given in ((second, first), (first, second)):
            if _short(surname) in table.get((sei, "sei"), ()):
                return f"{surname} {given}"
    return None


def main(people: Path, romajidb: Path) -> None:
    for occupation, stem in ((SCHOLARLY, "wikidata_scholars"), (WRITERS, "wikidata_writers"),
                             (HISTORICAL, "wikidata_historical")):
        build(people, romajidb, occupation, stem)


def build(people: Path, romajidb: Path, occupation: re.Pattern[str], stem: str) -> None:
    sys.path.insert(0, str(HERE))
    from make_catalogue import hepburn  # every word Hepburn syllables: not "Ted", "Yosizo"

    table = readings(romajidb)
    rows: dict[str, dict[str, str]] = {}
    with gzip.open(people, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            native = (item.get("nativeName") or "").strip()
            label = unicodedata.normalize("NFC", item.get("itemLabel") or "").strip()
            words = label.split()
            description = item.get("itemDescription") or ""
            if occupation is not SCHOLARLY and SCHOLARLY.search(description):
                continue
            if occupation is HISTORICAL and WRITERS.search(description):
                continue
            if not (occupation.search(description)
                    and NATIVE.fullmatch(native.replace(" ", ""))
                    and len(words) == 2 and all(WORD.fullmatch(w) for w in words)
                    and not NOT_MODIFIED_HEPBURN.search(label) and hepburn(label)):
                continue
            ordered = japanese_order(native, words[0], words[1], table)
            if ordered is None or native.replace(" ", "") in rows:
                continue
            rows[native.replace(" ", "")] = {
                "source": f"{SOURCE} ({item['item'].rsplit('/', 1)[-1]}: "
                          f"{item.get('itemDescription', '')})",
                "japanese": native.replace(" ", ""),
                "gold_romaji": fold(ordered).title().replace("'S", "'s"),
                "kind": "name", "label": label}
    items = sorted(rows.values(), key=lambda r: r["japanese"])
    random.Random(10).shuffle(items)
    for name, part in ((f"{stem}.tsv", items[0::2]), (f"{stem}_heldout.tsv", items[1::2])):
        with (HERE / name).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, ["source", "japanese", "gold_romaji", "kind", "label"],
                                    delimiter="\t", lineterminator="\n")
            writer.writeheader()
            writer.writerows(part)
        print(name, len(part))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
