#!/usr/bin/env python3
"""Writes the ZIP64 fixtures of ZipSixtyFourTests from ../features.docx and ../sample.odt (our own files).
Run from this folder: python3 make-zip64.py (needs Info-ZIP's zip for the -fz files). The committed files
are the reference.

- infozip-fz.docx, infozip-fz.odt: the parts re-zipped by Info-ZIP with -fz (forced ZIP64): a ZIP64 end
  record and locator, the end record's directory offset marked 0xFFFFFFFF, every central-directory entry's
  uncompressed size marked and given in a ZIP64 extra field, ZIP64 fields in the local headers.
- python-force.docx: Python's zipfile with force_zip64=True: ZIP64 fields in the local headers only.
- full.docx: written here: every size and every non-zero local-header offset marked in the central
  directory and given in its ZIP64 field, ZIP64 fields in the local headers, the end record all markers.
- entry-past-the-end.docx: full.docx whose main part claims 8 GiB of compressed bytes.
- deflate-stream-without-end.docx: full.docx whose _rels/.rels holds a deflate stream that does not end
  within its 5 bytes: a non-final stored block announcing 65535 bytes, as in
  ../../../fuzz/office-deflate-stream-without-end.docx.
- zero-offset-marker.docx: full.docx that also marks the first entry's local-header offset, 0.
"""
import os
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib

MARK32 = 0xFFFFFFFF
TIME, DATE = 0, (2024 - 1980) << 9 | 1 << 5 | 1  # 2024-01-01 00:00


def parts(path):
    with zipfile.ZipFile(path) as z:
        return [(info.filename, z.read(info), info.compress_type) for info in z.infolist()]


def infozip(source, target):
    folder = tempfile.mkdtemp()
    try:
        names = []
        for name, data, _ in parts(source):
            path = os.path.join(folder, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
            names.append(name)
        for root, dirs, files in os.walk(folder):
            for item in dirs + files:
                os.utime(os.path.join(root, item), (1704067200, 1704067200))
        if os.path.exists(target):
            os.remove(target)
        # -X: no extra attributes, -D: no folder entries, -0 for the stored mimetype of an .odt.
        env = dict(os.environ, TZ="UTC")
        stored = [n for n in names if n == "mimetype"]
        if stored:
            subprocess.run(["zip", "-q", "-X", "-D", "-fz", "-0", os.path.abspath(target)] + stored,
                           cwd=folder, check=True, env=env)
        rest = [n for n in names if n != "mimetype"]
        subprocess.run(["zip", "-q", "-X", "-D", "-fz", os.path.abspath(target)] + rest,
                       cwd=folder, check=True, env=env)
    finally:
        shutil.rmtree(folder)


def python_force(source, target):
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data, _ in parts(source):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with z.open(info, "w", force_zip64=True) as f:
                f.write(data)


def full(source, target, claimed=None, endless=None, mark_zero_offset=False):
    """A ZIP64 archive with every value it can mark marked; `claimed` maps a name to the compressed size its
    central-directory field gives, `endless` names the entry whose deflate stream never ends."""
    out = bytearray()
    central = bytearray()
    entries = parts(source)
    for name, data, _ in entries:
        raw = name.encode()
        if name == endless:
            packed = bytes([0x00, 0xFF, 0xFF, 0x00, 0x00])  # a non-final stored block of 65535 bytes, none there
        else:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            packed = c.compress(data) + c.flush()
        crc = zlib.crc32(data)
        offset = len(out)
        local_extra = struct.pack("<HHQQ", 1, 16, len(data), len(packed))
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, TIME, DATE, crc, MARK32, MARK32, len(raw),
                           len(local_extra)) + raw + local_extra + packed
        values = [len(data), claimed.get(name, len(packed)) if claimed else len(packed)]
        marks_offset = offset != 0 or mark_zero_offset
        if marks_offset:
            values.append(offset)
        extra = struct.pack("<HH", 1, 8 * len(values)) + b"".join(struct.pack("<Q", v) for v in values)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, TIME, DATE, crc, MARK32, MARK32,
                               len(raw), len(extra), 0, 0, 0, 0, MARK32 if marks_offset else offset) + raw + extra
    directory = len(out)
    out += central
    record = len(out)
    out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(entries), len(entries), len(central),
                       directory)
    out += struct.pack("<IIQI", 0x07064B50, 0, record, 1)
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, MARK32, MARK32, 0)
    with open(target, "wb") as f:
        f.write(out)


docx, odt = "../features.docx", "../sample.odt"
infozip(docx, "infozip-fz.docx")
infozip(odt, "infozip-fz.odt")
python_force(docx, "python-force.docx")
full(docx, "full.docx")
full(docx, "entry-past-the-end.docx", claimed={"word/main part.xml": 8 << 30})
full(docx, "deflate-stream-without-end.docx", endless="_rels/.rels")
full(docx, "zero-offset-marker.docx", mark_zero_offset=True)
