"""Build aozora_titles.tsv / aozora_titles_heldout.tsv from an Aozora Bunko catalogue extract.

The catalogue (list_person_all_extended_utf8.csv format) gives each work's title as written
(作品名) and its reading in kana (作品名読み), and each author's name with Aozora's own
macron-less romanisation (姓ローマ字, 名ローマ字). A title's query is the Hepburn of the
catalogue's *reading*, macrons stripped, with word division taken from jpterms' romanisation
of the title where the two agree letter for letter, else aligned onto the reading. Authors'
queries are Aozora's own romaji, "Surname Given".

    python tests/data/lookup/make_aozora.py CATALOGUE.csv [AUTHORS.csv]
    python tests/data/lookup/make_aozora.py --more CATALOGUE.csv   # aozora_titles_more.tsv

Rows are shuffled with a fixed seed; every other row goes to the held-out file.
AUTHORS.csv (columns author, last, first: Aozora's authors with its romaji, as
collected in github:j-chowder/japanese_literature@224dcb0 collect/authors2.csv) makes
aozora_authors.tsv and aozora_authors_heldout.tsv the same way.
"""

from __future__ import annotations

import csv
import difflib
import random
import re
import sys
from pathlib import Path

import jpterms
from jpterms.kana import fold_romaji, kana_to_romaji, strip_macrons
from jpterms.romaji import parse_word

HERE = Path(__file__).parent
SOURCE = ("github:mayolito-waje/aozora-bunko-database@262bfd5 Server/aozora.csv "
          "(Aozora Bunko list_person_all_extended_utf8.csv, 2025 extract; CC BY 2.1 JP)")
_PARTICLES = {"ha": "wa", "he": "e", "wo": "o"}
_SKIP = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９―…〔〕（）()]")


def _letters(text: str) -> str:
    return re.sub(r"[^a-zāīūēō']", "", text.lower())


def title_query(title: str, reading: str) -> str | None:
    kana = re.sub(r"[『』「」・　 ]", "", reading)
    ours = jpterms.romanize(title)
    if _letters(ours) == _letters(kana_to_romaji(kana).lower()):
        return strip_macrons(ours)
    said = kana_to_romaji(kana, infer_long=False).lower()  # no long vowel across a word break
    # Word division from our romanisation, letters from the catalogue's reading.
    flat = _letters(ours)
    cuts = set()
    pos = 0
    for word in re.findall(r"[a-zāīūēō']+", ours.lower()):
        pos += len(word)
        cuts.add(pos)
    out = []
    matcher = difflib.SequenceMatcher(None, flat, said, autojunk=False)
    likeness = difflib.SequenceMatcher(None, fold_romaji(flat), fold_romaji(said)).ratio()
    if likeness < 0.75:  # our reading is too far off to divide theirs: one word
        cuts = set()
    mapping = {}
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size + 1):
            mapping.setdefault(a + k, b + k)
    said_cuts = sorted(mapping[c] for c in cuts if c in mapping)
    last = 0
    for c in said_cuts:
        if c > last:
            out.append(said[last:c])
            last = c
    if last < len(said):
        out.append(said[last:])
    words = [_PARTICLES.get(w, w) if i else w for i, w in enumerate(out)]
    words = [_long_vowels(w) for w in words]
    query = strip_macrons(" ".join(words))
    return query[:1].upper() + query[1:]


def _long_vowels(word: str) -> str:
    """koukoku -> kōkoku: a word's long vowels found from its kana, as Hepburn writes them."""
    syllables = parse_word(word)
    if syllables is None:
        return word
    return kana_to_romaji("".join(s.kana for s in syllables))


def main(path: str) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    titles: dict[str, str] = {}
    authors: dict[str, str] = {}
    for r in rows:
        title, reading = r["作品名"], r["作品名読み"]
        if title and reading and not _SKIP.search(title) and title not in titles:
            query = title_query(title, reading)
            if query:
                titles[title] = query
        name = r["姓"] + r["名"]
        if r["姓ローマ字"] and re.search(r"[\u4e00-\u9fff]", name):
            authors[name] = f"{r['姓ローマ字']} {r['名ローマ字']}"
    items = [(k, q, "title") for k, q in titles.items()] + [
        (k, q, "author") for k, q in authors.items()]
    random.Random(10).shuffle(items)
    for name, part in (("aozora_titles.tsv", items[0::2]),
                       ("aozora_titles_heldout.tsv", items[1::2])):
        with (HERE / name).open("w", encoding="utf-8", newline="") as fh:
            fh.write("source\tjapanese\tgold_romaji\tkind\n")
            for japanese, query, kind in part[:160]:
                fh.write(f"{SOURCE}\t{japanese}\t{query}\t{kind}\n")


AUTHORS_SOURCE = ("github:j-chowder/japanese_literature@224dcb0 collect/authors2.csv "
                  "(Aozora Bunko authors with Aozora's romaji; CC BY 2.1 JP)")


def authors(path: str) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    seen: dict[str, str] = {}
    for r in rows:
        name, last, first = r["author"], r["last"].strip(), r["first"].strip()
        if (last and first and re.fullmatch(r"[\u4e00-\u9fff々ヶぁ-んァ-ヶー]+", name)
                and re.search(r"[\u4e00-\u9fff]", name)
                and re.fullmatch(r"[A-Za-z']+", last + first) and name not in seen):
            seen[name] = f"{last} {first}"
    items = sorted(seen.items())
    random.Random(10).shuffle(items)
    for name, part in (("aozora_authors.tsv", items[0::2]),
                       ("aozora_authors_heldout.tsv", items[1::2])):
        with (HERE / name).open("w", encoding="utf-8", newline="") as fh:
            fh.write("source\tjapanese\tgold_romaji\tkind\n")
            for japanese, query in part[:150]:
                fh.write(f"{AUTHORS_SOURCE}\t{japanese}\t{query}\tauthor\n")


def more_titles(path: str) -> None:
    """aozora_titles_more.tsv: every title of the catalogue that is in neither
    aozora_titles.tsv nor aozora_titles_heldout.tsv, in the catalogue's order (more
    development material of the same kind; the held-out file stays untouched)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    taken: set[str] = set()
    for name in ("aozora_titles.tsv", "aozora_titles_heldout.tsv"):
        with (HERE / name).open(encoding="utf-8", newline="") as fh:
            taken |= {r["japanese"] for r in csv.DictReader(fh, delimiter="\t")}
    with (HERE / "aozora_titles_more.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("source\tjapanese\tgold_romaji\tkind\n")
        for r in rows:
            title, reading = r["作品名"], r["作品名読み"]
            if not title or not reading or _SKIP.search(title) or title in taken:
                continue
            query = title_query(title, reading)
            if query:
                taken.add(title)
                fh.write(f"{SOURCE}\t{title}\t{query}\ttitle\n")


if __name__ == "__main__":
    if sys.argv[1] == "--more":
        more_titles(sys.argv[2])
        sys.exit(0)
    main(sys.argv[1])
    if len(sys.argv) > 2:
        authors(sys.argv[2])
