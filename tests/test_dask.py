"""The Dask recipe: a local distributed cluster gives exactly the serial findings."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from jpterms.cluster import Part, check_bag, check_part, check_serial, plan

ROOT = Path(__file__).resolve().parent.parent
PATHS = [str(ROOT / "tests" / "data" / "marc" / name)
         for name in ("real.mrc", "planted.mrc", "real.xml")]
PATHS.append(str(ROOT / "docs" / "examples" / "founding_article.txt"))


def test_plan_cuts_binary_marc_by_records_and_keeps_other_files_whole() -> None:
    parts = plan(PATHS, records_per_part=4)
    kinds = [p.kind for p in parts]
    assert kinds == ["marc"] * 8 + ["marc-xml", "text"]
    assert [p.first for p in parts if p.path == PATHS[0]] == [1, 5, 9, 13]
    assert sum(p.records for p in parts if p.path == PATHS[1]) == 13
    # what the workers receive pickles by name (no closures, no loaded dictionaries)
    assert pickle.loads(pickle.dumps(check_part)) is check_part
    assert pickle.loads(pickle.dumps(parts[0])) == parts[0]


@pytest.mark.filterwarnings("ignore:Port .* is already in use")  # another cluster on 8787
def test_local_cluster_gives_the_serial_findings(monkeypatch) -> None:
    distributed = pytest.importorskip("dask.distributed")
    serial = check_serial(PATHS[1:], records_per_part=5)
    assert any(f.location for f in serial) and any(not f.location for f in serial)

    # The client only plans: checking a record here, on the client, would fail.
    def no_checking_on_the_client(*args: object, **kwargs: object) -> None:
        raise AssertionError("the client checked a record")

    monkeypatch.setattr("jpterms.marc.check.MarcChecker.check_record", no_checking_on_the_client)
    # one worker process (was two: a second spawned interpreter cost ~1.2 s): the five
    # partitions are still five tasks checked apart from the client and merged
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        bag = check_bag(PATHS[1:], records_per_part=5)
        assert bag.npartitions == 5
        found = client.compute(bag).result()
    assert [f.as_dict() for f in found] == [f.as_dict() for f in serial]


def test_a_part_is_checked_like_its_records_in_the_whole_file() -> None:
    whole = check_part(Part(PATHS[1]))
    pieces = [f for p in plan([PATHS[1]], records_per_part=3) for f in check_part(p)]
    assert pieces == whole and len(whole) == 16
