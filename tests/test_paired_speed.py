"""The cheap test before a romaji-original pair is read (paired.may_pair) and the readings
kept per original: the same words decided, fewer originals romanised."""

from __future__ import annotations

import itertools
from pathlib import Path

from jpterms.glossary import Glossary
from jpterms.kana import kana_to_romaji
from jpterms.paired import (
    _SYLLABIC_M,
    MAY_FOLLOW,
    ROMAJI_FINALS,
    _letters,
    _romaji_start,
    find_pairs,
    may_pair,
    read_pair,
)
from jpterms.romanize import WordReading

DATA = Path(__file__).parent / "data"
FOGEL = DATA / "unseen" / "fogel_references_kanji_excerpt.md"
STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")

_KANA = [chr(c) for c in range(0x3041, 0x3097)] + [chr(c) for c in range(0x30A1, 0x30FB)] \
    + ["ー", "ゝ", "ゞ", "ヽ", "ヾ"]
#: Kana whose romaji depends on its neighbours: small kana, sokuon, n, the long mark.
_CONTEXT = "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶんンーかちしつてふじヴう"


def _hepburn_letters(kana: str) -> str:
    return _SYLLABIC_M.sub("n", _letters(kana_to_romaji(kana, "hepburn", infer_long=False)))


def test_the_letter_table_holds_for_every_kana_and_pair_and_the_neighbours_triples() -> None:
    inputs = itertools.chain(
        _KANA,
        ("".join(p) for p in itertools.product(_KANA, repeat=2)),
        ("".join(p) for p in itertools.product(_CONTEXT, repeat=3)),
    )
    for kana in inputs:
        letters = _hepburn_letters(kana)
        if not letters:
            continue
        assert letters[-1] in ROMAJI_FINALS, kana
        assert letters[0] in MAY_FOLLOW, kana
        for a, b in itertools.pairwise(letters):
            assert b in MAY_FOLLOW[a], (kana, a + b)
    # one reading after another: any final may meet any first letter
    for final in ROMAJI_FINALS:
        assert MAY_FOLLOW[final] == frozenset(MAY_FOLLOW)


def test_a_pair_the_cheap_test_refuses_is_one_whose_letters_differ() -> None:
    romanizer = Glossary.bundled().romanizer()
    refused = 0
    for path in (FOGEL, DATA / "readings" / "README.md", DATA / "lookup" / "README.md",
                 DATA / "marc" / "README.md"):
        text = path.read_text(encoding="utf-8")
        for pair in find_pairs(text):
            if may_pair(text, pair):
                continue
            refused += 1
            target = "".join(_letters(w.romaji) for w in romanizer.explain(pair.original))
            start = _romaji_start(text, pair.romaji_end, len(target))
            if target and start is not None:
                written = _letters(text[start:pair.romaji_end])
                assert _SYLLABIC_M.sub("n", written) != _SYLLABIC_M.sub("n", target), pair
    assert refused >= 20  # English prose before kanji in our data READMEs


def test_fogel_references_decide_the_same_words_with_readings_kept() -> None:
    romanizer = Glossary.bundled().romanizer()
    text = FOGEL.read_text(encoding="utf-8").translate(STRIP)
    pairs = find_pairs(text)
    assert pairs and all(may_pair(text, p) for p in pairs)
    kept: dict[str, list[WordReading]] = {}
    once = [read_pair(text, p, romanizer) for p in pairs]
    twice = [read_pair(text, p, romanizer, kept) for p in pairs + pairs]
    assert twice == once + once
    assert set(kept) == {p.original for p in pairs}
    assert any(w.suggestion for words in once for w in words)


def test_findings_come_out_in_one_order_whatever_the_hash_seed() -> None:
    import json
    import os
    import subprocess
    import sys
    from concurrent.futures import ThreadPoolExecutor

    path = DATA / "unseen" / "fogel_bibliography_excerpt.md"
    stripped = path.read_text(encoding="utf-8").translate(STRIP)

    def check(seed: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        return subprocess.run([sys.executable, "-m", "jpterms.cli", "check", "--format", "json",
                               "-"], input=stripped, capture_output=True, text=True, env=env,
                              check=False)

    with ThreadPoolExecutor(3) as pool:  # three fresh processes, side by side
        runs = list(pool.map(check, ("1", "2", "3")))
    outputs = []
    for run in runs:
        assert run.returncode in (0, 1), run.stderr
        outputs.append(run.stdout)
    assert len(json.loads(outputs[0])) > 5
    assert outputs[1] == outputs[0] and outputs[2] == outputs[0]


def test_a_name_english_writes_often_is_no_near_miss_of_a_katakana_name() -> None:
    """Fogel's sentences: *chin* 鎮 and *Shan'ge* in titles are not the names チン (Ching) and
    シャン (Shang) that would make *China* and *Iris Chang* one-letter slips (JP602)."""
    from jpterms.check import check_document
    from jpterms.readers import load_document

    path = DATA / "unseen" / "fogel_variant_tie_excerpt.md"
    found = check_document(load_document(path.read_text(encoding="utf-8"), str(path), None))
    assert not [f for f in found if f.code == "JP602"]
