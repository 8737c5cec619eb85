"""Refuse every network connection except loopback, for tests.

Put this folder first on PYTHONPATH and every Python process started with
that environment (the book build, notebook kernels, the CLI) imports it at
start-up. In-process tests call :func:`install` from ``tests/conftest.py``.
Loopback stays open because Jupyter kernels talk to their clients over
127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import socket

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}


class NetworkBlockedError(OSError):
    """Raised when code under test tries to reach a non-loopback address."""


def _is_local(host: object) -> bool:
    if not isinstance(host, str):
        return True
    if host in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def install() -> None:
    """Patch :mod:`socket` so non-loopback connects and name lookups fail."""
    if getattr(socket, "_network_blocked", False):
        return
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def connect(self, address):  # type: ignore[no-untyped-def]
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
            raise NetworkBlockedError(f"network access is blocked in tests (connect to {address!r})")
        return real_connect(self, address)

    def connect_ex(self, address):  # type: ignore[no-untyped-def]
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
            raise NetworkBlockedError(f"network access is blocked in tests (connect to {address!r})")
        return real_connect_ex(self, address)

    def getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not _is_local(host if not isinstance(host, bytes) else host.decode()):
            raise NetworkBlockedError(f"network access is blocked in tests (lookup of {host!r})")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo
    socket._network_blocked = True  # type: ignore[attr-defined]


install()
