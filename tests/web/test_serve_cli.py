"""``wwk serve``: its checks, and the real command serving a store on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from whatweknow.cli.main import cli
from whatweknow.cli.serve import is_loopback

from .conftest import free_port
from .corpus import build_store


def test_loopback_hosts() -> None:
    for host in ("127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"):
        assert is_loopback(host), host
    for host in ("0.0.0.0", "::", "192.168.1.4", "example.org"):
        assert not is_loopback(host), host


def test_a_public_host_needs_public(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    build_store(db, with_hostile=False)
    got = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert got.exit_code == 2 and "--public" in got.output


def test_a_missing_store_is_named(tmp_path: Path) -> None:
    got = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert got.exit_code == 1 and "wwk ingest" in got.output


def test_serve_runs_over_a_store(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    ids = build_store(db, with_hostile=False)
    port = free_port()
    env = {**os.environ, "MY_TOKEN": "t0ken"}
    args = ["serve", "--db", str(db), "--port", str(port), "--token-env", "MY_TOKEN"]
    code = "from whatweknow.cli.main import main; main()"
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                stories = httpx.get(f"{url}/api/v1/stories", timeout=2)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(
                        f"wwk serve did not start: {proc.stderr.read() if proc.stderr else ''!r}"
                    )
                time.sleep(0.1)
        assert stories.status_code == 200 and stories.json()["items"]
        assert "server" not in stories.headers
        page = httpx.get(f"{url}/articles/{ids['wire']}", timeout=5)
        assert page.status_code == 200 and "Port Halden" in page.text
        wrong = httpx.post(
            f"{url}/api/v1/articles",
            json={"text": "x"},
            headers={"Authorization": "Bearer nope"},
            timeout=5,
        )
        assert wrong.status_code == 401
        rebound = httpx.get(f"{url}/api/v1/stories", headers={"Host": "evil.example"}, timeout=5)
        assert rebound.status_code == 400  # a loopback server answers loopback names only
    finally:
        proc.terminate()
        proc.wait(10)
