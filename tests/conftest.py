"""Shared fixtures: a real PostgreSQL server for the ledger tests.

The server is a throwaway cluster (initdb) in a temporary folder on a free
port, started once per test session and stopped at the end. When the
PostgreSQL binaries are missing, scripts/install-postgres.sh installs them
(Debian's package); only where that too fails are the PostgreSQL tests
skipped, with the reason shown.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _pg_bin() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_url():
    bindir = _pg_bin()
    if bindir is None:
        subprocess.run(["bash", str(ROOT / "scripts" / "install-postgres.sh")], capture_output=True, timeout=600)
        bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries are not installed and scripts/install-postgres.sh could not install them")
    tmp = Path(tempfile.mkdtemp(prefix="sayso-pg-"))
    data = tmp / "data"
    env = dict(os.environ)
    run_as: list[str] = []
    if os.geteuid() == 0:  # postgres refuses to run as root: use the 'postgres' or 'nobody' account
        user = "postgres" if _user_exists("postgres") else "nobody"
        shutil.chown(tmp, user)
        run_as = ["runuser", "-u", user, "--"]
    subprocess.run(run_as + [str(bindir / "initdb"), "-D", str(data), "-U", "sayso", "--auth=trust", "-E", "UTF8"],
                   check=True, capture_output=True, env=env)
    port = _free_port()
    log = tmp / "server.log"
    subprocess.run(run_as + [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o",
                             f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
                   check=True, capture_output=True, env=env)
    try:
        yield f"postgresql+psycopg://sayso@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(run_as + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty ledger on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "ledger.db")
        return
    base = request.getfixturevalue("postgres_url")
    import sqlalchemy as sa

    name = f"t{os.getpid()}_{abs(hash(request.node.nodeid)) % 10**8}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    yield base.rsplit("/", 1)[0] + "/" + name
