"""National offers files parsed on a Dask cluster: two worker processes, postings back.

    python examples/national_dask.py FILE [FILE...]

Each file is parsed on a worker with ``offres.read_offers``; the postings travel back
pickled (a posting pickles as its JSON and its ``filename``, ``file#row=N``) and are
gathered in the order of the files. ``compare`` checks the result against a
single-process read. Needs ``pip install 'dask[distributed]'`` besides offres.
See docs/python.md ("Beyond one machine").
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import offres


def parse_file(path: str) -> list[offres.Posting]:
    """What a worker runs: every row of one national file, as postings."""
    return list(offres.read_offers(path))


def parse_on_cluster(paths: Sequence[str | Path], workers: int = 2) -> list[offres.Posting]:
    """Every row of every file in ``paths``, parsed by ``workers`` worker processes."""
    from distributed import Client, LocalCluster

    # processes=True: each worker is its own Python process, so postings cross a process
    # boundary (pickled), as they would between machines.
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        futures = client.map(parse_file, [str(p) for p in paths], pure=False)
        return [posting for chunk in client.gather(futures) for posting in chunk]


def parse_here(paths: Sequence[str | Path]) -> list[offres.Posting]:
    """The same, in this process."""
    return [posting for p in paths for posting in parse_file(str(p))]


def compare(paths: Sequence[str | Path]) -> int:
    """Parse ``paths`` both ways; the number of postings, or an error if they differ."""
    distributed = parse_on_cluster(paths)
    single = parse_here(paths)
    if [(p.filename, p.to_json()) for p in distributed] != [(p.filename, p.to_json()) for p in single]:
        raise AssertionError("the cluster's postings differ from the single-process ones")
    return len(single)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    print(f"{compare(sys.argv[1:])} postings, identical on the cluster and in one process")
