"""A newcomer's first hour, from the repository alone: a clone with no ../shared beside it,
the README's quick start commands run as written, and the sample invoices recorded."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.servers.ports import free_port

ROOT = Path(__file__).resolve().parents[1]
QUICK_START = re.compile(r"<!-- quick start -->\s*```sh\n(?P<commands>.*?)```", re.S)
SAMPLES = {f"DEMO-000{n}" for n in range(1, 6)}


def quick_start(readme: str) -> list[str]:
    found = QUICK_START.search(readme)
    assert found, "the README has a quick start block"
    return [line.split("#", 1)[0].strip() for line in found["commands"].splitlines() if line]


def _clone(target: Path) -> Path:
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(target)], check=True)
    subprocess.run(["git", "-C", str(target), "checkout", "--quiet", commit], check=True)
    return target


def test_the_readme_quick_start_works_from_a_clone_with_no_shared_folder(tmp_path: Path) -> None:
    clone = _clone(tmp_path / "relance")
    assert not (tmp_path / "shared").exists()
    readme = (clone / "README.md").read_text(encoding="utf-8")
    commands = quick_start(readme)
    assert commands[0] == "make run"
    assert not any("shared" in command for command in commands)
    venv = Path(sys.prefix)
    env = {k: v for k, v in os.environ.items() if not k.startswith("RELANCE_")}
    env.update(
        PYTHONPATH=str(clone),  # the clone's code, not the tested checkout's
        RELANCE_SMTP_LISTEN=f"127.0.0.1:{free_port()}",
        RELANCE_ADMIN_LISTEN=f"127.0.0.1:{free_port()}",
    )
    # `make run` as written, with this test run's virtualenv (already installed) as .venv.
    daemon = subprocess.Popen(
        ["make", "run", f"VENV={venv}", "-o", f"{venv}/.runtime"],
        cwd=clone,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    output: list[str] = []
    threading.Thread(target=lambda: output.extend(daemon.stdout), daemon=True).start()
    try:
        _wait(lambda: any(line.startswith("First login: admin / ") for line in output), output)
        # The daemon's first reminder pass may log after the banner (after the day's pass hour).
        lines = [line for line in output if line.strip()]
        login = next(i for i, line in enumerate(lines) if line.startswith("First login: admin / "))
        assert lines[login - 1].startswith("Admin: http://127.0.0.1:"), lines
        assert (clone / ".env").is_file(), "relance init wrote the settings it chose"
        second_shell = {k: v for k, v in env.items() if not k.startswith("RELANCE_")}
        for command in commands[1:]:
            argv = command.split()
            assert argv[0] == ".venv/bin/relance"
            result = subprocess.run(
                [sys.executable, "-m", "relance", *argv[1:]],
                cwd=clone,
                env=second_shell,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert result.returncode == 0, result.stderr
        listed = _wait(lambda: _recorded(clone, second_shell) >= SAMPLES, output)
        assert listed
    finally:
        os.killpg(daemon.pid, signal.SIGTERM)
        daemon.wait(timeout=60)


def _recorded(clone: Path, env: dict[str, str]) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-m", "relance", "list", "invoices", "--json"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.returncode != 0:
        return set()
    return {row["number"] for row in json.loads(result.stdout or "[]")}


def _wait(condition, output: list[str], timeout: float = 180.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    pytest.fail("timed out; the daemon said:\n" + "".join(output[-40:]))
