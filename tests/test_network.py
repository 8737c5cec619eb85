"""The network block used by the offline tests really blocks, and the analysis needs no network."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from analysis import document_record, load_document
from conftest import SEED, offline_env


def test_block_refuses_outside_addresses() -> None:
    with pytest.raises(OSError, match="blocked"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    with pytest.raises(OSError, match="blocked"):
        socket.getaddrinfo("example.org", 443)


def test_block_allows_loopback() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname(), timeout=1)
    client.close()
    server.close()


def test_block_is_active_in_subprocesses() -> None:
    code = "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), timeout=1)\nexcept OSError as e:\n    print(e)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=offline_env(), timeout=60)
    assert "blocked" in result.stdout


def test_analysis_runs_with_sockets_blocked() -> None:
    record = document_record(load_document(SEED))
    assert record["counts"]["sentences"] == 12
