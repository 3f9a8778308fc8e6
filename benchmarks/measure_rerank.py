"""Measure whether a learned re-ranking of the look-up's readings generalises across files.

Usage::

    python benchmarks/measure_rerank.py [--depth N] [--keep K] [--dump FILE]
                                        [--model listwise|pairwise] [--in-sample]
                                        [--epochs E] [--rate R] [--l2 L]

For every development row of ``tests/data/lookup/*.tsv`` (not the ``*_heldout`` files, not
``stations_miehorts.tsv``) the query is looked up as :mod:`lookup_accuracy` makes it, once
with ``limit=5`` (the engine's order, what a caller sees) and once with ``limit=N`` (default
20: the candidates). Each candidate is described by general features only, none naming a
word (so that nothing can learn a development row's answer): its rank, its score and the
gap to the first's, its source, how many words it has and how many are not kana alone, its
length and its kana's, its shares of kanji, hiragana and katakana, digits, old kanji forms,
whether Mozc, JMdict or JMnedict list it whole, JMdict's newspaper band, the share of its
words JMnedict types as people, wordfreq's Zipf of the whole and of its words (least and
mean), the share of its words from JMnedict, JMdict and the glossary; against the first:
the same kana, the kana longer, more words, Zipf gained; and the products of some with
the query's shape (a name, one word, how many words). ``--dump FILE`` keeps what was
looked up (read back if FILE exists, so a second run only trains); ``--keep K`` re-ranks
only the first K of the N.

A linear model, plain Python (no numpy): a softmax over each query's candidates
(``listwise``: the right reading's probability) or logistic regression on pairs of the
right reading and each wrong one (``pairwise``), by averaged stochastic gradient descent
with L2, features centred and scaled on the training rows. Leave-one-file-out
cross-validation: each file is ranked by weights learnt from the other files.
``--in-sample`` also ranks every file by weights learnt from all of them (what the
features could give at best). Prints, per file and in total, the rows, the ceiling (right
kanji among the candidates at all), right first and in the top five in the engine's
order and re-ranked, with the rows gained (+) and lost (-); then the engine's order of
the N candidates (``limit=N``'s first five are not always ``limit=5``'s) and the mean
weights. Prints figures only; asserts nothing. Session 52's figures are in
``docs/development-log.md``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from _common import BadArgument, input_file, jpterms, run
from lookup_accuracy import DATA, kanji_key, query_of, rows

#: Development files never opened here (held out, or kept for figures only).
SKIPPED = ("stations_miehorts",)
_PERSON = frozenset({"surname", "given", "fem", "masc", "person"})
_SOURCES = ("mozc", "jmdict", "jmnedict", "glossary", "station", "publisher")


def dev_files() -> list[Path]:
    """The development files measured: every ``*.tsv`` not held out nor skipped."""
    return [p for p in sorted(DATA.glob("*.tsv"))
            if not p.stem.endswith("_heldout") and p.stem not in SKIPPED]


class Describer:
    """General features of a look-up's readings (none names a word)."""

    def __init__(self) -> None:
        from jpterms.old_forms import old_forms
        from jpterms.word_frequencies import FrequencyTable

        self.freq = FrequencyTable.open("ja", "best")
        self.old = {chr(code) if isinstance(code, int) else code
                    for code in old_forms()}
        self.engine = jpterms.Glossary.bundled().reverse_engine

    def zipf(self, text: str) -> float:
        from jpterms.word_frequencies import zipf
        return zipf(self.freq.get(text))

    def query(self, query: str) -> dict[str, float]:
        words = query.replace("-", " ").split()
        return {"q_name": float(self.engine._names_shaped(query, None)),
                "q_one": float(len(words) == 1), "q_words": float(len(words)),
                "q_caps": float(all(w[:1].isupper() for w in words))}

    def candidate(self, m: jpterms.Match) -> dict[str, float]:
        from jpterms.dictionaries import jmdict_band, jmdict_glosses, jmnedict_glosses, mozc_costs
        from jpterms.glosses import name_types
        from jpterms.kana import is_hiragana, is_kanji, is_katakana

        text = m.kanji
        n = max(len(text), 1)
        words = [(w.kanji, w.kana, w.source) for w in m.words] or [(m.kanji, m.kana, m.source)]
        content = [w for w in words if not all(map(is_hiragana, w[0]))]
        zipfs = [self.zipf(w[0]) for w in content] or [0.0]
        band = jmdict_band(text, m.kana)
        return {
            "n_words": float(len(words)), "n_content": float(len(content)),
            "n_chars": float(len(text)), "n_kana": float(len(m.kana)),
            "kanji": sum(map(is_kanji, text)) / n, "hira": sum(map(is_hiragana, text)) / n,
            "kata": sum(map(is_katakana, text)) / n,
            "digit": float(any(ch.isdigit() for ch in text)),
            "old": float(any(ch in self.old for ch in text)),
            "whole_mozc": float(text in mozc_costs(m.kana)),
            "whole_jmdict": float(bool(jmdict_glosses(text))),
            "whole_jmnedict": float(bool(jmnedict_glosses(text))),
            "band": (49 - band) / 48 if band else 0.0, "banded": float(band > 0),
            "person": sum(bool(name_types(w, k) & _PERSON) for w, k, _ in content)
            / max(len(content), 1),
            "zipf": self.zipf(text), "zipf_min": min(zipfs), "zipf_mean": sum(zipfs) / len(zipfs),
            "w_jmnedict": sum(s == "jmnedict" for *_, s in words) / len(words),
            "w_glossary": sum(s == "glossary" for *_, s in words) / len(words),
            "w_jmdict": sum(s == "jmdict" for *_, s in words) / len(words),
            **{f"src_{s}": float(m.source == s) for s in _SOURCES},
            "src_other": float(m.source not in _SOURCES),
            "score": m.score,
        }


def dump(depth: int) -> Iterator[dict[str, object]]:
    """Each development row's query, the engine's first five and ``depth`` candidates."""
    describe = Describer()
    for path in dev_files():
        for row in rows(path):
            want = kanji_key(row["japanese"])
            query = query_of(row["gold_romaji"])
            five = [kanji_key(m.kanji) for m in jpterms.lookup(query, limit=5)]
            cands = jpterms.lookup(query, limit=depth)
            yield {"file": path.stem, "want": want, "five": five,
                   "query": describe.query(query),
                   "cands": [{"key": kanji_key(m.kanji), "kana": m.kana,
                              **describe.candidate(m)} for m in cands]}


def vectors(item: dict[str, Any]) -> tuple[list[str], list[list[float]]]:
    """The feature names and one vector per candidate of a dumped row (rank, gap to the
    first, candidate features and their products with the query's shape)."""
    q = item["query"]
    cands = item["cands"]
    first = cands[0]
    top = math.log(max(first["score"], 1e-4))
    names: list[str] = []
    out = []
    for i, c in enumerate(cands, 1):
        f = {"rank1": float(i == 1), "inv_rank": 1 / i, "log_rank": math.log(i),
             "gap": math.log(max(c["score"], 1e-4)) - top,
             "same_kana": float(c["kana"] == first["kana"]),
             "kana_longer": float(len(c["kana"]) - len(first["kana"])),
             "more_words": c["n_words"] - first["n_words"],
             "zipf_gain": c["zipf"] - first["zipf"],
             "zipf_min_gain": c["zipf_min"] - first["zipf_min"]}
        base = {k: v for k, v in c.items() if k not in ("key", "kana", "score")}
        f.update(base)
        for k in ("person", "w_jmnedict", "kata", "zipf_min", "zipf", "n_words", "whole_jmdict",
                  "band", "src_jmnedict", "whole_jmnedict", "old", "hira"):
            f[f"name*{k}"] = q["q_name"] * base[k]
        for k in ("zipf", "band", "whole_jmdict", "whole_mozc", "kata", "hira", "n_words",
                  "src_station", "whole_jmnedict"):
            f[f"one*{k}"] = q["q_one"] * base[k]
        f["one*same_kana"] = q["q_one"] * f["same_kana"]
        for k in ("n_words", "zipf_min", "hira", "kata"):
            f[f"long*{k}"] = min(q["q_words"], 8) / 8 * base[k]
        names = list(f)
        out.append([f[k] for k in names])
    return names, out


class Scaler:
    """Each feature centred and scaled on training candidates."""

    def __init__(self, data: list[list[list[float]]]) -> None:
        flat = [v for q in data for v in q]
        n = len(flat)
        self.mean = [sum(col) / n for col in zip(*flat, strict=True)]
        self.sd = [math.sqrt(sum((x - m) ** 2 for x in col) / n) or 1.0
                   for col, m in zip(zip(*flat, strict=True), self.mean, strict=True)]

    def __call__(self, q: list[list[float]]) -> list[list[float]]:
        return [[(x - m) / s for x, m, s in zip(v, self.mean, self.sd, strict=True)] for v in q]


def dot(w: list[float], x: list[float]) -> float:
    return sum(a * b for a, b in zip(w, x, strict=True))


def train(data: list[tuple[list[list[float]], list[bool]]], model: str, epochs: int = 40,
          rate: float = 0.02, l2: float = 1e-4, seed: int = 0) -> list[float]:
    """Weights by stochastic gradient descent over the queries whose right reading is among
    the candidates (and not alone), starting from the engine's order (rank only)."""
    usable = [(x, y) for x, y in data if any(y) and not all(y)]
    dim = len(usable[0][0][0])
    w = [0.0] * dim
    order = list(range(len(usable)))
    rng = random.Random(seed)
    mean = [0.0] * dim
    seen = averaged = 0
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate
        for i in order:
            x, y = usable[i]
            s = [dot(w, v) for v in x]
            grad = [0.0] * dim
            if model == "listwise":
                top = max(s)
                e = [math.exp(v - top) for v in s]
                z = sum(e)
                best_right = max(v for v, r in zip(s, y, strict=True) if r)
                er = [math.exp(v - best_right) if r else 0.0 for v, r in zip(s, y, strict=True)]
                zr = sum(er)
                for j, v in enumerate(x):  # d(-log P(right))/ds_j
                    g = e[j] / z - er[j] / zr
                    if g:
                        for k in range(dim):
                            grad[k] += g * v[k]
            else:  # pairs: the first right reading against each wrong one
                r = next(j for j in range(len(x)) if y[j])
                for j in range(len(x)):
                    if y[j]:
                        continue
                    d = s[r] - s[j]
                    g = -1 / (1 + math.exp(d)) if d > -30 else -1.0
                    for k in range(dim):
                        grad[k] += g * (x[r][k] - x[j][k])
                grad = [g / max(len(x) - 1, 1) for g in grad]
            for k in range(dim):
                w[k] -= step * (grad[k] + l2 * w[k])
            seen += 1
            if epoch >= epochs // 2:  # the mean of the second half's weights (averaged SGD)
                averaged += 1
                mean = [m + (v - m) / averaged for m, v in zip(mean, w, strict=True)]
    return mean if averaged else w


def ranked_keys(w: list[float], x: list[list[float]], keys: list[str]) -> list[str]:
    order = sorted(range(len(x)), key=lambda j: (-dot(w, x[j]), j))
    return [keys[j] for j in order]


def read_dump(path: Path) -> list[dict[str, Any]]:
    """The rows a run with ``--dump`` kept; :class:`BadArgument` for a file of another kind."""
    try:
        items = [json.loads(line) for line in input_file(path).open(encoding="utf-8")]
    except json.JSONDecodeError:
        raise BadArgument(f"{path}: not a dump of this script (JSON lines)") from None
    if not items or not all(isinstance(it, dict) and {"file", "want", "five", "query", "cands"}
                            <= it.keys() for it in items):
        raise BadArgument(f"{path}: not a dump of this script (no rows with its fields)")
    return items


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="measure_rerank.py", description=__doc__.split("\n")[0])
    parser.add_argument("--depth", type=int, default=20, choices=range(5, 51), metavar="N",
                        help="candidates looked up per query (5 to 50; default 20)")
    parser.add_argument("--keep", type=int, default=0, metavar="K",
                        help="re-rank only the first K candidates (default: all N)")
    parser.add_argument("--dump", type=Path, metavar="FILE",
                        help="keep the look-ups in FILE (read back if it exists)")
    parser.add_argument("--model", choices=("listwise", "pairwise"), default="listwise")
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--rate", type=float, default=0.02)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--in-sample", action="store_true",
                        help="also train on every file and rank the same files (an upper bound)")
    opts = parser.parse_args(argv[1:])
    if opts.dump is not None and opts.dump.exists():
        items = read_dump(opts.dump)
    else:
        items = list(dump(opts.depth))
        if opts.dump is not None:
            with opts.dump.open("w", encoding="utf-8") as fh:
                for item in items:
                    fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    if opts.keep:
        for item in items:
            item["cands"] = item["cands"][:opts.keep]
    report(items, opts.model, Settings(opts.epochs, opts.rate, opts.l2), opts.in_sample)
    return 0


#: What :func:`report` counts per file: rows, right kanji among the candidates, right
#: first (engine, re-ranked, gained, lost), right in the top five (the same).
COLUMNS = ("rows", "ceil", "eng1", "new1", "+", "-", "eng5", "new5", "+", "-")


def tally(want: str, eng: list[str], new: list[str], ceiling: bool) -> list[int]:
    """One row's counts in :data:`COLUMNS` (``eng``: the engine's five, ``new``: re-ranked).

    >>> tally("春昼", ["旬注", "春昼"], ["春昼", "旬注"], True)
    [1, True, False, True, True, False, True, True, False, False]
    """
    e1, n1 = bool(eng) and eng[0] == want, bool(new) and new[0] == want
    e5, n5 = want in eng, want in new
    return [1, ceiling, e1, n1, n1 and not e1, e1 and not n1, e5, n5, n5 and not e5,
            e5 and not n5]


def line(name: str, t: list[int]) -> str:
    return f"{name:24s} " + " ".join(f"{v:5d}" for v in t)


def add(a: list[int], b: list[int]) -> list[int]:
    return [x + y for x, y in zip(a, b, strict=True)]


class Settings(NamedTuple):
    """How :func:`train` trains: passes over the rows, step, L2 weight."""

    epochs: int
    rate: float
    l2: float


Prepared = list[tuple[dict[str, Any], list[list[float]], list[bool]]]


def fitted(prepared: Prepared, model: str, held: str | None,
           settings: Settings) -> tuple[list[float], Scaler]:
    """Weights (and the scaling of features they expect) learnt from every file but ``held``."""
    train_set = [(x, y) for it, x, y in prepared if it["file"] != held and x]
    scale = Scaler([x for x, _ in train_set])
    return train([(scale(x), y) for x, y in train_set], model, settings.epochs, settings.rate,
                 settings.l2), scale


def ranked_counts(prepared: Prepared, files: set[str], w: list[float] | None,
                  scale: Scaler | None) -> list[int]:
    """:data:`COLUMNS` over the rows of ``files``, their candidates ranked by ``w`` (None:
    in the engine's order of the N candidates)."""
    t = [0] * len(COLUMNS)
    for it, x, y in prepared:
        if it["file"] in files:
            keys = [c["key"] for c in it["cands"]]
            new = keys[:5] if w is None or scale is None or not x else \
                ranked_keys(w, scale(x), keys)[:5]
            t = add(t, tally(it["want"], it["five"], new, any(y)))
    return t


def report(items: list[dict[str, Any]], model: str, settings: Settings,
           in_sample: bool = False) -> None:
    """Leave-one-file-out figures: engine order against re-ranked, per file and in all."""
    prepared: Prepared = []
    names: list[str] = []
    for it in items:
        x: list[list[float]] = []
        if it["cands"]:
            names, x = vectors(it)
        prepared.append((it, x, [c["key"] == it["want"] for c in it["cands"]]))
    files = sorted({it["file"] for it in items})
    total = [0] * len(COLUMNS)
    weights_sum = [0.0] * len(names)
    print(f"model {model}, {len(names)} features, depth {max(len(it['cands']) for it in items)}, "
          f"epochs {settings.epochs}, rate {settings.rate:g}, l2 {settings.l2:g}")
    print(f"{'file':24s} " + " ".join(f"{c:>5s}" for c in COLUMNS))
    for held in files:
        w, scale = fitted(prepared, model, held, settings)
        weights_sum = [a + b / s for a, b, s in zip(weights_sum, w, scale.sd, strict=True)]
        t = ranked_counts(prepared, {held}, w, scale)
        total = add(total, t)
        print(line(held, t))
    print(line("all", total))
    print(line("engine order of the N", ranked_counts(prepared, set(files), None, None)))
    if in_sample:
        w, scale = fitted(prepared, model, None, settings)
        print(line("in sample (upper bound)", ranked_counts(prepared, set(files), w, scale)))
    n = total[0]
    print(f"first: engine {total[2] / n:.2%}, re-ranked {total[3] / n:.2%}; "
          f"top five: engine {total[6] / n:.2%}, re-ranked {total[7] / n:.2%}; "
          f"ceiling {total[1] / n:.2%}")
    print("mean weight per unit of each feature over the folds (largest first):")
    for k, v in sorted(zip(names, weights_sum, strict=True), key=lambda t: -abs(t[1]))[:20]:
        print(f"  {k:20s} {v / len(files):+.3f}")


if __name__ == "__main__":
    sys.exit(run(main))
