"""From paths to documents: walk directories, check each file, pick its reader, check the language.

The reader is chosen by the file's extension, or by a look at its first bytes when the extension
says nothing (:mod:`.registry`, the table of readers). Each problem is yielded (a
:class:`ReadProblem`) and the batch goes on.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import W
from . import registry
from .base import RawDocument, ReadOptions, ReadProblem, Result
from .fetch import SNIFF, Fetched, fetch, is_url
from .lang import guess_language


def read_paths(paths: Iterable[str | Path], options: ReadOptions) -> Iterator[Result]:
    """Every document (or problem) of every path, in order; directories are read recursively."""
    for path in paths:
        yield from read_path(path, options)


def read_path(path: str | Path, options: ReadOptions) -> Iterator[Result]:
    """The documents of one file, or of the article files under one directory (sorted; hidden
    files and files without an article extension are skipped; a directory with none is one
    problem, W059). An address (``https://…``, given as a string) is fetched (:mod:`.fetch`)."""
    if isinstance(path, str) and is_url(path):
        yield from read_url(path, options)
        return
    found = False
    for item in walk(Path(path), options.follow_links):
        found = True
        if isinstance(item, ReadProblem):
            yield item
        else:
            yield from _read(item, options)
    if not found:
        yield no_articles(str(path))


def no_articles(path: str) -> ReadProblem:
    """W059 for a folder with no article file in it, naming the endings read."""
    return ReadProblem(path, W.NO_ARTICLES.format(suffixes=", ".join(registry.SUFFIXES)))


def walk(path: Path, follow_links: bool = False) -> Iterator[Path | ReadProblem]:
    """The files to read for one path given: itself if it is not a directory, else the article
    files under it (sorted, recursively; hidden ones and other names are skipped).

    Only what lies inside the directory given is read: a symbolic link under it that resolves
    outside it (``ln -s / root``, ``ln -s /etc/passwd passwd.txt``) is skipped with W043, and one
    that resolves nowhere (a loop, a missing target) with W044, unless ``follow_links``. A link
    inside the tree is followed; a directory already walked (a link back up) is not walked twice.
    A path named itself is read wherever it leads: it was asked for."""
    root = path.resolve() if path.is_dir() else path
    yield from _walk(path, root, follow_links, set())


def _walk(path: Path, root: Path, follow: bool, seen: set[Path]) -> Iterator[Path | ReadProblem]:
    if not path.is_dir():
        yield path
        return
    real = path.resolve()
    if real in seen:  # a link back up the tree
        return
    seen.add(real)
    try:
        children = sorted(path.iterdir())
    except PermissionError:
        yield ReadProblem(str(path), W.PERMISSION.format())
        return
    except OSError as exc:
        yield ReadProblem(str(path), W.READ_FAILED.format(detail=exc.strerror or exc))
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_symlink() and not follow and (problem := _escapes(child, root)):
            if registry.known_suffix(child.name) or problem != W.LINK_NOWHERE.format():
                yield ReadProblem(str(child), problem)
            continue
        if child.is_dir() or registry.known_suffix(child.name):
            yield from _walk(child, root, follow, seen)


def _escapes(link: Path, root: Path) -> str | None:
    """Why a link under ``root`` is not followed, or None if it stays inside."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):  # a loop, or a missing target
        return W.LINK_NOWHERE.format()
    if not target.is_relative_to(root):
        return W.LINK_OUTSIDE.format()
    return None


def reread(
    format: str, raw: bytes, meta: Mapping[str, str | None], source: str, options: ReadOptions
) -> Result:
    """Read again one stored payload (``RawDocument.format``, ``.raw`` and ``.meta``). A date
    that overrode the article's when it was first read is in ``meta`` and applies again, and so
    does an outlet."""
    reader = registry.for_format(format)
    if reader is None:
        doc: Result = ReadProblem(source, W.BAD_RECORD.format(detail=f"unknown reader {format!r}"))
    else:
        doc = reader.reread(raw, source, meta)
    if options.published is None and (day := _iso_day(meta.get("published"))) is not None:
        options = dataclasses.replace(options, published=day)
    if options.outlet is None and meta.get("outlet"):
        options = dataclasses.replace(options, outlet=meta.get("outlet"))
    return _finish(doc, options)


def read_url(url: str, options: ReadOptions) -> Iterator[Result]:
    """The documents of the page at ``url`` (see :mod:`.fetch` for what is refused): read by
    the reader its content type names; the final address, the time of the fetch and the
    server's charset kept in ``meta`` with the body as received. A page that is all but empty
    once read is taken for a paywall or a script-built page (W058)."""
    got = fetch(
        url,
        max_bytes=options.max_bytes,
        timeout=options.fetch_timeout,
        allow_private=options.allow_private,
    )
    if isinstance(got, ReadProblem):
        yield got
        return
    yield from read_fetched(got, url, options)


def read_fetched(got: Fetched, url: str, options: ReadOptions) -> Iterator[Result]:
    """The documents of a page fetched from ``url`` (see :func:`read_url`)."""
    name = got.reader
    if name is None:
        yield ReadProblem(url, W.CONTENT_TYPE.format(kind=got.content_type))
        return
    if not got.raw.strip():
        yield ReadProblem(url, W.EMPTY.format())
        return
    if name == SNIFF:
        reader = registry.reader_for(urlsplit(got.url).path.rsplit("/", 1)[-1], got.raw)
    else:
        reader = registry.by_name(name)
    meta = {"fetched": got.fetched.isoformat(timespec="seconds"), "charset": got.charset}
    docs: Iterable[Result]
    if reader.one_page:  # read as a stored page is: with its address and its server's charset
        page = reader.reread(got.raw, url, {"url": got.url, "charset": got.charset})
        if reader.check_page is not None:
            article = None if isinstance(page, ReadProblem) else page.article
            if (why := reader.check_page(got.raw, article)) is not None:
                page = ReadProblem(url, why)
        docs = [page]
    else:  # feeds, JSON and WARC records name their own addresses
        docs = reader.read(got.raw, url)
        meta["fetched_from"] = got.url
    for doc in docs:
        if isinstance(doc, RawDocument):
            doc = dataclasses.replace(doc, meta={**doc.meta, **meta})
        yield _finish(doc, options)


def _read(path: Path, options: ReadOptions) -> Iterator[Result]:
    """One file: checked from ``stat`` before it is opened, so a FIFO or a device is refused
    without blocking on it, and a file over the size limit is never loaded."""
    source = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        yield ReadProblem(source, W.NOT_FOUND.format())
        return
    except PermissionError:
        yield ReadProblem(source, W.PERMISSION.format())
        return
    except OSError as exc:
        yield ReadProblem(source, W.READ_FAILED.format(detail=exc.strerror or exc))
        return
    if not stat.S_ISREG(info.st_mode):
        yield ReadProblem(source, W.NOT_A_FILE.format())
    elif info.st_size > options.max_bytes:
        yield ReadProblem(source, W.TOO_BIG.format(size=info.st_size, limit=options.max_bytes))
    else:
        yield from _read_file(path, options)


def _read_file(path: Path, options: ReadOptions) -> Iterator[Result]:
    source = str(path)
    try:
        # O_NONBLOCK: a file swapped for a FIFO after its stat must not block the reader
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as f:
            opened = os.fstat(f.fileno())
            if not stat.S_ISREG(opened.st_mode):
                yield ReadProblem(source, W.NOT_A_FILE.format())
                return
            raw = f.read(options.max_bytes + 1)  # never more than the limit and a byte
    except PermissionError:
        yield ReadProblem(source, W.PERMISSION.format())
        return
    except OSError as exc:
        yield ReadProblem(source, W.READ_FAILED.format(detail=exc.strerror or exc))
        return
    if len(raw) > options.max_bytes:  # it grew after its size was checked
        size = max(opened.st_size, len(raw))
        yield ReadProblem(source, W.TOO_BIG.format(size=size, limit=options.max_bytes))
    elif not raw.strip():
        yield ReadProblem(source, W.EMPTY.format())
    else:
        for doc in registry.reader_for(path.name, raw).read(raw, source):
            yield _finish(doc, options)


def reader_for(name: str, raw: bytes) -> str:
    """The name of the reader for a file: by its extension, else by its first bytes."""
    return registry.reader_for(name, raw).name


def _finish(doc: Result, options: ReadOptions) -> Result:
    """Guess the language (skip what is surely not English unless asked; see :mod:`.lang`)
    and apply the options."""
    if isinstance(doc, ReadProblem):
        return doc
    guess = guess_language(doc.article.text)
    if guess.not_english and not options.lang_any:  # only when sure: a guess is recorded
        return ReadProblem(doc.source, W.NOT_ENGLISH.format(lang=guess.lang))
    update: dict[str, object] = {"lang": guess.lang}
    meta = doc.meta
    if options.published is not None:
        update["published"] = options.published
        meta = {**meta, "published": options.published.isoformat()}
    if options.outlet is not None:
        update["outlet"] = options.outlet
        meta = {**meta, "outlet": options.outlet}
    return dataclasses.replace(doc, article=doc.article.model_copy(update=update), meta=meta)


def _iso_day(value: str | None) -> date | None:
    try:
        return datetime.fromisoformat(value).date() if value else None
    except ValueError:
        return None
