"""Writing .docx archives fast: parts that never change are deflated once per template.

Styles and themes make up most of a letter's bytes; compressing them again for each of
10,000 letters would cost more than the merge itself.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass

_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_CENTRAL_HEADER = struct.Struct("<4s6H3L5H2L")
_END_RECORD = struct.Struct("<4s4H2LH")
_VERSION = 20
_DEFLATED = 8
_DOS_TIME, _DOS_DATE = 0, (0 << 9) | (1 << 5) | 1  # 1980-01-01 00:00, stable output
_LEVEL = 6


@dataclass(frozen=True)
class PackedEntry:
    name: bytes
    crc: int
    size: int
    data: bytes  # raw deflate stream


def pack(name: str, blob: bytes) -> PackedEntry:
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    data = compressor.compress(blob) + compressor.flush()
    return PackedEntry(name.encode("utf-8"), zlib.crc32(blob), len(blob), data)


def write_archive(entries: list[PackedEntry], replaced: Mapping[str, bytes]) -> bytes:
    """The archive of entries, with the named parts swapped for new content."""
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for entry in entries:
        blob = replaced.get(entry.name.decode("utf-8"))
        if blob is not None:
            entry = pack(entry.name.decode("utf-8"), blob)
        flags = 0x800 if not entry.name.isascii() else 0
        header = _LOCAL_HEADER.pack(
            b"PK\x03\x04", _VERSION, flags, _DEFLATED, _DOS_TIME, _DOS_DATE,
            entry.crc, len(entry.data), entry.size, len(entry.name), 0,
        )  # fmt: skip
        central.append(
            _CENTRAL_HEADER.pack(
                b"PK\x01\x02",
                _VERSION,
                _VERSION,
                flags,
                _DEFLATED,
                _DOS_TIME,
                _DOS_DATE,
                entry.crc,
                len(entry.data),
                entry.size,
                len(entry.name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )  # fmt: skip
            + entry.name
        )
        out += (header, entry.name, entry.data)
        offset += len(header) + len(entry.name) + len(entry.data)
    directory = b"".join(central)
    end = _END_RECORD.pack(
        b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), offset, 0
    )
    return b"".join(out) + directory + end
