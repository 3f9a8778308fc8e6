"""Draw two more kinds of Wikipedia titles with readings: administrative terms, and
publishers (development + held out), for readings and for lookup.

Usage::

    python tests/data/readings/make_jawiki_kinds.py SKK-JISYO.jawiki

``SKK-JISYO.jawiki`` is github:tokuhirom/jawiki-kana-kanji-dict@0579823 (article titles of the
Japanese Wikipedia with the reading each article's first sentence gives), the source of
``jawiki_titles.tsv``. The random draw there is mostly people; the judges' second set also
holds administrative terms, and their catalogue queries publishers, so this draws

* **administrative terms**: titles ending in a word for a law, an office, a body or an
  institution (法, 令, 条例, 省, 庁, 局, 委員会, 審議会, 裁判所, 事務所, 機構, 公社, 制度,
  税, 条約, 保険, 年金 …): laws, treaties, ministries, regional offices, courts, taxes;
* **publishers**: titles ending in 書房, 書店, 出版, 書院, 新社, 書林, 図書, or in 社 after
  a name (shrines 神社/大社/…のやしろ, companies 会社 and public corporations 公社 left
  out; a few that are not publishers stay: 新華社, 共同通信社, 古書店); a
  publisher in ``jpterms/data/publishers.tsv`` (the list jpterms ships) is left out, so
  that the set measures publishers the tool was not given.

Rows already in another reading set (development or held out) are left out. Each kind is
shuffled with a fixed seed and every other row is held out. The same rows, with the
reading spelled in Hepburn as the query (``make_aozora.title_query``: word division from
jpterms where its letters agree with the reading), go to ``tests/data/lookup/``.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
LOOKUP = HERE.parent / "lookup"
sys.path[:0] = [str(HERE), str(LOOKUP)]

from make_second_sets import (  # noqa: E402
    FOREIGN,
    HIRAGANA,
    JAWIKI_SOURCE,
    KANJI,
    WRITTEN,
    skk_entries,
)

ADMINISTRATIVE = re.compile(
    r"(法|令|条例|省|庁|局|委員会|審議会|会議|裁判所|事務所|機構|公団|制度|税|本部|大臣|"
    r"長官|知事|議会|議院|協定|条約|規則|白書|交付金|手当|保険|年金)$")
PUBLISHER = re.compile(r"(書房|書店|出版|出版社|出版会|出版部|出版局|書院|新社|書林|図書|社)$")
NOT_PUBLISHER = re.compile(
    r"(神社|大社|会社|公社|祭社|支社|本社|結社|商社|寺社|官社|郷社|県社|村社|府社|国社|"
    r"末社|摂社|分社|旧社|内社|外社|幣社|天社|宮社|稲荷社|天神社|八幡社|招魂社|會社|"
    r"[一二三四五六七八九十]+社)$|法人")
#: names that say they publish books or newspapers (kind publisher; other 社 are bodies)
BOOKS = re.compile(r"(書房|書店|出版|出版社|出版会|出版部|出版局|書院|新社|書林|図書|新聞社)$")
#: shrines and groups of shrines a 社 also ends (廃帝社 はいていのやしろ, 東京十社)
SHRINE = re.compile(r"[神宮]|[八十]社 |やしろ$|じんじゃ$")
SIZES = {"administrative": 300, "publisher": 400}


def shipped_publishers() -> set[str]:
    path = ROOT / "src" / "jpterms" / "data" / "publishers.tsv"
    return {line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}


def known_rows() -> set[str]:
    seen = set()
    for path in list(HERE.glob("*.tsv")) + list((HERE / "heldout").glob("*.tsv")):
        if path.name.startswith(("jawiki_admin", "jawiki_publishers")):
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            seen |= {r["japanese"] for r in csv.DictReader(fh, delimiter="\t")}
    return seen


def draw(path: Path) -> dict[str, list[tuple[str, str]]]:
    seen, shipped = known_rows(), shipped_publishers()
    kinds: dict[str, list[tuple[str, str]]] = {"administrative": [], "publisher": []}
    entries = list(skk_entries(path))
    readings: dict[str, set[str]] = {}
    for reading, written in entries:
        readings.setdefault(written, set()).add(reading)
    for reading, written in entries:
        if len(readings[written]) > 1:  # 公式令 こうしきれい and くしきりょう: no one gold
            continue
        if not (3 <= len(written) <= 14 and WRITTEN.fullmatch(written) and KANJI.search(written)
                and HIRAGANA.fullmatch(reading) and not FOREIGN.search(reading)
                and written not in seen):
            continue
        if PUBLISHER.search(written) and not NOT_PUBLISHER.search(written):
            if written not in shipped and not SHRINE.search(written + " " + reading):
                kinds["publisher"].append((written, reading))
        elif ADMINISTRATIVE.search(written):
            kinds["administrative"].append((written, reading))
    for name, rows in kinds.items():
        rows.sort()
        random.Random(9).shuffle(rows)
        del rows[SIZES[name] * 2:]
    return kinds


def write(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fields, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(path.name, len(rows))


def main(path: Path) -> None:
    from make_aozora import title_query

    names = {"administrative": "jawiki_admin_terms", "publisher": "jawiki_publishers"}
    notes = {"administrative": "Wikipedia article title; administrative term, law or body",
             "publisher": "Wikipedia article title; publisher (name ending 書房, 社 …)"}
    for kind, rows in draw(path).items():
        for part, half in (("", rows[0::2]), ("_heldout", rows[1::2])):
            name = names[kind] + part
            folder = HERE / "heldout" if part else HERE
            write(folder / f"{name}.tsv", ["source", "japanese", "kana", "notes"],
                  [{"source": JAWIKI_SOURCE, "japanese": w, "kana": r, "notes": notes[kind]}
                   for w, r in half])
            queries = [(w, title_query(w, r)) for w, r in half]
            write(LOOKUP / f"{name}.tsv", ["source", "japanese", "gold_romaji", "kind"],
                  [{"source": JAWIKI_SOURCE + " (the query is the reading in Hepburn)",
                    "japanese": w, "gold_romaji": q,
                    "kind": "publisher" if BOOKS.search(w) else "body"}
                   for w, q in queries if q])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
