"""pykakasi's kanji table read through jpterms' cache: the same table, row for row, and
the same readings whichever way it was found (cache, built now, or pykakasi's own)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from jpterms import kakasi_table
from jpterms.cache_files import sum_path
from jpterms.kakasi_table import KakasiReader, KanwaRows, cache_path, install

#: Words of real documents (mix 2's and the unseen bibliographies' Chinese and rare kanji)
#: that UniDic cannot read, so that the romaniser asks pykakasi.
RARE = ["夾注", "覲", "匯纂", "臧克", "吕浩", "黠切", "瀛環", "彜編", "毘霊", "广平", "怎樣",
        "韞玉", "嗜梅", "穿耳", "东京"]


def _source() -> Path:
    from pykakasi import kanji  # type: ignore[attr-defined]

    config: Any = kanji.Configurations
    return Path(config.dictpath(config.jisyo_kanwa))


def test_cache_holds_pykakasi_table_row_for_row(tmp_path: Path) -> None:
    source = _source()
    unwritable = tmp_path / "a file"
    unwritable.write_text("not a folder")
    state: dict[str, Any] = {"_jisyo_table": None}
    assert install(state, source, unwritable) == "built"  # kept in memory, nothing saved
    table = state["_jisyo_table"]
    assert isinstance(table, dict) and len(table) > 6000

    assert install({"_jisyo_table": None}, source, tmp_path) == "built"
    assert cache_path(source, tmp_path).exists()
    cached: dict[str, Any] = {"_jisyo_table": None}
    assert install(cached, source, tmp_path) == "cache"
    rows = cached["_jisyo_table"]
    assert isinstance(rows, KanwaRows)
    assert all(rows.get(code) == entries for code, entries in table.items())
    assert rows.get(ord("A")) is None and rows.get(ord("A"), 0) == 0
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    source = _source()
    path = cache_path(source, tmp_path)
    path.write_bytes(b"not sqlite" * 100)
    state: dict[str, Any] = {"_jisyo_table": None}
    assert install(state, source, tmp_path) == "built"
    assert isinstance(state["_jisyo_table"], dict)
    assert install({"_jisyo_table": None}, source, tmp_path) == "cache"


def test_loaded_or_unknown_state_is_left_to_pykakasi(tmp_path: Path) -> None:
    loaded = {"_jisyo_table": {1: {}}}
    assert install(loaded, _source(), tmp_path) == "plain"
    assert loaded == {"_jisyo_table": {1: {}}}
    assert install({"other": None}, _source(), tmp_path) == "plain"
    assert not list(tmp_path.iterdir())


def test_other_pykakasi_layout_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kakasi_table, "import_module", lambda name: object())
    reader = KakasiReader(tmp_path)
    assert reader.reading("東京") == "トウキョウ"
    assert reader.table_source == "plain"
    assert reader.reading("ハモンド") == ""  # no kanji: nothing to ask


_PROBE = """
import json, sys
from jpterms.kakasi_table import KakasiReader
reader = KakasiReader()
readings = [reader.reading(w) for w in json.loads(sys.argv[1])]
print(json.dumps([reader.table_source, readings], ensure_ascii=False))
"""


def test_same_readings_built_cached_and_plain(tmp_path: Path) -> None:
    """Three fresh processes: the first builds the cache, the second reads it, the third
    (cache folder a file: unwritable) uses pykakasi's own table. Same readings."""
    blocked = tmp_path / "blocked"
    blocked.write_text("")

    def probe(cache_home: Path) -> list[Any]:
        env = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "PYTHONIOENCODING": "utf-8"}
        done = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(RARE)], env=env,
                              capture_output=True, text=True, encoding="utf-8", check=True)
        result: list[Any] = json.loads(done.stdout)
        return result

    with ThreadPoolExecutor(1) as pool:  # the third, which shares no folder, meanwhile
        third = pool.submit(probe, blocked)
        runs = [probe(tmp_path / "cache"), probe(tmp_path / "cache"), third.result()]
    assert [source for source, _ in runs] == ["built", "cache", "built"]
    assert runs[0][1] == runs[1][1] == runs[2][1]
    assert runs[0][1][:3] == ["キョウチュウ", "キン", "カイサン"]
    assert "" in runs[0][1]  # 吕浩: simplified characters pykakasi does not read


def _installation(site: Path, table: bytes, recorded: str, mtime: int) -> Path:
    """A pykakasi installation's table file and its RECORD line, as pip writes them."""
    source = site / "pykakasi" / "data" / "kanwadict4.db"
    source.parent.mkdir(parents=True)
    source.write_bytes(table)
    os.utime(source, ns=(mtime, mtime))
    (site / "pykakasi-2.3.0.dist-info").mkdir()
    (site / "pykakasi-2.3.0.dist-info" / "RECORD").write_text(
        f"pykakasi/__init__.py,sha256=AAAA,10\npykakasi/data/kanwadict4.db,{recorded}\n")
    return source


def test_one_cache_file_for_every_installation_of_one_table(tmp_path: Path) -> None:
    """Each virtualenv installs pykakasi's table with its own modification time: the cache
    file is named by the digest its RECORD gives, so all of them share one file (there
    were 21 on a machine with 21 virtualenvs)."""
    table = b"pickled table" * 10
    digest = "sha256=2-z5Z58vsPRykIHlrpNG7Bmqfn5i38arDfRmryqhxDg"
    first = _installation(tmp_path / "venv1", table, f"{digest},{len(table)}", 10**18)
    second = _installation(tmp_path / "venv2", table, f"{digest},{len(table)}", 2 * 10**18)
    folder = tmp_path / "cache"
    assert cache_path(first, folder) == cache_path(second, folder)
    assert cache_path(first, folder).name.endswith("-2-z5Z58vsPRykIHl.sqlite")
    # a file changed since it was installed (not the recorded size) is not the recorded
    # table: named by its own size and time, one per installation as before
    changed = _installation(tmp_path / "venv3", table + b"!", f"{digest},{len(table)}", 10**18)
    assert cache_path(changed, folder).name.endswith(f"-{len(table) + 1}-{10**18}.sqlite")


def test_building_removes_the_per_installation_copies(tmp_path: Path) -> None:
    source = _source()
    size = source.stat().st_size
    version = kakasi_table.installed_version("pykakasi", "pykakasi")
    copies = [tmp_path / f"kanwa-f{kakasi_table.FORMAT}-{version}-{size}-{n}.sqlite"
              for n in (1795936427254454309, 1795968736386628971)]
    others = [tmp_path / f"kanwa-f{kakasi_table.FORMAT}-{version}-{size + 1}-17.sqlite",
              tmp_path / f"kanwa-f{kakasi_table.FORMAT}-0.9-{size}-17.sqlite",
              tmp_path / "lexicon-f1-1.5-3.1.1.marisa"]
    for path in copies + others:
        path.write_bytes(b"")
    for path in copies:
        sum_path(path).write_bytes(b"")  # its sum goes with it
    assert install({"_jisyo_table": None}, source, tmp_path) == "built"
    left = sorted(p.name for p in tmp_path.iterdir())
    kept = cache_path(source, tmp_path)
    assert left == sorted([kept.name, sum_path(kept).name, *(p.name for p in others)])
