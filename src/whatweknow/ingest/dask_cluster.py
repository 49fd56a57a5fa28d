"""Running :func:`~.partitions.ingest_partition` over partitions as tasks on a Dask distributed
cluster (``wwk ingest --dask local|tcp://HOST:PORT``), yielding what :mod:`.process_pool` yields.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator, Sequence
from typing import Any

from .partitions import (
    RETRIES,
    IngestJob,
    PartitionFailure,
    PartitionOutcome,
    PartitionRetry,
    failed_after_retries,
    ingest_partition,
)


def run_on_dask(
    job: IngestJob, parts: Sequence[Sequence[str]], address: str, workers: int
) -> Iterator[PartitionOutcome]:
    """Partitions as tasks on a Dask cluster: ``local`` starts a LocalCluster of ``workers``
    single-threaded processes; otherwise ``address`` is a running scheduler's. A task that raises
    is submitted again, up to ``RETRIES`` times (a worker that dies is Dask's to replace: its
    tasks are rescheduled).

    A local cluster is ours, and what happens in it is reported by the lines this yields (a
    partition's failure, its retry); Dask's own logs of it are silenced below critical: they
    repeat a failure we report ("Compute Failed") or tell of the cluster's teardown (a worker's
    heartbeat to a scheduler that is closing), tracebacks a run that went well should not print.
    Its HTTP servers take a free port, not Dask's default one, which another cluster may hold."""
    try:
        distributed: Any = importlib.import_module("distributed")  # untyped
    except ModuleNotFoundError:
        raise RuntimeError(
            "--dask needs Dask distributed: pip install 'whatweknow[dask]'"
        ) from None
    cluster: Any = None
    if address == "local":
        cluster = distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.CRITICAL,
        )
        client = distributed.Client(cluster)
    else:
        client = distributed.Client(address)
    try:
        tries = dict.fromkeys(range(len(parts)), 0)
        index: dict[str, int] = {}

        def submit(i: int) -> Any:
            future = client.submit(ingest_partition, job, i, parts[i], pure=False)
            index[future.key] = i
            return future

        pending = distributed.as_completed([submit(i) for i in range(len(parts))])
        for future in pending:
            i = index.pop(future.key)
            if future.status != "error":
                yield future.result()
                continue
            tries[i] += 1
            if tries[i] > RETRIES:
                yield PartitionFailure(i, parts[i], failed_after_retries(future.exception()))
            else:
                yield PartitionRetry(i, parts[i], repr(future.exception()), tries[i])
                pending.add(submit(i))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
