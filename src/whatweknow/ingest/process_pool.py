"""Running :func:`~.partitions.ingest_partition` over partitions in a local pool of processes
(``wwk ingest --workers N``). As each partition ends it yields its
:class:`~.partitions.PartitionResult` or a :class:`~.partitions.PartitionFailure` (the partition
raised on every one of its ``1 + RETRIES`` tries), and a :class:`~.partitions.PartitionRetry` each
time a partition that raised is submitted again.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed

from .partitions import (
    RETRIES,
    IngestJob,
    PartitionFailure,
    PartitionOutcome,
    PartitionResult,
    PartitionRetry,
    failed_after_retries,
    ingest_partition,
)


def run_in_processes(
    job: IngestJob, parts: Sequence[Sequence[str]], workers: int
) -> Iterator[PartitionOutcome]:
    """Partitions in a pool of ``workers`` fresh (spawned) processes, each loading the model once;
    a partition that raises is submitted again, up to ``RETRIES`` times."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        tries = dict.fromkeys(range(len(parts)), 0)
        futures: dict[Future[PartitionResult], int] = {
            pool.submit(ingest_partition, job, i, parts[i]): i for i in range(len(parts))
        }
        while futures:
            done = next(as_completed(futures))
            index = futures.pop(done)
            try:
                yield done.result()
            except Exception as exc:  # retried, then reported
                tries[index] += 1
                if tries[index] > RETRIES:
                    yield PartitionFailure(index, parts[index], failed_after_retries(exc))
                else:
                    yield PartitionRetry(index, parts[index], repr(exc), tries[index])
                    futures[pool.submit(ingest_partition, job, index, parts[index])] = index
