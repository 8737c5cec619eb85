"""The per-document function runs unchanged on a distributed engine: a local Dask cluster.

Dask is an optional extra of the package (``pip install article-analysis[dask]``);
the project's pinned test environment includes it so this test always runs.
"""

from __future__ import annotations

import json

import pytest

from analysis import InputError, file_record
from conftest import SECOND, SEED


def safe_record(path: str) -> dict:
    """A record, or the input error as data, so one bad file does not stop the bag."""
    try:
        return file_record(path)
    except InputError as error:
        return {"path": path, "error": str(error)}


@pytest.mark.slow
def test_dask_bag_on_a_local_cluster_equals_serial(tmp_path) -> None:
    db = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    paths = []
    for i in range(6):
        source = SEED if i % 2 == 0 else SECOND
        path = tmp_path / f"{i}.txt"
        path.write_bytes(source.read_bytes())
        paths.append(str(path))
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    paths.append(str(bad))
    serial = [safe_record(p) for p in paths]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster, distributed.Client(cluster):
        assert len(cluster.workers) == 2
        results = db.from_sequence(paths, npartitions=3).map(safe_record).compute()
    assert json.dumps(results, sort_keys=True) == json.dumps(serial, sort_keys=True)
    assert "is empty" in results[-1]["error"]
