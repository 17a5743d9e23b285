"""Run untrusted-input work (document parsing) in a child process with hard limits.

A crafted upload can make a parser run for minutes or take gigabytes. Inside the
API process that would stall the event loop (or a thread holding the GIL) and
could take the whole worker down with it; a child process is the only place
where a wall-clock limit can actually be enforced (by killing it) and a memory
limit (``RLIMIT_AS``) applies to the parser alone.

Children are forked from a ``forkserver`` that has the parsing modules already
imported, so starting one costs milliseconds instead of a fresh interpreter's
second. Each call gets its own child; it is killed when the time is up.

Use :func:`run_limited` from async code. ``fn`` and its arguments must be picklable
(a module-level function and plain data).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import pickle
import resource
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio

from plandesk.core.errors import DomainError, InvalidInput, PayloadTooLarge

T = TypeVar("T")

# Imported once by the fork server, so every child starts with them loaded.
PRELOAD = ["plandesk.consultations.documents.document_files", "plandesk.importer", "docx", "lxml.etree"]


@dataclass(frozen=True)
class Limits:
    seconds: float = 10.0  # wall clock, from the child's start
    memory_bytes: int = 1024 * 1024 * 1024  # address space of the child (RLIMIT_AS)


class LimitExceeded(Exception):
    """The child ran out of time or memory; ``kind`` is ``"time"`` or ``"memory"``."""

    def __init__(self, kind: str, limits: Limits) -> None:
        super().__init__(kind)
        self.kind = kind
        self.limits = limits


class SandboxFailed(Exception):
    """The child died without an answer (a crash, a signal)."""


_context_lock = threading.Lock()
_context: Any = None
# Children running at once, per API process: an upload burst queues instead of forking
# one interpreter per request.
_slots = threading.BoundedSemaphore(max(2, (os.cpu_count() or 2)))


def _mp_context() -> Any:
    global _context
    with _context_lock:
        if _context is None:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(PRELOAD)
            _context = ctx
        return _context


def _child(
    conn: multiprocessing.connection.Connection, limits: Limits, fn: Any, args: Any, kwargs: Any
) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    cpu = int(limits.seconds) + 2  # a backstop: the parent kills on wall-clock time first
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    try:
        message: tuple[str, Any] = ("ok", fn(*args, **kwargs))
    except MemoryError:
        message = ("memory", None)
    except Exception as exc:
        # Exceptions are sent as (class, args, attributes): domain errors with keyword-only
        # or computed constructors do not survive plain pickling.
        message = ("error", (type(exc), exc.args, dict(exc.__dict__)))
    try:
        conn.send_bytes(pickle.dumps(message))
    except MemoryError:
        conn.send_bytes(pickle.dumps(("memory", None)))
    except Exception as exc:  # an unpicklable result or exception
        conn.send_bytes(pickle.dumps(("error", (SandboxFailed, (f"unpicklable answer: {exc!r}",), {}))))
    finally:
        conn.close()


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(state)
    return exc


def run_blocking(fn: Callable[..., T], *args: Any, limits: Limits, **kwargs: Any) -> T:
    """Run ``fn(*args, **kwargs)`` in a child within ``limits``; blocks the calling thread."""
    with _slots:
        ctx = _mp_context()
        receiver, sender = ctx.Pipe(duplex=False)
        process = ctx.Process(target=_child, args=(sender, limits, fn, args, kwargs), daemon=True)
        process.start()
        sender.close()
        deadline = time.monotonic() + limits.seconds
        try:
            if not receiver.poll(max(0.0, deadline - time.monotonic())):
                raise LimitExceeded("time", limits)
            try:
                # Our own child wrote it; the limits guard against runaway parsing, not code execution.
                status, payload = pickle.loads(receiver.recv_bytes())  # noqa: S301
            except EOFError as exc:  # killed by RLIMIT_CPU or a signal, or crashed
                raise SandboxFailed("the parser process died without an answer") from exc
        finally:
            receiver.close()
            if process.is_alive():
                process.kill()
            process.join(5)
            process.close()
    if status == "ok":
        return payload  # type: ignore[no-any-return]
    if status == "memory":
        raise LimitExceeded("memory", limits)
    raise _rebuild(*payload)


async def run_limited(fn: Callable[..., T], *args: Any, limits: Limits, **kwargs: Any) -> T:
    """Run ``fn(*args, **kwargs)`` in a child process within ``limits``, off the event loop.

    Raises what ``fn`` raised, :class:`LimitExceeded` over a limit, :class:`SandboxFailed`
    if the child died."""
    return await anyio.to_thread.run_sync(lambda: run_blocking(fn, *args, limits=limits, **kwargs))


def limits_for(settings: Any) -> Limits:
    """The document-parsing limits configured in ``settings``."""
    return Limits(
        seconds=settings.document_parse_seconds,
        memory_bytes=settings.document_parse_memory_mb * 1024 * 1024,
    )


def as_problem(exc: LimitExceeded | SandboxFailed) -> DomainError:
    """413 over the memory limit, 422 over the time limit or when the parser died."""
    field = [{"loc": ["body", "file"], "msg": "document too complex"}]
    if isinstance(exc, LimitExceeded) and exc.kind == "memory":
        mb = exc.limits.memory_bytes // (1024 * 1024)
        return PayloadTooLarge(f"Reading this document needs more than {mb} MB of memory.", errors=field)
    if isinstance(exc, LimitExceeded):
        return InvalidInput(
            f"This document could not be read within {exc.limits.seconds:g} seconds.", errors=field
        )
    return InvalidInput("This document could not be read.", errors=field)
