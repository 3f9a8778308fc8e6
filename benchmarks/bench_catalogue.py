"""Catalogue scale: MARC records per second on one core, in N worker processes, on Dask;
batch romanisation and lookup of 10,000 items in 1 vs 2 processes.

Run from the repository root (``pip install -e '.[dask]'``)::

    python benchmarks/bench_catalogue.py                 # 100,000 records, N = CPU count
    python benchmarks/bench_catalogue.py --records 20000 --workers 2
    python benchmarks/bench_catalogue.py --skip-marc     # only the batch figures

The synthetic catalogue is built from the real records of ``tests/data/marc/real.mrc``:
record *i* is real record *i mod 13* with a unique 001 and a unique volume added to its
title in both scripts (``… 第 k 巻`` / ``… dai k-kan``), so no two titles are alike (the
romaniser's cache of whole strings never answers) while publishers, places and names
repeat as they do in a real catalogue. Every figure is timed in a fresh interpreter
(nothing warm from an earlier mode), start-up and dictionary loading included.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, run, subprocess_env

REAL = ROOT / "tests" / "data" / "marc" / "real.mrc"
CORPUS = [ROOT.parent / "shared" / "data" / "corpus_ja.txt",
          ROOT / "benchmarks" / "data" / "sample_ja.txt"]


def build_catalogue(path: Path, count: int) -> None:
    """Write ``count`` synthetic records made from the real test records to ``path``."""
    import unicodedata

    from pymarc import Field, Subfield

    from jpterms.marc import read_records

    templates = read_records(REAL.read_bytes(), str(REAL))
    with open(path, "wb") as out:
        for i in range(count):
            record = read_records(templates[i % len(templates)].as_marc())[0]
            for f in record.get_fields("001"):
                record.remove_field(f)
            record.add_ordered_field(Field(tag="001", data=f"syn{i:08d}"))
            volume = i // len(templates) + 1
            for field in record.get_fields("245", "880"):
                link = (field.get_subfields("6") or [""])[0]
                if field.tag == "880" and not link.startswith("245"):
                    continue
                subs = list(field.subfields)
                for k, sub in enumerate(subs):
                    if sub.code == "a":
                        text = unicodedata.normalize("NFC", sub.value).rstrip(" /:;=.")
                        tail = (f" 第{volume}巻" if field.tag == "880" else f" dai {volume}-kan")
                        subs[k] = Subfield("a", text + tail + " /")
                        break
                field.subfields = subs
            out.write(record.as_marc())


_SINGLE = """
import sys, time
t = time.perf_counter()
from jpterms.marc import MarcChecker
n = 0
for f in MarcChecker().check_path(sys.argv[1]):
    n += 1
print(time.perf_counter() - t, n)
"""

_PROCESSES = """
import sys, time
from concurrent.futures import ProcessPoolExecutor
t = time.perf_counter()
from jpterms.cluster import check_part, plan
if __name__ == "__main__":
    parts = plan([sys.argv[1]], records_per_part=int(sys.argv[3]))
    with ProcessPoolExecutor(int(sys.argv[2])) as pool:
        n = sum(len(r) for r in pool.map(check_part, parts))
    print(time.perf_counter() - t, n)
"""

_DASK = """
import sys, time
if __name__ == "__main__":
    t = time.perf_counter()
    from dask.distributed import Client, LocalCluster
    from jpterms.cluster import check_bag
    with LocalCluster(n_workers=int(sys.argv[2]), threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        up = time.perf_counter() - t
        n = len(client.compute(check_bag([sys.argv[1]], records_per_part=int(sys.argv[3]))).result())
    print(time.perf_counter() - t, n, up)
"""

_BATCH = """
import sys, time
if __name__ == "__main__":
    kind, workers, source = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    items = [line for line in open(source, encoding="utf-8").read().splitlines() if line]
    t = time.perf_counter()
    import jpterms
    run = jpterms.romanize_many if kind == "romanize" else jpterms.lookup_many
    run(["日本の茶書 0"] if kind == "romanize" else ["Nihon no chasho 0"], progress=False)
    warm = time.perf_counter()
    out = run(items, workers=workers, progress=False)
    if kind == "lookup":  # what a batch is for: the rows (a worker's results arrive whole,
        rows = [m.as_dict() for ms in out for m in ms]  # the parent's are computed lazily)
    end = time.perf_counter()
    print(end - t, len(items), end - warm)
"""


def _cpu() -> float:
    """CPU seconds (user + system) used so far by finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(code: str, *args: object) -> list[float]:
    """Run ``code`` in a fresh interpreter: its printed numbers, then its CPU seconds
    (every process it started included: workers, Dask's nannies and scheduler)."""
    before = _cpu()
    proc = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True,
                          text=True, env=subprocess_env(), cwd=ROOT, check=False)
    if proc.returncode:
        raise SystemExit(proc.stderr[-2000:])
    return [float(x) for x in proc.stdout.split()] + [_cpu() - before]


def _items(count: int, kind: str) -> list[str]:
    lines: list[str] = []
    for corpus in CORPUS:
        if corpus.is_file():
            lines = [ln.strip() for ln in corpus.read_text("utf-8").splitlines() if ln.strip()]
            break
    if kind == "romanize":  # unique lines (repeats would come from the cache)
        return [f"{lines[i % len(lines)][:40]} {i // len(lines) + 1}" for i in range(count)]
    # Lookup: distinct short queries (a repeated one is answered from a cache): the first
    # three words of the romanised corpus lines.
    from jpterms.batch import romanize_many

    romaji = romanize_many([ln[:30] for ln in lines[:count]])
    queries = [" ".join(r.split()[:3]) for r in romaji]
    return [f"{q} {i // len(queries) + 1}" if i >= len(queries) else q
            for i, q in enumerate(queries[i % len(queries)] for i in range(count))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--records-per-part", type=int, default=2000)
    parser.add_argument("--batch-items", type=int, default=10_000)
    parser.add_argument("--lookup-items", type=int, default=None,
                        help="items for the lookup batch (default: --batch-items)")
    parser.add_argument("--skip-marc", action="store_true")
    parser.add_argument("--skip-batch", action="store_true")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    args = parser.parse_args()
    figures: dict[str, object] = {"cpus": os.cpu_count(), "workers": args.workers}
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_marc:
            catalogue = Path(tmp) / "catalogue.mrc"
            t = time.perf_counter()
            build_catalogue(catalogue, args.records)
            print(f"built {args.records:,} records ({catalogue.stat().st_size / 1e6:.1f} MB) "
                  f"in {time.perf_counter() - t:.1f} s")
            single, n1, cpu1 = _run(_SINGLE, catalogue)
            multi, n2, cpu2 = _run(_PROCESSES, catalogue, args.workers, args.records_per_part)
            dask, n3, up, cpu3 = _run(_DASK, catalogue, args.workers, args.records_per_part)
            assert n1 == n2 == n3, (n1, n2, n3)
            print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
            for name, seconds, cpu in (("one core", single, cpu1),
                                       (f"{args.workers} processes", multi, cpu2),
                                       (f"Dask LocalCluster, {args.workers} workers", dask, cpu3)):
                rate = args.records / seconds
                print(f"{name:32} {seconds:8.1f} s wall {cpu:8.1f} s CPU  {rate:8.0f} records/s  "
                      f"{args.records / cpu:6.0f} records per CPU-second  "
                      f"(10M records: {1e7 / rate / 3600:.1f} h)")
                figures[name] = {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
                                 "records_per_s": round(rate, 1),
                                 "records_per_cpu_s": round(args.records / cpu, 1)}
            print(f"findings: {int(n1):,} (same in every mode); Dask cluster start {up:.1f} s")
            figures["records"] = args.records
            figures["findings"] = int(n1)
        if not args.skip_batch:
            for kind in ("romanize", "lookup"):
                count = (args.lookup_items or args.batch_items) if kind == "lookup" \
                    else args.batch_items
                source = Path(tmp) / f"{kind}.txt"
                source.write_text("\n".join(_items(count, kind)) + "\n", "utf-8")
                one, _, warm_one, cpu_one = _run(_BATCH, kind, 1, source)
                two, _, warm_two, cpu_two = _run(_BATCH, kind, 2, source)
                print(f"batch {kind} {count:,} items: 1 process {one:.1f} s "
                      f"({cpu_one:.1f} s CPU), 2 processes {two:.1f} s ({cpu_two:.1f} s CPU), "
                      f"ratio {two / one:.2f}x; the batch call alone (dictionaries loaded) "
                      f"{warm_one:.2f} s vs {warm_two:.2f} s, ratio {warm_two / warm_one:.2f}x "
                      f"(target <= 0.6x); load average {os.getloadavg()[0]:.1f}")
                figures[f"batch {kind}"] = {"one": round(one, 2), "two": round(two, 2),
                                            "cpu_one": round(cpu_one, 2),
                                            "cpu_two": round(cpu_two, 2),
                                            "ratio": round(two / one, 3),
                                            "warm_one": round(warm_one, 2),
                                            "warm_two": round(warm_two, 2),
                                            "warm_ratio": round(warm_two / warm_one, 3)}
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    sys.exit(run(lambda argv: main()))
