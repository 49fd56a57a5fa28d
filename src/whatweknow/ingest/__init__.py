"""Ingesting: analysed articles into the store and their stories.

:func:`ingest_one` is the one step every path takes for an article (``wwk ingest``, ``wwk demo``,
the web API, each worker of a parallel run); :mod:`.partitions` splits a large input for workers,
which :mod:`.process_pool` runs in local processes and :mod:`.dask_cluster` on a Dask cluster.
"""

from .one import Ingested, Outcome, ingest_one, place_pending, unstored
from .partitions import (
    RETRIES,
    IngestJob,
    PartitionFailure,
    PartitionOutcome,
    PartitionResult,
    PartitionRetry,
    ingest_partition,
    input_files,
    partition,
)

__all__ = [
    "RETRIES",
    "IngestJob",
    "Ingested",
    "Outcome",
    "PartitionFailure",
    "PartitionOutcome",
    "PartitionResult",
    "PartitionRetry",
    "ingest_one",
    "ingest_partition",
    "input_files",
    "partition",
    "place_pending",
    "unstored",
]
