"""Build names_english_forms.tsv: dev names written as English documents write them.

Usage::

    python tests/data/lookup/make_english_forms.py

Reads the development Wikidata name files beside it (``wikidata_writers.tsv``,
``wikidata_scholars.tsv``, ``wikidata_historical.tsv``; never a held-out file) and keeps
each row whose English label (the ``label`` column, in the order Wikidata's label writes
the name: most given name first) marks a long *o* or a syllabic *n* (*Kōichi*, *Ōtsuka*,
*Shin'ichi*). The query is that label written as English prose, passports and older
catalogues often write it: the syllabic *n*'s apostrophe as a hyphen (*Shin-ichi*), a
long *o* or *u* before a vowel as a hyphen (*Ko-ichi*, *Yo-ichi*), any other long *o* as
*oh* (*Ohtsuka*, *Satoh*; not before an *h*: *Ohashi*), any other macron dropped. Rows
whose query would be the label with its macrons stripped (nothing to exercise) are left
out; the ``japanese`` column is the dev row's own.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ("wikidata_writers.tsv", "wikidata_scholars.tsv", "wikidata_historical.tsv")
_PLAIN = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def english_form(label: str) -> str:
    """``label`` as English prose writes it: hyphens for the syllabic n and long vowels
    before a vowel, *oh* for any other long o.

    >>> english_form("Shin'ichirō Tabata"), english_form("Kōichi Ōtsuka")
    ('Shin-ichiroh Tabata', 'Ko-ichi Ohtsuka')
    >>> english_form("Kichinosuke Ōhashi"), english_form("Yūki Satō")
    ('Kichinosuke Ohashi', 'Yuki Satoh')
    """
    text = unicodedata.normalize("NFC", label).replace("’", "'")
    text = re.sub(r"(?<=[nN])'([aiueoyāīūēō])", lambda m: "-" + m[1].lower(), text,
                  flags=re.I)
    text = re.sub(r"([ōūŌŪ])(?=[aiueoāīūēō])", r"\1-", text)
    text = re.sub(r"([ōŌ])(?![hH-])", r"\1h", text)
    return text.translate(_PLAIN)


def main() -> None:
    out = []
    for name in FILES:
        with (HERE / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                label = row.get("label") or ""
                query = english_form(label)
                if query == unicodedata.normalize("NFC", label).translate(_PLAIN):
                    continue
                out.append({"source": f"{name} ({row['source']}); label {label}",
                            "japanese": row["japanese"], "gold_romaji": query,
                            "kind": row.get("kind") or "name"})
    with (HERE / "names_english_forms.tsv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["source", "japanese", "gold_romaji", "kind"],
                                delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    print(len(out), "rows")


if __name__ == "__main__":
    main()
