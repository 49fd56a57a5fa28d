"""Running :func:`whatweknow.batch.ingest_partition` over partitions: in a local process pool
(``wwk ingest --workers N``) or on a Dask distributed cluster (``--dask local|tcp://HOST:PORT``).

Both yield, as each partition ends, its :class:`~whatweknow.batch.PartitionResult` or a
:class:`PartitionFailure` (the partition raised on every one of its ``1 + RETRIES`` tries), and a
:class:`PartitionRetry` each time a partition that raised is submitted again.
"""

from __future__ import annotations

import importlib
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any

from .batch import IngestJob, PartitionResult, ingest_partition

RETRIES = 2


@dataclass(frozen=True)
class PartitionFailure:
    index: int
    files: Sequence[str]
    error: str

    @property
    def source(self) -> str:
        first = self.files[0] if self.files else "(no files)"
        more = f" and {len(self.files) - 1} more" if len(self.files) > 1 else ""
        return f"partition {self.index} ({first}{more})"


@dataclass(frozen=True)
class PartitionRetry(PartitionFailure):
    """A partition raised on try ``attempt`` and is submitted again."""

    attempt: int = 1


Outcome = PartitionResult | PartitionFailure | PartitionRetry


def run_processes(
    job: IngestJob, parts: Sequence[Sequence[str]], workers: int
) -> Iterator[Outcome]:
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
                    yield PartitionFailure(index, parts[index], _error(exc))
                else:
                    yield PartitionRetry(index, parts[index], repr(exc), tries[index])
                    futures[pool.submit(ingest_partition, job, index, parts[index])] = index


def run_dask(
    job: IngestJob, parts: Sequence[Sequence[str]], address: str, workers: int
) -> Iterator[Outcome]:
    """Partitions as tasks on a Dask cluster: ``local`` starts a LocalCluster of ``workers``
    single-threaded processes; otherwise ``address`` is a running scheduler's. A task that raises
    is submitted again, up to ``RETRIES`` times (a worker that dies is Dask's to replace: its
    tasks are rescheduled)."""
    try:
        distributed: Any = importlib.import_module("distributed")  # untyped
    except ModuleNotFoundError:
        raise RuntimeError(
            "--dask needs Dask distributed: pip install 'whatweknow[dask]'"
        ) from None
    cluster: Any = None
    if address == "local":
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
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
                yield PartitionFailure(i, parts[i], _error(future.exception()))
            else:
                yield PartitionRetry(i, parts[i], repr(future.exception()), tries[i])
                pending.add(submit(i))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _error(exc: BaseException | None) -> str:
    return f"failed after {1 + RETRIES} tries: {exc!r}"
