"""Files of items for ``--batch``: one item a line, or a column of a CSV/TSV file; results
written as CSV or JSON Lines.

>>> read_items("東京\\n\\n日本\\n", "names.txt")
['東京', '日本']
>>> read_items("id,title\\n1,東京\\n2,日本\\n", "t.csv", column="title")
['東京', '日本']
>>> read_items("1\\t東京\\n", "t.tsv", column="2", header=False)
['東京']
>>> read_items("id,title\\n1,東京\\n", "t.csv", column="3")
Traceback (most recent call last):
...
jpterms.errors.JptermsError: t.csv: no column 3; columns are numbered 1 to 2 (id, title)
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

from jpterms.errors import JptermsError

#: Output formats of a batch run.
OUTPUT_FORMATS = ("csv", "jsonl")


def _delimiter(path: str, delimiter: str | None) -> str | None:
    if delimiter:
        return delimiter
    name = path.lower()
    if name.endswith(".tsv") or name.endswith(".tab"):
        return "\t"
    if name.endswith(".csv"):
        return ","
    return None


def read_items(text: str, path: str = "-", *, column: str | None = None,
               delimiter: str | None = None, header: bool | None = None) -> list[str]:
    """The items of a batch file: its non-blank lines, or one column of a CSV/TSV file.

    A CSV or TSV file (by extension, or ``delimiter``) has a header row unless
    ``header`` is False; ``column`` is a header name or a 1-based number
    (default: the first column).
    """
    sep = _delimiter(path, delimiter)
    if sep is None:
        if column is not None:
            raise JptermsError(f"{path}: --column needs a CSV or TSV file (.csv, .tsv)")
        return [line.strip() for line in text.splitlines() if line.strip()]
    rows = list(csv.reader(io.StringIO(text), delimiter=sep))
    if not rows:
        return []
    has_header = header if header is not None else True
    index = 0
    if column is not None:
        if column.isdigit():
            index = int(column) - 1
            width = len(rows[0])
            if not 0 <= index < width:  # column 3 of two gave a header and no rows, exit 0
                raise JptermsError(f"{path}: no column {column}; columns are numbered 1 to "
                                   f"{width}" + (f" ({', '.join(rows[0])})" if has_header
                                                 else ""))
        elif has_header and column in rows[0]:
            index = rows[0].index(column)
        else:
            raise JptermsError(f"{path}: no column {column!r} (columns: {', '.join(rows[0])})")
    body = rows[1:] if has_header else rows
    return [row[index].strip() for row in body if len(row) > index and row[index].strip()]


def write_romanized(out: IO[str], items: Sequence[str], results: Sequence[str], fmt: str,
                    system: str) -> None:
    """``input,romaji`` rows (CSV) or ``{"input", "romaji", "system"}`` lines (JSON Lines)."""
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["input", "romaji"])
        writer.writerows(zip(items, results, strict=True))
    else:
        for item, romaji in zip(items, results, strict=True):
            out.write(json.dumps({"input": item, "romaji": romaji, "system": system},
                                 ensure_ascii=False) + "\n")


_MATCH_COLUMNS = ("kanji", "kana", "romaji", "english", "source", "score")


def write_lookups(out: IO[str], queries: Sequence[str], results: Sequence[Iterable[Any]],
                  fmt: str) -> None:
    """One CSV row per match (``query,rank,kanji,...``; rank 0 and empty cells for no
    match), or one JSON line per query with its matches."""
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["query", "rank", *_MATCH_COLUMNS])
        for query, matches in zip(queries, results, strict=True):
            dicts = [m.as_dict() for m in matches]
            if not dicts:
                writer.writerow([query, 0, *([""] * len(_MATCH_COLUMNS))])
            for rank, d in enumerate(dicts, 1):
                writer.writerow([query, rank, *(d[c] for c in _MATCH_COLUMNS)])
    else:
        for query, matches in zip(queries, results, strict=True):
            out.write(json.dumps({"query": query, "results": [m.as_dict() for m in matches]},
                                 ensure_ascii=False) + "\n")


def batch_command(kind: str, source: str, *, output: str | None, fmt: str, column: str | None,
                  workers: int | None, progress: bool | None, glossary: Any, system: str,
                  limit: int, hint: str | None = None) -> int:
    """``jpterms romanize|lookup --batch SOURCE``: read, work in processes, write; exit code."""
    import os
    import sys

    from jpterms.batch import auto_workers, lookup_many, romanize_many
    from jpterms.files import open_input, read_bytes_text

    if source == "-":
        text = sys.stdin.read()
    else:
        try:
            with open_input(source) as stream:  # a named pipe nobody writes to: no hang
                data = stream.read()
        except OSError as exc:
            raise JptermsError(f"{source}: cannot read: {exc.strerror or exc}") from None
        # decoded as every other input is: UTF-16 and BOMs read, Shift_JIS named, one line
        text = read_bytes_text(data, source)
    if output is not None and source != "-" and os.path.exists(output) \
            and os.path.samefile(output, source):
        raise JptermsError(f"{output}: the output would overwrite the batch file")
    items = read_items(text, source, column=column)
    n = workers if workers is not None else auto_workers(len(items))
    if kind == "romanize":
        results: list[Any] = romanize_many(items, system, glossary=glossary, workers=n,
                                           progress=progress)
    else:
        results = lookup_many(items, limit, glossary=glossary, workers=n, progress=progress,
                              kind=hint)
    # a file gets the whole output or none of it (a kill or a full disk half-way left a
    # truncated CSV that looked finished); standard output is written as it comes
    handle: IO[str] = io.StringIO(newline="") if output else sys.stdout
    if kind == "romanize":
        write_romanized(handle, items, results, fmt, system)
    else:
        write_lookups(handle, items, results, fmt)
    if output:
        from jpterms.safe_write import write_new_file

        assert isinstance(handle, io.StringIO)
        write_new_file(output, handle.getvalue().encode("utf-8"))
    return 0
