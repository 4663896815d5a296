"""Recovering an embedded Chroma store whose HNSW segment files a killed process left torn.

Why this exists, measured on chromadb 1.5.9: its Rust core saves a collection's vector segment every
``sync_threshold`` writes by rewriting the four hnswlib files in place, then recreating
``index_metadata.pickle`` with ``open(O_WRONLY|O_CREAT|O_TRUNC)`` followed by buffered writes: no temporary
file, no rename, no fsync (seen with ``strace``). A SIGKILL inside that window leaves a truncated pickle (or
an hnswlib file shorter than its header says), and from then on every read of the collection fails ("Error
deserializing pickle file: … EOF while parsing"), so the store cannot be opened at all.

Chroma cannot rebuild the segment from its log by itself: with ``automatically_purge`` (the default) the log
rows older than the last save are deleted, so a segment folder that is removed comes back holding only the
writes since that save. What does survive is everything else: Chroma's SQLite metadata segment keeps every
record (id, document, metadata), and the local index keeps every recallable record's vector.

So, before Chroma opens the folder (:func:`quarantine_torn_segments`), each segment folder is checked; a torn
one is first recorded in ``.spectron-rebuild.json`` (with its collection), then removed. Chroma then opens
with an empty segment for that collection, and :func:`rebuild_pending` re-writes every record of the
collection through Chroma with its vector (the local index's, re-embedded when the index lacks it, the
constant vector for the ``_meta`` collection). The record file entry is dropped only once the rebuild is
done, so a process killed during it rebuilds again on the next open instead of leaving vectors missing.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import shutil
import struct
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ._scrub import scrub_hnsw_slack, vector_collections

__all__ = [
    "ANY_COLLECTION",
    "REBUILD_FILE",
    "HnswHeader",
    "TornSegment",
    "pending_rebuilds",
    "quarantine_collections",
    "quarantine_torn_segments",
    "read_hnsw_header",
    "rebuild_pending",
    "segment_problem",
]

log = logging.getLogger("spectron_core.store")

REBUILD_FILE = ".spectron-rebuild.json"
"""Segments removed as torn whose collection still has to be re-written (inside the store folder)."""
ANY_COLLECTION = "*"
"""Collection name recorded when the segment's owner could not be read: every collection of ours is rebuilt."""
_TORN_PREFIX = ".spectron-torn-"
_PICKLE = "index_metadata.pickle"
_FILES = ("header.bin", "data_level0.bin", "length.bin", "link_lists.bin")

_HEADER = struct.Struct("<i6QiI3QdQ")
"""chroma-hnswlib's ``header.bin`` (``persistHeader``): format version (int32); offsetLevel0, max_elements,
cur_element_count, size_data_per_element, label_offset, offsetData (size_t); maxlevel (int32),
enterpoint_node (uint32); maxM, maxM0, M (size_t); mult (double); ef_construction (size_t)."""


@dataclass(frozen=True)
class HnswHeader:
    """The fields of ``header.bin`` that say how long the other three files must be."""

    version: int
    max_elements: int
    count: int
    per_element: int
    label_offset: int
    enterpoint: int
    max_m: int
    max_m0: int

    @property
    def sane(self) -> bool:
        """Whether the numbers can describe an index hnswlib wrote (a torn or zeroed header cannot)."""
        return (
            self.version == 1
            and self.count <= self.max_elements
            and self.per_element > 0
            and self.label_offset + 8 <= self.per_element
            and self.max_m > 0
            and 0 < self.max_m0 * 4 + 4 <= self.label_offset
            and (self.count == 0 or self.enterpoint < self.count)
        )

    @property
    def used_bytes(self) -> tuple[tuple[str, int], ...]:
        """(file, bytes its ``count`` elements fill) for the two fixed-width files: what a whole save must
        have written, and where the unused capacity that hnswlib never reads begins."""
        return (("data_level0.bin", self.count * self.per_element), ("length.bin", self.count * 4))


@dataclass(frozen=True)
class TornSegment:
    """A vector segment found torn: its id, the collection it belongs to, and what was wrong."""

    segment: str
    collection: str
    reason: str


def read_hnsw_header(folder: Path) -> HnswHeader | None:
    """The parsed ``header.bin`` of a segment folder, or None when it is missing or too short."""
    try:
        raw = (Path(folder) / "header.bin").read_bytes()
        fields = _HEADER.unpack_from(raw)
    except (OSError, struct.error):
        return None
    version, _off, max_elements, count, per_element, label_offset, _data, _lvl, enter, max_m, max_m0 = fields[:11]
    return HnswHeader(version, max_elements, count, per_element, label_offset, enter, max_m, max_m0)


# -- checking one segment folder ---------------------------------------------------------------------------


def segment_problem(folder: Path) -> str | None:
    """What makes this HNSW segment folder unloadable (a torn save), or None when it is whole.

    Checks only what a save interrupted by SIGKILL can leave behind: a header that does not parse, an hnswlib
    file shorter than the header says, a link-list file that ends inside an element, and an id map that does
    not unpickle or names labels the index does not hold. An empty folder, or files without an id map and
    with no saved element, is a segment Chroma has not saved yet: whole.
    """
    folder = Path(folder)
    present = {name for name in (*_FILES, _PICKLE) if (folder / name).is_file()}
    if not present:
        return None
    header = read_hnsw_header(folder)
    if header is None or not header.sane:
        return "header.bin is missing or unreadable"
    missing = [name for name in _FILES if name not in present]
    if missing:
        return f"{', '.join(missing)} missing"
    return _files_problem(folder, header) or _id_map_problem(folder, header, _PICKLE in present)


def _files_problem(folder: Path, header: HnswHeader) -> str | None:
    """Whether the three data files hold every element the header counts."""
    for name, need in header.used_bytes:
        size = (folder / name).stat().st_size
        if size < need:
            return f"{name} holds {size} bytes, the header's {header.count} elements need {need}"
    return _level0_problem(folder / "data_level0.bin", header) or _link_lists_problem(folder / "link_lists.bin", header)


def _level0_problem(path: Path, header: HnswHeader) -> str | None:
    """Each element starts with its level-0 neighbour list: a uint16 count (at most ``maxM0``) then uint32
    element numbers. One that points past the saved elements would make hnswlib read outside its memory
    (a crash on every open, not an error), so it counts as torn."""
    if header.count == 0:
        return None
    data = np.memmap(path, dtype=np.uint8, mode="r", shape=(header.count * header.per_element,))
    sizes = np.ndarray((header.count,), dtype="<u2", buffer=data, strides=(header.per_element,))
    if int(sizes.max()) > header.max_m0:
        return "data_level0.bin holds a neighbour list longer than the index allows"
    links = np.ndarray(
        (header.count, header.max_m0), dtype="<u4", buffer=data, offset=4, strides=(header.per_element, 4)
    )
    used = np.arange(header.max_m0) < sizes[:, None]
    if bool((used & (links >= header.count)).any()):
        return "data_level0.bin links to elements the index does not hold"
    return None


def _link_lists_problem(path: Path, header: HnswHeader) -> str | None:
    """``link_lists.bin`` is, per element, a uint32 byte count then that many bytes of upper-level links
    (a multiple of one level's ``maxM * 4 + 4`` bytes); a save cut short ends inside that sequence."""
    raw = path.read_bytes()
    per_level = header.max_m * 4 + 4
    at = 0
    for element in range(header.count):
        if at + 4 > len(raw):
            return f"link_lists.bin ends at element {element} of {header.count}"
        (size,) = struct.unpack_from("<I", raw, at)
        at += 4 + size
        if size % per_level or at > len(raw):
            return f"link_lists.bin is cut or garbled at element {element} of {header.count}"
    return None


class _DataOnly(pickle.Unpickler):
    """Chroma's id map is plain dicts, ints and strings: refuse anything that would import code."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"unexpected global {module}.{name}")


def _id_map_problem(folder: Path, header: HnswHeader, has_pickle: bool) -> str | None:
    """Whether ``index_metadata.pickle`` reads back and maps only labels the index holds."""
    if not has_pickle:
        return None if header.count == 0 else f"{_PICKLE} missing for {header.count} saved elements"
    try:
        with (folder / _PICKLE).open("rb") as f:
            id_map = _DataOnly(f).load()
        labels = id_map["label_to_id"]
        if not isinstance(labels, dict) or len(labels) != len(id_map["id_to_label"]):
            return f"{_PICKLE} holds an inconsistent id map"
    except Exception as exc:  # any unpickling failure means the file is torn  # noqa: BLE001
        return f"{_PICKLE} is unreadable ({type(exc).__name__}: {exc})"
    unknown = _labels_not_in_index(folder / "data_level0.bin", header, labels)
    return f"{_PICKLE} maps {unknown} labels the index does not hold" if unknown else None


def _labels_not_in_index(path: Path, header: HnswHeader, labels: dict[Any, Any]) -> int:
    """How many of the id map's labels no saved element carries (each element ends with its uint64 label)."""
    if not labels:
        return 0
    if header.count == 0:
        return len(labels)
    data = np.memmap(path, dtype=np.uint8, mode="r", shape=(header.count * header.per_element,))
    stored = np.ndarray(
        (header.count,), dtype="<u8", buffer=data, offset=header.label_offset, strides=(header.per_element,)
    )
    wanted = np.fromiter((int(k) for k in labels), dtype=np.uint64, count=len(labels))
    return int((~np.isin(wanted, stored)).sum())


# -- before Chroma opens the folder ------------------------------------------------------------------------


def quarantine_torn_segments(persist_dir: Path) -> list[TornSegment]:
    """Find torn vector segments under ``persist_dir``, record them for :func:`rebuild_pending`, remove them.

    Call only while no Chroma client of this process has the folder open (Chroma keeps the segment files open
    and would keep writing to removed ones). Returns the segments removed by this call.
    """
    persist_dir = Path(persist_dir)
    _remove_leftovers(persist_dir)
    torn = {
        folder.name: reason
        for folder in _segment_folders(persist_dir)
        if (reason := segment_problem(folder)) is not None
    }
    if not torn:
        return []
    owners = _collections_of(persist_dir)
    found = [TornSegment(seg, owners.get(seg, ANY_COLLECTION), reason) for seg, reason in torn.items()]
    _set_aside(persist_dir, found)
    return found


def quarantine_collections(persist_dir: Path, collections: set[str], reason: str) -> list[TornSegment]:
    """Remove the vector segments of ``collections`` for a rebuild, whatever the checks said: for an index
    Chroma failed to load although :func:`segment_problem` found nothing (same precondition as
    :func:`quarantine_torn_segments`). Returns the segments removed (none if the catalogue is unreadable)."""
    persist_dir = Path(persist_dir)
    found = [
        TornSegment(seg, name, reason)
        for seg, name in _collections_of(persist_dir).items()
        if name in collections and (persist_dir / seg).is_dir()
    ]
    _set_aside(persist_dir, found)
    return found


def _set_aside(persist_dir: Path, found: list[TornSegment]) -> None:
    """Record the segments for :func:`rebuild_pending`, then remove them (in that order, so a kill between
    the two leaves a recorded segment that the next open finds torn again, never a lost rebuild)."""
    if not found:
        return
    _write_pending(persist_dir, _merge(pending_rebuilds(persist_dir), found))
    for seg in found:
        log.warning(
            "Chroma's vector index %s (collection %s) cannot be loaded (%s): removing it; its records "
            "are re-indexed from Chroma's SQLite and the local index",
            seg.segment,
            seg.collection,
            seg.reason,
        )
        _discard(persist_dir / seg.segment)


def _segment_folders(persist_dir: Path) -> list[Path]:
    """Chroma names each segment's folder by the segment's UUID."""
    out = []
    for child in persist_dir.iterdir() if persist_dir.is_dir() else []:
        try:
            uuid.UUID(child.name)
        except ValueError:
            continue
        if child.is_dir():
            out.append(child)
    return out


def _collections_of(persist_dir: Path) -> dict[str, str]:
    """``segment id → collection name`` of the vector segments (read in a child process, see ``_scrub``)."""
    try:
        return vector_collections(persist_dir)
    except Exception as exc:  # an unreadable catalogue: rebuild every collection we open  # noqa: BLE001
        log.warning("could not read which collection owns each segment (%s); all will be re-indexed", exc)
        return {}


def _discard(folder: Path) -> None:
    """Remove a segment folder: renamed first (one atomic step Chroma never sees half done), then deleted."""
    aside = folder.with_name(f"{_TORN_PREFIX}{folder.name}-{int(time.time())}")
    os.replace(folder, aside)
    _fsync_dir(folder.parent)
    shutil.rmtree(aside, ignore_errors=True)


def _remove_leftovers(persist_dir: Path) -> None:
    """Delete what a process killed inside :func:`_discard` renamed but did not delete."""
    for child in persist_dir.glob(f"{_TORN_PREFIX}*") if persist_dir.is_dir() else []:
        shutil.rmtree(child, ignore_errors=True)


# -- the record of segments still to rebuild ---------------------------------------------------------------


def pending_rebuilds(persist_dir: Path) -> list[TornSegment]:
    """Segments removed as torn whose collection has not been re-indexed yet."""
    path = Path(persist_dir) / REBUILD_FILE
    if not path.exists():
        return []
    try:
        return [TornSegment(**entry) for entry in json.loads(path.read_text(encoding="utf-8"))["segments"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:  # written atomically, so only by hand
        log.warning("%s is unreadable (%s): every collection will be re-indexed", path, exc)
        return [TornSegment("unknown", ANY_COLLECTION, f"unreadable {REBUILD_FILE}")]


def _merge(old: list[TornSegment], new: list[TornSegment]) -> list[TornSegment]:
    keep = {(s.segment, s.collection): s for s in old}
    keep.update({(s.segment, s.collection): s for s in new})
    return list(keep.values())


def _write_pending(persist_dir: Path, segments: list[TornSegment]) -> None:
    """Replace the record atomically (temporary file, fsync, rename): a kill leaves the old or the new one."""
    path = Path(persist_dir) / REBUILD_FILE
    if not segments:
        path.unlink(missing_ok=True)
        _fsync_dir(path.parent)
        return
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        json.dump({"segments": [asdict(s) for s in segments]}, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(str(folder), os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- after Chroma opened the folder ------------------------------------------------------------------------


def rebuild_pending(store: Any, persist_dir: Path) -> list[TornSegment]:
    """Re-index the collections of ``store`` whose segment :func:`quarantine_torn_segments` removed, then
    drop them from the record. Returns the segments rebuilt (other prefixes' collections are left pending
    for their own store)."""
    pending = pending_rebuilds(persist_dir)
    names = {f"{store.prefix}_memory": "memory", f"{store.prefix}_meta": "meta"}
    mine = [s for s in pending if s.collection in names or s.collection == ANY_COLLECTION]
    if not mine:
        return []
    which = {names[s.collection] for s in mine if s.collection in names}
    if any(s.collection == ANY_COLLECTION for s in mine):
        which = set(names.values())
    for part in sorted(which):
        count = store.reindex(part)
        log.warning("re-indexed %d records of %s_%s into a new Chroma vector index", count, store.prefix, part)
    _write_pending(persist_dir, [s for s in pending if s not in mine])
    scrub_hnsw_slack(Path(persist_dir))  # a new segment's first save writes uncleared memory (see ``_scrub``)
    return mine
