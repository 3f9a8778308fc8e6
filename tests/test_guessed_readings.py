"""A guessed reading never produces a certain finding (issue 9).

The radical names 髟部 and 勹部 are real HDIC index terms (tests/data/lookup/hdic_terms.tsv,
from github:shikeda/shikeda.github.io, with HDIC's own romanisation Hyōbu, Hōbu) that no
dictionary jpterms ships knows: their readings are single-kanji guesses. A citation gives
them with their kanji original and without macrons; the conversion of the original asks for
the macrons, but a guess is never certain, so ``--fix`` leaves the words alone.
"""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.cli import main
from jpterms.findings import CERTAIN
from jpterms.kana import strip_macrons
from jpterms.romanize import Romanizer

HDIC = Path(__file__).parent / "data" / "lookup" / "hdic_terms.tsv"
GUESSED = ("髟部", "勹部")


def _hdic_romaji() -> dict[str, str]:
    with HDIC.open(encoding="utf-8") as handle:
        return {row["japanese"]: row["gold_romaji"] for row in csv.DictReader(handle, delimiter="\t")}


def test_a_guessed_reading_never_gives_a_certain_fix(tmp_path: Path) -> None:
    hdic = _hdic_romaji()
    words = []
    for kanji in GUESSED:
        (reading,) = Romanizer().explain(kanji)
        assert reading.is_guess  # no dictionary knows the word: a single-kanji fallback
        assert reading.romaji.lower() == hdic[kanji].lower()  # the guess happens to be HDIC's
        words.append(strip_macrons(hdic[kanji]).lower())
    # 類聚名義抄 (Ruiju Myōgishō) is known to the dictionaries: its finding may stay certain
    text = (f"Ikeda, “Ruiju myogisho no {words[0]} to {words[1]} "
            f"(類聚名義抄の{GUESSED[0]}と{GUESSED[1]}),” 1990.\n")
    path = tmp_path / "refs.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "findings.json"
    main(["check", "--format", "json", "--exit-zero", "--output-file", str(out), str(path)])
    import json

    found = {f["message"].split("'")[1]: f for f in json.loads(out.read_text(encoding="utf-8"))}
    for word in words:
        assert found[word]["code"] == "JP101"  # the macron is still suggested...
        assert found[word]["confidence"] != CERTAIN  # ...but never as a certain fix
    main(["check", "--fix", "--exit-zero", str(path)])
    fixed = path.read_text(encoding="utf-8")
    assert all(f" {word} " in fixed for word in words)  # --fix did not apply the guesses
