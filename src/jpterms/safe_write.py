"""Rewrite a user's file without ever losing data: the one door for ``--fix`` and
``annotate --in-place``.

A rewrite starts from a :class:`Snapshot` taken *before* the file is read, and
:func:`write_text` refuses, with a one-line :class:`~jpterms.errors.JptermsError`
and the file untouched, whenever writing could lose something:

* **Symlinks** are followed: the link stays a link and its target is rewritten.
* **Permissions.** A file with no write bit (``0444``) is refused, even for root;
  an ordinary user is refused a file the mode bits do not let them write
  (:func:`permission_problem`, the same rule as the kernel's).
* **Mode, owner and group** are kept: the new file gets the old one's mode, uid and
  gid before it becomes visible, so root fixing another user's file leaves that user
  owning it and able to read it.
* **Encoding.** UTF-8, UTF-8 with a BOM, UTF-16 and UTF-32 (with or without their
  BOM) are written back exactly so; text that cannot be encoded is refused.
* **Concurrent edits.** Just before the new text replaces the old, the file's size,
  modification time, inode and device are compared with the snapshot, and its bytes
  with the text that was read; any difference (an editor saved meanwhile) refuses
  the write.

How the bytes reach the disk, so that a crash never leaves a half-written file
where the user looks for their text:

1. **One link (the usual case): write a copy, then rename.** The new text goes to a
   temporary file in the same folder, gets the original's mode and owner, is
   flushed with ``fsync``, and is renamed over the target with :func:`os.replace`,
   which is atomic: after a crash the file holds either the old or the new text,
   never a mixture. The temporary file is removed on any error. Ctrl-C, ``kill``
   (SIGTERM) and a closed terminal (SIGHUP) are held back while one file is written
   and take effect as soon as it is whole, so they never leave a temporary file.
2. **Several hard links, or an owner/group the copy cannot be given: keep the inode
   and write in place, after a safe copy.** A rename would split the links (the
   other names would keep the old text), so the file is rewritten through its own
   inode. First the original bytes are copied to ``.NAME.jpterms-backup`` beside it
   and flushed; then the file is overwritten, truncated and flushed; then the backup
   is deleted (Ctrl-C and ``kill`` are held back meanwhile). A crash in that window can
   leave the file half-written, but the backup then holds every original byte, and
   the next rewrite of that file refuses and names the backup until the user has
   restored or removed it. Nothing is lost in either case.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> (folder / "refs.txt").write_bytes("\\ufeffkyogi\\n".encode("utf-8"))
9
>>> snap = Snapshot.take(str(folder / "refs.txt"))
>>> snap.encoding, snap.bom
('utf-8', b'\\xef\\xbb\\xbf')
>>> write_text(snap, "kyōgi\\n", original="kyogi\\n")
>>> (folder / "refs.txt").read_bytes() == "\\ufeffkyōgi\\n".encode("utf-8")
True
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from jpterms.errors import JptermsError
from jpterms.files import BOMS

#: Suffix of the safe copy made before an in-place rewrite (see the module docstring).
BACKUP_SUFFIX = ".jpterms-backup"

_HEAD = 4096


def detect_encoding(head: bytes) -> tuple[str, bytes]:
    """The codec and byte-order mark of a file that starts with ``head``.

    Without a BOM, NUL bytes in every other position mean UTF-16 (the zeros of
    ASCII letters fall on odd offsets in little-endian, on even ones in big-endian).

    >>> detect_encoding(b"\\xff\\xfek\\x00")
    ('utf-16-le', b'\\xff\\xfe')
    >>> detect_encoding("kyōgi".encode("utf-16-be"))
    ('utf-16-be', b'')
    >>> detect_encoding(b"plain")
    ('utf-8', b'')
    """
    for bom, codec in BOMS:
        if head.startswith(bom):
            return codec, bom
    if b"\x00" in head:
        odd, even = head[1::2].count(0), head[0::2].count(0)
        return ("utf-16-le" if odd >= even else "utf-16-be"), b""
    return "utf-8", b""


def permission_problem(mode: int, uid: int, gid: int, *, euid: int,
                       groups: Collection[int]) -> str | None:
    """Why a user (``euid`` in ``groups``) may not rewrite a file, or ``None``.

    A file without any write bit is read-only on purpose, so even root is refused;
    otherwise root may write, and anyone else needs the owner, group or other bit
    that applies to them, as the kernel decides.

    >>> permission_problem(0o100444, 1000, 1000, euid=1000, groups=[1000])
    'read-only file (mode 0444); make it writable first (chmod u+w)'
    >>> permission_problem(0o100444, 1000, 1000, euid=0, groups=[0]) is not None
    True
    >>> permission_problem(0o100644, 1000, 1000, euid=0, groups=[0]) is None
    True
    >>> permission_problem(0o100664, 1000, 100, euid=1001, groups=[100]) is None
    True
    >>> permission_problem(0o100644, 1000, 100, euid=1001, groups=[100])
    'permission denied (mode 0644, owned by uid 1000)'
    """
    bits = stat.S_IMODE(mode)
    if not bits & 0o222:
        return f"read-only file (mode {bits:04o}); make it writable first (chmod u+w)"
    if euid == 0:
        return None
    if uid == euid:
        allowed = bool(bits & stat.S_IWUSR)
    elif gid in groups:
        allowed = bool(bits & stat.S_IWGRP)
    else:
        allowed = bool(bits & stat.S_IWOTH)
    return None if allowed else f"permission denied (mode {bits:04o}, owned by uid {uid})"


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev


@dataclass(frozen=True)
class Snapshot:
    """What a file was when it was read: where it really lives, its metadata and
    its encoding. Take it *before* reading the text that will be rewritten."""

    path: str
    target: str
    identity: tuple[int, int, int, int]
    encoding: str
    bom: bytes

    @classmethod
    def take(cls, path: str) -> Snapshot:
        """Resolve symlinks and record size, mtime, inode, device and encoding."""
        target = os.path.realpath(path)
        try:
            if not stat.S_ISREG(os.stat(target).st_mode):  # a pipe: never opened, or waited on
                raise JptermsError(f"{path}: not a regular file; not rewritten")
            with open(target, "rb") as handle:
                st = os.fstat(handle.fileno())
                head = handle.read(_HEAD)
        except OSError as exc:
            raise JptermsError(f"{path}: cannot read: {exc.strerror or exc}") from None
        if not stat.S_ISREG(st.st_mode):
            raise JptermsError(f"{path}: not a regular file; not rewritten")
        encoding, bom = detect_encoding(head)
        return cls(path, target, _identity(st), encoding, bom)


def _refuse(snapshot: Snapshot, why: str) -> JptermsError:
    return JptermsError(f"{snapshot.path}: {why}; file not written")


def _encode(snapshot: Snapshot, text: str) -> bytes:
    try:
        return snapshot.bom + text.encode(snapshot.encoding)
    except UnicodeEncodeError:
        raise _refuse(snapshot, f"the fixed text cannot be encoded in {snapshot.encoding}"
                      ) from None


def _check_unchanged(snapshot: Snapshot, st: os.stat_result, data: bytes | None,
                     original: str | None) -> None:
    if _identity(st) != snapshot.identity:
        raise _refuse(snapshot, "changed on disk since it was read (edited meanwhile?)")
    if data is None or original is None:
        return
    try:
        current = data[len(snapshot.bom):].decode(snapshot.encoding)
    except UnicodeDecodeError:
        raise _refuse(snapshot, f"its encoding ({snapshot.encoding}) cannot be kept") from None
    if current != original:
        raise _refuse(snapshot, "changed on disk since it was read (edited meanwhile?)")


def _backup_path(target: str) -> str:
    folder, name = os.path.split(target)
    return os.path.join(folder, f".{name}{BACKUP_SUFFIX}")


#: The signals that end a run from outside: Ctrl-C, ``kill``, a closed terminal.
_ENDING_SIGNALS = frozenset(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                            if hasattr(signal, name))


@contextlib.contextmanager
def _no_interrupts() -> Iterator[None]:
    """Hold the signals that end a run back (main thread only) while one file is written.

    A signal that arrives meanwhile is delivered as soon as the write is whole, so a
    ``kill`` never leaves a temporary copy or a half-written file behind.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(
            signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _ENDING_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _fsync_dir(folder: str) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_text(snapshot: Snapshot, text: str, *, original: str | None = None) -> None:
    """Replace the file of ``snapshot`` with ``text``, or refuse and change nothing.

    ``original`` is the text that was read; when given, the file's current bytes
    must still decode to it. Raises :class:`JptermsError` with a one-line reason.
    """
    target = snapshot.target
    try:
        st = os.stat(target)
    except OSError as exc:
        raise _refuse(snapshot, f"cannot stat: {exc.strerror or exc}") from None
    if hasattr(os, "geteuid"):
        problem = permission_problem(st.st_mode, st.st_uid, st.st_gid, euid=os.geteuid(),
                                     groups={os.getegid(), *os.getgroups()})
    else:  # Windows: no owners or groups; the read-only attribute is the mode's write bits
        problem = permission_problem(st.st_mode, 0, 0, euid=0, groups=())
    if problem:
        raise _refuse(snapshot, problem)
    backup = _backup_path(target)
    if os.path.lexists(backup):
        raise _refuse(snapshot, f"an earlier rewrite was interrupted and its original is in "
                                f"{backup}; restore or delete it")
    data = _encode(snapshot, text)
    with _no_interrupts():
        if st.st_nlink > 1 or not _rename_write(snapshot, st, data, original):
            _write_in_place(snapshot, data, original, backup)


def _rename_write(snapshot: Snapshot, st: os.stat_result, data: bytes,
                  original: str | None) -> bool:
    """Write a copy and rename it over the target; False if the copy cannot get the
    original's owner and group (then the caller writes in place instead)."""
    target = snapshot.target
    folder = os.path.dirname(target)
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.",
                                   suffix=".tmp")
    except OSError as exc:
        raise _refuse(snapshot, f"cannot write: {exc.strerror or exc}") from None
    try:
        if hasattr(os, "fchown") and (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
            try:
                os.fchown(fd, st.st_uid, st.st_gid)
            except PermissionError:
                os.close(fd)
                Path(tmp).unlink(missing_ok=True)
                return False
        if hasattr(os, "fchmod"):
            os.fchmod(fd, stat.S_IMODE(st.st_mode))
        else:  # Windows before Python 3.13
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with open(target, "rb") as current:
            _check_unchanged(snapshot, os.fstat(current.fileno()),
                             current.read() if original is not None else None, original)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _refuse(snapshot, f"cannot write: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(folder)
    return True


def _write_in_place(snapshot: Snapshot, data: bytes, original: str | None,
                    backup: str) -> None:
    """Keep the inode (hard links, foreign group): safe copy, overwrite, drop the copy."""
    try:
        handle = open(snapshot.target, "r+b")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise _refuse(snapshot, f"cannot write: {exc.strerror or exc}") from None
    with handle:
        old = handle.read()
        _check_unchanged(snapshot, os.fstat(handle.fileno()), old, original)
        try:
            fd = os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as copy:
                copy.write(old)
                copy.flush()
                os.fsync(copy.fileno())
        except OSError as exc:
            Path(backup).unlink(missing_ok=True)
            raise _refuse(snapshot, f"cannot make a safe copy: {exc.strerror or exc}"
                          ) from None
        except BaseException:
            Path(backup).unlink(missing_ok=True)
            raise
        _fsync_dir(os.path.dirname(backup))
        try:
            handle.seek(0)
            handle.write(data)
            handle.truncate(len(data))
            handle.flush()
            os.fsync(handle.fileno())
        except OSError as exc:
            # Put the original bytes back; the backup stays if even that fails.
            try:
                handle.seek(0)
                handle.write(old)
                handle.truncate(len(old))
                handle.flush()
            except OSError:
                raise _refuse(snapshot, f"cannot write ({exc.strerror or exc}); the "
                                        f"original is saved in {backup}") from None
            Path(backup).unlink(missing_ok=True)
            raise _refuse(snapshot, f"cannot write: {exc.strerror or exc}") from None
    Path(backup).unlink(missing_ok=True)


def write_new_file(path: str | Path, data: bytes) -> None:
    """Write ``data`` as the file ``path`` (a MARC file's corrected copy), all or nothing.

    The bytes go to a temporary file beside it, are flushed with ``fsync`` and renamed
    into place, so a crash, a kill or a full disk never leaves a half-written file under
    that name: it holds its old bytes (or does not exist) until the new ones are whole.
    A symlink is followed; a file already there keeps its mode, a new one gets the
    mode :func:`open` gives (0666 less the umask); what is no regular file
    (``/dev/stdout``, a pipe) is written as it is. A failure is a one-line
    :class:`JptermsError` and leaves no temporary file behind.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "records.fixed.mrc"
    >>> write_new_file(target, b"00026")
    >>> target.read_bytes(), sorted(p.name for p in target.parent.iterdir())
    (b'00026', ['records.fixed.mrc'])
    """
    import secrets

    try:
        st = os.stat(path)
    except OSError:
        mode: int | None = None
    else:
        mode = stat.S_IMODE(st.st_mode)
        if not stat.S_ISREG(st.st_mode):  # /dev/stdout, /dev/null, a pipe: no rename there
            try:
                with open(path, "wb") as handle:
                    handle.write(data)
            except OSError as exc:
                raise JptermsError(f"{path}: cannot write: {exc.strerror or exc}") from None
            return
    target = os.path.realpath(path)
    folder, name = os.path.split(target)
    tmp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.tmp")
    with _no_interrupts():
        _replace_with_copy(path, tmp, target, mode, data)
    _fsync_dir(folder)


def _replace_with_copy(path: str | Path, tmp: str, target: str, mode: int | None,
                       data: bytes) -> None:
    """Write ``data`` to ``tmp`` and rename it over ``target``; no ``tmp`` is left."""
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o666)  # the umask applies, as for open()
    except OSError as exc:
        raise JptermsError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        if mode is not None and hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise JptermsError(f"{path}: cannot write: {exc.strerror or exc}; nothing written"
                           ) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
