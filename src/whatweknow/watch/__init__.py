"""Following sources (``wwk watch``): feeds, pages and folders read again each round, what is new
analysed and stored through the one ingest path, and a digest of what changed.

:mod:`.sources` reads the list of sources (arguments, a text file, OPML); :mod:`.items` says what
makes an item the same item; :mod:`.rounds` runs one round; :mod:`.digest` prints it.
"""

from .items import canonical_url, item_keys
from .rounds import RoundReport, SourceReport, Watcher
from .sources import read_sources

__all__ = [
    "RoundReport",
    "SourceReport",
    "Watcher",
    "canonical_url",
    "item_keys",
    "read_sources",
]
