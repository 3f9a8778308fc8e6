"""Does a look-up find the same answer however the query spells its romaji?

Usage::

    python benchmarks/lookup_spellings.py [-v] [--dev N] [--names N] [--words N] [--out TSV]

Each item is written, mechanically, in every romanisation system a citation or an English
document uses, and each spelling is looked up (``jpterms.lookup``, five results). For each
system it prints how often the first result (``first``) and the set of five (``five``) are
those of the item's reference query, the item in modified Hepburn with its macrons stripped
(as ``lookup_accuracy.py`` asks), and how often the item's own kanji come first (``gold``,
beside the reference query's ``ref``). Only spellings that differ from the reference are
counted (``n``).

Items (provenance):

* ``dev``: the queries of ``benchmarks/lookup_accuracy.py``, i.e. the development files of
  ``tests/data/lookup/`` (never a ``*_heldout.tsv``): each row's ``gold_romaji`` as the
  source wrote it (with its macrons where it has them), a fixed sample of N rows (default
  1000, seed 41).
* ``name``: people of JMnedict (jamdict-data's database; type ``person``, 3-5 kanji) whose
  name splits into a family name and a given name JMnedict lists with readings that spell
  the person's reading (as ``measure_name_rankers.py`` splits them), written family name
  first from their kana (default 1000, seed 41).
* ``word``: JMdict words and compounds of two to six kanji with a ``news1`` or ``ichi1``
  priority, written from their first kana reading (default 1000, seed 41).

Anything whose kanji appear in a held-out file of ``tests/data`` (``*_heldout.tsv`` and
``tests/data/readings/heldout/``) is left out, found programmatically (the files are read
only to collect the kanji to leave out; nothing else in them is used).

Systems, each made from the item's kana (``name``, ``word``) or from its Hepburn (``dev``:
a long o is then written ``ou`` in wāpuro): ``macron`` (Tōkyō), ``circumflex`` (Tôkyô),
``wapuro`` (Toukyou, Satou, Yuuko), ``passport`` (long o as oh: Satoh, Ohno, but not before a
vowel or h: Ooka, Ohashi; other long vowels short; no apostrophe; m before b, m, p), ``uh`` (passport, long u as uh: Yuhko),
``kunrei`` and ``nihon`` (circumflexes dropped, as most citations do: Tokyo, Syozo, Tyosyu),
``kunrei^`` (with them), ``traditional`` (Shimbun, Shin-ichi: m before b, m, p, n- before a
vowel), ``hyphen`` (n' as n-, a long vowel before another vowel as oh- or u-: Oh-oka,
Ryu-ichi), ``no_apostrophe`` (Shinichi), ``upper`` (TOKYO), ``lower`` (tokyo), and for names
``family_caps`` (SATO Kenji) and ``given_first`` (Kenji Sato).
Prints figures only; asserts nothing. ``--out`` writes one row per spelling looked up.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import lookup_accuracy as la
from _common import ROOT, BadArgument, jpterms, run

from jpterms import dictionaries
from jpterms.kana import kana_to_romaji, to_hiragana, to_katakana
from jpterms.romaji import kana_of, parse_word

SEED = 41
_MACRONS = {"ā": "a", "ī": "i", "ū": "u", "ē": "e", "ō": "o",
            "Ā": "A", "Ī": "I", "Ū": "U", "Ē": "E", "Ō": "O"}
_TO_CIRCUMFLEX = str.maketrans("āīūēōĀĪŪĒŌ", "âîûêôÂÎÛÊÔ")
_PLAIN = str.maketrans("āīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ", "aiueoAIUEOaiueoAIUEO")
_VOWELS = "aiueoāīūēōAIUEOĀĪŪĒŌ"


#: One word of an item: (its modified Hepburn with macrons, its kana or "").
Word = tuple[str, str]


def _case(model: str, text: str) -> str:
    """``text`` in the case of ``model`` (Capitalised, UPPER or lower)."""
    if model[:1].isupper() and model[1:2].isupper():
        return text.upper()
    return text[:1].upper() + text[1:] if model[:1].isupper() else text


def _upper_as(model: str, text: str) -> str:
    """``text`` in capitals where ``model`` is (JOSHU: JOHSHU, not JOhSHU)."""
    return text.upper() if model.isupper() and len(model) > 1 else text


def _kana(hepburn: str, kana: str) -> str | None:
    """The katakana of a word (its own, else parsed from its Hepburn; long vowels as ー)."""
    if kana:
        return to_katakana(kana)
    syllables = parse_word(hepburn.replace("-", "").replace("'", "'"))
    return kana_of(syllables) if syllables else None


def _from_kana(system: str, plain: bool = True) -> Callable[[Word], str]:
    def spell(word: Word) -> str:
        hepburn, kana = word
        if not kana and "-" in hepburn:  # Shinjuku-ku: each part as it is parted
            return "-".join(spell((part, "")) for part in hepburn.split("-"))
        katakana = _kana(hepburn, kana)
        if katakana is None or not hepburn.replace("-", "").replace("'", "").isalpha():
            return hepburn.translate(_PLAIN)
        text = kana_to_romaji(katakana, system, infer_long=bool(kana))
        return _case(hepburn, text.translate(_PLAIN) if plain else text)
    return spell


def _wapuro(word: Word) -> str:
    hepburn, kana = word
    if kana:
        return _case(hepburn, kana_to_romaji(to_katakana(kana), "wapuro"))
    return re.sub("[āīūēōĀĪŪĒŌ]", lambda m: _MACRONS[m[0]] + (
        "u" if m[0].lower() == "ō" else _MACRONS[m[0]].lower()), hepburn)


def _passport(word: Word, long_u: str = "u") -> str:
    hepburn, _ = word
    # a long o before a vowel or an h is written short (Ooka, Ohashi), else oh (Satoh)
    text = re.sub(f"[ōŌ](?![{_VOWELS}hH])", lambda m: _MACRONS[m[0]] + "h", hepburn)
    text = re.sub(f"[ūŪ](?![{_VOWELS}])", lambda m: _MACRONS[m[0]] + long_u[1:], text)
    text = text.replace("n'", "n")
    text = re.sub(r"n(?=[bmp])", "m", text)
    return text.translate(_PLAIN)


def _hyphen(word: Word) -> str:
    hepburn, _ = word
    text = re.sub(r"n'", "n-", hepburn)
    text = re.sub(f"([ōŌ])(?=[{_VOWELS}])", lambda m: _MACRONS[m[0]] + "h-", text)
    text = re.sub(f"([ūŪ])(?=[{_VOWELS}])", lambda m: _MACRONS[m[0]] + "-", text)
    return text.translate(_PLAIN)


#: system -> how it spells one word
SPELLERS: dict[str, Callable[[Word], str]] = {
    "macron": lambda w: w[0],
    "circumflex": lambda w: w[0].translate(_TO_CIRCUMFLEX),
    "wapuro": _wapuro,
    "passport": _passport,
    "uh": lambda w: _passport(w, "uh"),
    "kunrei": _from_kana("kunrei"),
    "kunrei^": _from_kana("kunrei", plain=False),
    "nihon": _from_kana("nihon"),
    "traditional": _from_kana("traditional"),
    "hyphen": _hyphen,
    "no_apostrophe": lambda w: w[0].replace("'", "").translate(_PLAIN),
}
SYSTEMS = ("reference", *SPELLERS, "upper", "lower", "family_caps", "given_first")


def spellings(words: list[Word], name: bool) -> dict[str, str]:
    """Each system's spelling of an item (``name``: family name, given name)."""
    reference = " ".join(w.translate(_PLAIN) for w, _ in words)
    out = {"reference": reference}
    for system, spell in SPELLERS.items():
        out[system] = " ".join(_upper_as(w[0], spell(w)) if w[0][:1].isalpha() else w[0]
                               for w in words)
    out["upper"] = reference.upper()
    out["lower"] = reference.lower()
    if name and len(words) == 2:
        family, given = reference.split(" ")
        out["family_caps"] = f"{family.upper()} {given}"
        out["given_first"] = f"{given} {family}"
    return out


def heldout_kanji() -> str:
    """Every cell with kanji in the held-out files of tests/data, joined (to leave out)."""
    files = [*ROOT.joinpath("tests", "data").rglob("*_heldout.tsv"),
             *ROOT.joinpath("tests", "data", "readings", "heldout").rglob("*.tsv")]
    cells: set[str] = set()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            cells.update(c for c in line.split("\t") if any("\u4e00" <= ch <= "\u9fff" for ch in c))
    return "\n".join(sorted(cells))


def _held(written: str, held: str) -> bool:
    return la.kanji_key(written) in held


def dev_items(n: int, held: str) -> list[tuple[str, list[Word], bool]]:
    rows = []
    for path in sorted(la.DATA.glob("*.tsv")):
        if path.stem.endswith("_heldout"):
            continue
        for row in la.rows(path):
            romaji = unicodedata.normalize("NFC", row["gold_romaji"]).replace("“", "").replace(
                "”", "")
            name = (row.get("kind") or "") in ("author", "name") and len(romaji.split()) == 2
            rows.append((row["japanese"], [(w, "") for w in romaji.split()], name))
    random.Random(SEED).shuffle(rows)
    return [r for r in rows if not _held(r[0], held)][:n]


def _is_kanji(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" or ch == "々" for ch in text)


def name_items(n: int, held: str) -> list[tuple[str, list[Word], bool]]:
    from measure_name_rankers import people, split

    from jpterms.readings import ReadingResolver

    rr = ReadingResolver()
    found: dict[str, list[Word]] = {}
    for written, kana, _ in people():
        if written in found or not 3 <= len(written) <= 5 or _held(written, held):
            continue
        parts = split(rr, written, kana)
        if parts:
            found[written] = [(kana_to_romaji(parts[1]).capitalize(), parts[1]),
                              (kana_to_romaji(parts[3]).capitalize(), parts[3])]
    order = sorted(found)
    random.Random(SEED).shuffle(order)
    return [(w, found[w], True) for w in order[:n]]


def word_items(n: int, held: str) -> list[tuple[str, list[Word], bool]]:
    query = ("SELECT k.text, (SELECT r.text FROM Kana r WHERE r.idseq = k.idseq ORDER BY r.ID "
             "LIMIT 1) FROM Kanji k JOIN KJP p ON p.kid = k.ID "
             "WHERE p.text IN ('news1', 'ichi1') GROUP BY k.text")
    found = {written: to_hiragana(kana) for written, kana in dictionaries.jamdict_rows(query)
             if 2 <= len(written) <= 6 and _is_kanji(written) and not _held(written, held)}
    order = sorted(found)
    random.Random(SEED).shuffle(order)
    return [(w, [(kana_to_romaji(found[w]), found[w])], False) for w in order[:n]]


def _counts(argv: list[str], flag: str, default: int) -> int:
    if flag not in argv:
        return default
    i = argv.index(flag)
    try:
        return int(argv[i + 1])
    except (IndexError, ValueError):
        raise BadArgument(f"{flag} needs a number") from None


def measure(items: list[tuple[str, str, list[Word], bool]],
            out: Path | None, verbose: bool) -> dict[str, list[int]]:
    """system -> [n, first agrees, five agree, gold first, reference gold first]."""
    tally: dict[str, list[int]] = {s: [0, 0, 0, 0, 0] for s in SYSTEMS[1:]}
    lines: list[str] = []
    for source, written, words, name in items:
        spelt = spellings(words, name)
        want = la.kanji_key(written)
        ref = [la.kanji_key(m.kanji) for m in jpterms.lookup(spelt["reference"])]
        for system, query in spelt.items():
            if system == "reference" or query == spelt["reference"]:
                continue
            got = [la.kanji_key(m.kanji) for m in jpterms.lookup(query)]
            t = tally[system]
            same1 = got[:1] == ref[:1]
            t[0] += 1
            t[1] += same1
            t[2] += set(got) == set(ref)
            t[3] += got[:1] == [want]
            t[4] += ref[:1] == [want]
            lines.append(f"{source}\t{system}\t{written}\t{spelt['reference']}\t{query}\t"
                         f"{int(same1)}\t{' | '.join(ref[:3])}\t{' | '.join(got[:3])}\n")
            if verbose and not same1:
                print(f"  {system}: {query!r} -> {got[:2]}, {spelt['reference']!r} -> {ref[:2]}")
    if out is not None:
        out.write_text("source\tsystem\tjapanese\treference\tquery\tsame_first\tref_top3\t"
                       "got_top3\n" + "".join(lines), encoding="utf-8")
    return tally


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv[:-1] else None
    held = heldout_kanji()
    items: list[tuple[str, str, list[Word], bool]] = []
    for source, make, flag in (("dev", dev_items, "--dev"), ("name", name_items, "--names"),
                               ("word", word_items, "--words")):
        for written, words, name in make(_counts(argv, flag, 1000), held):
            items.append((source, written, words, name))
    tally = measure(items, out, verbose)
    print(f"{len(items)} items; per system: spellings that differ from the reference, "
          "first result the same, five the same, own kanji first (reference's)")
    for system, (n, first, five, gold, ref) in tally.items():
        if n:
            print(f"  {system:14} n {n:5}  first {first / n:6.1%}  five {five / n:6.1%}  "
                  f"gold {gold / n:6.1%} (ref {ref / n:6.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(run(main, sys.argv))
