"""Read a file (or standard input) into text: the one door every input comes through.

Bytes are decoded as UTF-8 (a BOM is dropped), as UTF-16 or UTF-32 with a BOM,
or as UTF-16 without one when its NUL bytes say so. Binary files are refused
after a sniff of their start, before the rest is read, and no more than a size
cap is read. Every failure is a one-line :class:`~jpterms.errors.JptermsError`.
Line endings are kept as they are, so offsets match the file on disk.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from typing import BinaryIO

from jpterms.errors import JptermsError

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
#: Byte-order marks and their codecs (also used when a fix writes a file back).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP/DOCX"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x1f\x8b", "gzip"),
    (b"\x7fELF", "ELF"),
    (b"\xd0\xcf\x11\xe0", "MS Office"),
)

_SNIFF = 8192
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")


def _binary_error(path: str, what: str = "") -> JptermsError:
    kind = f" ({what})" if what else ""
    return JptermsError(f"{path}: binary file{kind}, not text; extract its text first")


def _japanese_legacy_encoding(data: bytes) -> str | None:
    """The name of a legacy Japanese encoding that decodes ``data`` into Japanese."""
    for codec, name in (("cp932", "SHIFT_JIS"), ("euc_jp", "EUC-JP")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if sum(1 for c in text if "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff") >= 2:
            return name
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when NUL bytes fill one byte of most code units
    (the high byte of ASCII and Latin letters), else None.

    >>> utf16_without_bom("Tōkyō kyōgi".encode("utf-16-le")), utf16_without_bom(b"plain")
    ('utf-16-le', None)
    >>> utf16_without_bom(b"abc\\x00\\x01\\x02def") is None  # NULs, but no pattern
    True
    """
    if len(head) < 4 or head.count(0) < 2:  # one NUL in six bytes is no pattern (Ky\0ogi)
        return None
    units = len(head) // 2
    even, odd = head[0 : units * 2 : 2].count(0), head[1 : units * 2 : 2].count(0)
    if odd >= units * 0.3 and even <= odd // 20:
        return "utf-16-le"
    if even >= units * 0.3 and odd <= even // 20:
        return "utf-16-be"
    return None


def read_bytes_text(data: bytes, path: str) -> str:
    """Decode a file's bytes: UTF-8 (BOM stripped), UTF-16/32 with a BOM, or UTF-16
    without one.

    Line endings are kept as they are, so offsets match the file on disk.

    >>> read_bytes_text(b"\\xef\\xbb\\xbfky\\xc5\\x8dgi", "a.txt")
    'kyōgi'
    >>> read_bytes_text("Tōkyō".encode("utf-16"), "a.txt")
    'Tōkyō'
    >>> read_bytes_text("Tōkyō".encode("utf-16-be"), "a.txt")  # no BOM
    'Tōkyō'
    >>> read_bytes_text(b"", "a.txt")
    ''
    >>> read_bytes_text(b"caf\\xe9", "a.txt")
    Traceback (most recent call last):
    ...
    jpterms.errors.JptermsError: a.txt: not UTF-8 text (byte 0xe9 at offset 3); convert it to UTF-8
    >>> read_bytes_text(b"%PDF-1.7 ...", "a.pdf")
    Traceback (most recent call last):
    ...
    jpterms.errors.JptermsError: a.pdf: binary file (PDF), not text; extract its text first
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                label = encoding.upper().replace("-LE", " LE").replace("-BE", " BE")
                raise JptermsError(
                    f"{path}: not valid {label} text (bad data at offset "
                    f"{exc.start + len(bom)}); convert it to UTF-8"
                ) from None
            break
    else:
        for magic, what in _MAGIC:
            if data.startswith(magic):
                raise _binary_error(path, what)
        if (utf16 := utf16_without_bom(data[:_SNIFF])) is not None and len(data) % 2 == 0:
            try:
                return _checked_text(data.decode(utf16), path)
            except UnicodeDecodeError:
                raise _binary_error(path) from None
        if b"\x00" in data[:_SNIFF]:
            raise _binary_error(path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            hint = ""
            legacy = _japanese_legacy_encoding(data)
            if legacy:
                hint = f" (it looks like {legacy}: iconv -f {legacy} -t UTF-8)"
            raise JptermsError(
                f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
                f"{exc.start}); convert it to UTF-8{hint}"
            ) from None
    return _checked_text(text, path)


def _checked_text(text: str, path: str) -> str:
    """``text`` unless NUL characters or control characters say it is binary."""
    if "\x00" in text:
        raise _binary_error(path)
    head = text[:_SNIFF]
    controls = sum(1 for c in head if c < " " and c not in _TEXT_CONTROLS)
    if head and controls * 10 > len(head):
        raise _binary_error(path)
    return text


#: The largest file read unless the caller raises the limit (``--max-file-size``).
DEFAULT_MAX_BYTES = 20_000_000


def _read_capped(handle: BinaryIO, path: str, max_bytes: int) -> bytes:
    """Read a stream: sniff its start for binary data first, then at most ``max_bytes``."""
    head = handle.read(_SNIFF)
    if not any(head.startswith(bom) for bom, _ in BOMS) and utf16_without_bom(head) is None:
        for magic, what in _MAGIC:
            if head.startswith(magic):
                raise _binary_error(path, what)
        if b"\x00" in head:
            raise _binary_error(path)
    rest = handle.read(max(0, max_bytes - len(head)) + 1)
    if len(head) + len(rest) > max_bytes:
        raise too_large(path, max_bytes)
    return head + rest


def too_large(path: str, max_bytes: int) -> JptermsError:
    """The one-line error for a file over the size limit, the same for every reader.

    >>> print(too_large("big.mrc", 20_000_000))
    big.mrc: larger than the 20 MB limit; raise it with --max-file-size MB
    """
    return JptermsError(f"{path}: larger than the {max_bytes / 1e6:g} MB limit; "
                        "raise it with --max-file-size MB")


def read_capped_bytes(handle: BinaryIO, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """At most ``max_bytes`` of a binary stream (a MARC file), or :func:`too_large`: a
    huge file or an endless pipe is refused after ``max_bytes + 1`` bytes, never read whole.

    >>> import io
    >>> read_capped_bytes(io.BytesIO(b"00026"), "a.mrc", 5)
    b'00026'
    >>> read_capped_bytes(io.BytesIO(b"000260"), "a.mrc", 5)
    Traceback (most recent call last):
    ...
    jpterms.errors.JptermsError: a.mrc: larger than the 5e-06 MB limit; raise it with --max-file-size MB
    """
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(path, max_bytes)
    return data


#: How long a named pipe (``mkfifo``) or a device given as an input may stay silent
#: before anything is read: a pipe nobody writes to is an error, not a wait for ever.
SILENT_PIPE_SECONDS = 5.0


def _named_pipe(path: str) -> bool:
    """Whether ``path`` leads to a FIFO with a name in the file system (``mkfifo``), as
    opposed to a pipe the shell made (``<(cat doc.md)``, ``/dev/stdin``): such a pipe's
    writer exists from the start, while a named one may have none."""
    try:
        return stat.S_ISFIFO(os.lstat(os.path.realpath(path)).st_mode)
    except OSError:  # /proc/self/fd/63 -> "pipe:[123]": no name to find
        return False


def open_input(path: str) -> BinaryIO:
    """Open a file to read its bytes, never waiting for ever on a pipe or a device.

    A regular file opens as usual. A named pipe (``mkfifo``) opens without waiting for a
    writer; if nothing is written (and no writer comes and goes) within
    :data:`SILENT_PIPE_SECONDS`, it is a :class:`JptermsError`. So is a device with
    nothing to read (a terminal, which a user types into, excepted). A pipe the shell
    made (``check <(cat doc.md)``) is read as it comes. A directory raises
    :class:`IsADirectoryError`, as :func:`open` does.

    >>> with open_input("/dev/null") as handle:
    ...     handle.read()
    b''
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", path)
        if (stat.S_ISFIFO(mode) and _named_pipe(path)) or (
                stat.S_ISCHR(mode) and not os.isatty(fd)):
            _wait_for_data(fd, path)
        if not stat.S_ISREG(mode):
            os.set_blocking(fd, True)
        return open(fd, "rb")  # the caller closes it
    except BaseException:
        os.close(fd)
        raise


def _wait_for_data(fd: int, path: str) -> None:
    """Return once ``fd`` has something to read, or its writer has come and gone."""
    import select

    if not hasattr(select, "poll"):
        return  # no poll (Windows): no named pipes there either
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLPRI)
    if not poller.poll(int(SILENT_PIPE_SECONDS * 1000)):
        what = "named pipe" if stat.S_ISFIFO(os.fstat(fd).st_mode) else "device"
        raise JptermsError(f"{path}: a {what} with nothing written to it in "
                           f"{SILENT_PIPE_SECONDS:g} s; write to it first, or pipe the text "
                           "to '-'")


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode a file; ``-`` reads standard input.

    The start is sniffed for binary data before the rest is read, and no more than
    ``max_bytes`` are read. Every failure becomes a one-line :class:`JptermsError`.

    >>> read_path("/no/such/file.txt")
    Traceback (most recent call last):
    ...
    jpterms.errors.JptermsError: /no/such/file.txt: no such file
    >>> read_path("/dev/zero")
    Traceback (most recent call last):
    ...
    jpterms.errors.JptermsError: /dev/zero: binary file, not text; extract its text first
    """
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data = _read_capped(sys.stdin.buffer, name, max_bytes)
        else:
            with open_input(path) as fh:
                data = _read_capped(fh, name, max_bytes)
    except FileNotFoundError:
        raise JptermsError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise JptermsError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise JptermsError(f"{path}: permission denied") from None
    except OSError as exc:
        raise JptermsError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return read_bytes_text(data, name)
