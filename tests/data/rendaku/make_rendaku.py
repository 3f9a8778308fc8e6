"""Rebuild ``src/jpterms/data/rendaku.tsv``: the word-final parts that JMdict's compounds voice.

Usage::

    python tests/data/rendaku/make_rendaku.py > src/jpterms/data/rendaku.tsv

Counted on JMdict as jamdict-data ships it (jamdict-data 1.5, JMdict CC BY-SA 4.0, EDRDG).
For every written form K of a JMdict entry and every ending S of K (one to three
characters, beginning with a kanji) that JMdict also lists as a word of its own, read r
(two kana or more, beginning with k, s, t or h), each reading R of K is counted as voiced
where it ends in r with its first kana voiced (通り とおり in 裏通り うらどおり), or as plain
where it ends in r (切り きり in 値切り ねぎり). Only compounds whose part before S ends in a
kanji that is not a numeral are counted: after kana (言う通り いうとおり) and numerals
(二通り ふたとおり) the part is another word. A single kanji counts only read the Japanese
way (山 さん in 火山 かざん is a Sino-Japanese compound's, not a rule for new ones).

A part's compounds are counted together with those of its other spellings, the written
forms of the JMdict entries that list it alone, read the same (草紙 with 草子: 浮世草紙
and お伽草子 alike, 12 voiced of 15; 灯籠 with 灯篭 and 燈籠), as one word's.
A part is kept where at least 10 compounds voice it and they are at least two thirds of
those counted (通り 36 of 37, 豆腐 22 of 23, 払い 50 of 73); 切り (47 of 116) and 神 かみ
(62 of 110) are not kept, nor parts with fewer than 10 voiced compounds (桁 9 of 10:
橋桁 はしげた, but a number's 最終桁 is さいしゅうけた), but for this: where JMdict has
fewer than 10 compounds to count, too few to judge by, the Mozc dictionary (as jpterms
reads it) decides: the part is kept where Mozc writes its voiced reading as a word more
cheaply than its plain one and at least two of JMdict's compounds voice it, no fewer than
keep it plain (坂: ざか 3482 against さか 4925, 4 voiced of 7; 囃子: ばやし 4980 against
はやし 5866, 7 of 7; not 付け, 63 of 120, though Mozc writes づけ more cheaply).

A part JMdict lists alone only voiced, a suffix (漬け づけ), is counted with the plain
reading as well, where that begins with a Japanese reading of its first kanji (漬 つ.ける:
つけ, so 塩漬け しおづけ counts; not 出し たし, as 出 is read だ.す). A part JMdict does not list alone at
all, a kanji and the kana of a verb's continuative form (斬り: 辻斬り つじぎり, 試し斬り
ためしぎり), is counted with the readings a Japanese reading of its kanji gives it (斬 き.る:
きり), and kept only where Mozc writes it voiced more cheaply as well (ぎり 4264 against きり
4690; not 書き, whose がき Mozc writes dearer than the verb's かき: 物書き ものかき). The
table gives the part, its plain and voiced readings and the two counts.
"""

from __future__ import annotations

import collections
import os
import re
import sqlite3
import sys

VOICE = dict(zip("かきくけこさしすせそたちつてとはひふへほ", "がぎぐげござじずぜぞだぢづでどばびぶべぼ",
                 strict=True))
KANJI = re.compile(r"[\u4e00-\u9fff々]")
NUMERALS = frozenset("一二三四五六七八九十百千万億幾何数両")
AT_LEAST = 10
SHARE = 2 / 3
#: Where JMdict has fewer compounds than AT_LEAST to count, Mozc's costs decide, given at
#: least this many voiced compounds.
FEW_VOICED = 2
PLAIN = {v: k for k, v in VOICE.items()}
HIRAGANA = re.compile(r"[\u3041-\u3096]")


def _kanjidic(ch: str, db: sqlite3.Connection) -> tuple[set[str], set[str]]:
    """KANJIDIC2's Japanese (kun) readings of ``ch`` without their okurigana, and its
    Chinese (on) readings."""
    rows = db.execute(
        "SELECT r.r_type, r.value FROM character c JOIN rm_group g ON g.cid = c.ID "
        "JOIN reading r ON r.gid = g.ID WHERE c.literal = ?", (ch,)).fetchall()
    kun = {v.split(".")[0].replace("-", "") for t, v in rows if t == "ja_kun"}
    return kun, {v for t, v in rows if t == "ja_on"}


def _kun_only(ch: str, reading: str, db: sqlite3.Connection) -> bool:
    """Whether KANJIDIC2 gives ``reading`` as a Japanese (kun) reading of ``ch`` and not
    as a Chinese (on) one."""
    kun, on = _kanjidic(ch, db)
    katakana = "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in reading)
    return reading in kun and katakana not in on


def _readings_alone(part: str, listed: set[str], db: sqlite3.Connection) -> set[str]:
    """JMdict's readings of ``part`` alone, and for a part it lists only voiced and that
    ends in kana (漬け づけ), the plain reading that begins with a kun reading of its first
    kanji (つけ); for a part it does not list, one kanji and kana (斬り), the kun readings
    of the kanji before the kana (き + り: see :func:`_unlisted`)."""
    if not listed and _unlisted(part):
        return {stem + part[1:] for stem in _kanjidic(part[0], db)[0] - {""}}
    if not HIRAGANA.fullmatch(part[-1]) or not listed or any(r[:1] not in PLAIN for r in listed):
        return listed
    stems = _kanjidic(part[0], db)[0] - {""}
    plain = {PLAIN[r[0]] + r[1:] for r in listed}
    return listed | {r for r in plain if any(r.startswith(s) for s in stems)}


def _mozc_voices(part: str, plain: str, voiced: str) -> bool:
    """Whether the Mozc dictionary writes ``part`` read ``voiced`` more cheaply than read
    ``plain`` (both listed)."""
    from jpterms import dictionaries

    cheap = dictionaries.mozc_costs(voiced).get(part)
    dear = dictionaries.mozc_costs(plain).get(part)
    return cheap is not None and dear is not None and cheap < dear


def _unlisted(part: str) -> bool:
    """Whether ``part`` is one kanji and kana, a verb's continuative form as a compound's
    second half (斬り), to be read by its kanji's kun readings where JMdict lists no word
    so written."""
    return len(part) > 1 and bool(KANJI.match(part[0])) and all(
        HIRAGANA.fullmatch(c) for c in part[1:])


def _kept(part: str, plain: str, voiced: str, counts: list[int], *, listed: bool = True
          ) -> bool:
    """Whether the table keeps ``part`` (plain and voiced compounds ``counts``); a part
    JMdict does not list alone (``listed`` false) only where Mozc voices it too."""
    plain_n, voiced_n = counts
    if not listed and not _mozc_voices(part, plain, voiced):
        return False
    if voiced_n >= AT_LEAST:
        return voiced_n >= SHARE * (plain_n + voiced_n)
    return (plain_n + voiced_n < AT_LEAST and voiced_n >= FEW_VOICED and voiced_n >= plain_n
            and _mozc_voices(part, plain, voiced))


def main() -> int:
    import jamdict_data

    folder = os.path.dirname(jamdict_data.__file__)
    db = sqlite3.connect(os.path.join(folder, "jamdict.db"))
    kanji: dict[int, list[str]] = collections.defaultdict(list)
    kana: dict[int, list[str]] = collections.defaultdict(list)
    for idseq, text in db.execute("SELECT idseq, text FROM Kanji"):
        kanji[idseq].append(text)
    for idseq, text in db.execute("SELECT idseq, text FROM Kana"):
        kana[idseq].append(text)
    alone: dict[str, set[str]] = collections.defaultdict(set)
    for idseq, forms in kanji.items():
        for form in forms:
            alone[form].update(kana[idseq])
    kanjidic = sqlite3.connect(os.path.join(folder, "kanjidic2.db")) \
        if os.path.exists(os.path.join(folder, "kanjidic2.db")) else db
    counts: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    for idseq, forms in kanji.items():
        for form in forms:
            for n in range(1, min(4, len(form))):
                part, before = form[-n:], form[:-n]
                if not KANJI.match(part[0]) or not KANJI.match(before[-1]) \
                        or before[-1] in NUMERALS:
                    continue
                for r in _readings_alone(part, alone.get(part, set()), kanjidic):
                    if len(r) < 2 or r[0] not in VOICE:
                        continue
                    voiced = VOICE[r[0]] + r[1:]
                    for whole in kana[idseq]:
                        if whole.endswith(voiced) and len(whole) > len(voiced):
                            counts[(part, r)][1] += 1
                        elif whole.endswith(r) and len(whole) > len(r):
                            counts[(part, r)][0] += 1
    # a part's compounds are counted with those of its other spellings, the written forms
    # of the JMdict entries that list it alone (草紙 with 草子: 浮世草紙 and お伽草子 alike)
    spellings: dict[str, set[str]] = collections.defaultdict(set)
    for forms in kanji.values():
        for form in forms:
            spellings[form].update(forms)
    pooled: dict[tuple[str, str], list[int]] = {}
    for part, r in counts:
        pooled[(part, r)] = [sum(counts[(other, r)][i] for other in spellings.get(part, {part})
                                 | {part} if (other, r) in counts) for i in (0, 1)]
    counts = pooled
    out = sys.stdout
    out.write("# part\tplain\tvoiced\tcompounds voicing it\tcompounds not (see "
              "tests/data/rendaku/make_rendaku.py; counted on JMdict, CC BY-SA 4.0, EDRDG; "
              "parts with fewer than 10 compounds kept as Mozc's dictionary costs them)\n")
    for (part, r), (plain, voiced_n) in sorted(counts.items()):
        if len(part) == 1 and not _kun_only(part, r, kanjidic):
            continue
        if not _kept(part, r, VOICE[r[0]] + r[1:], [plain, voiced_n],
                     listed=bool(alone.get(part))):
            continue
        out.write(f"{part}\t{r}\t{VOICE[r[0]] + r[1:]}\t{voiced_n}\t{plain}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
