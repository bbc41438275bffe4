"""The store in an S3 bucket (AWS, or any S3 server: SeaweedFS, MinIO, Ceph…) through boto3.

An S3 PUT is complete-or-absent by itself: the object appears only once all its bytes are in.
Each PUT carries the MD5 of its bytes, so the server refuses a body damaged on the way.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ledger.storage.base import BlobMissing, BlobStore, StorageUnavailable, is_blob_key

_ABSENT = ("404", "NoSuchKey", "NotFound")


@dataclass(frozen=True)
class S3Options:
    """How to reach the bucket; empty values leave boto3 its usual sources (AWS_* variables,
    ~/.aws, an instance role)."""

    endpoint_url: str = ""
    region: str = ""
    access_key_id: str = ""
    secret_access_key: str = ""


class S3Store(BlobStore):
    def __init__(self, bucket: str, prefix: str, options: S3Options) -> None:
        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.options = options
        self._made: Any = None
        self._making = threading.Lock()

    @property
    def where(self) -> str:
        server = f" at {self.options.endpoint_url}" if self.options.endpoint_url else ""
        return f"s3://{self.bucket}/{self.prefix}{server}"

    @property
    def _client(self) -> Any:
        """Made on first use: a command that never touches the bucket never imports boto3."""
        with self._making:
            if self._made is None:
                self._made = _client(self.options)
            return self._made

    def keys(self) -> Iterator[str]:
        pages = self._client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=self.prefix
        )
        for page in pages:
            for item in page.get("Contents", []):
                key = item["Key"][len(self.prefix) :]
                if is_blob_key(key):
                    yield key

    def _write(self, key: str, data: bytes) -> None:
        md5 = base64.b64encode(hashlib.md5(data, usedforsecurity=False).digest()).decode()
        with self._failing("write", key):
            self._client.put_object(
                Bucket=self.bucket, Key=self.prefix + key, Body=data, ContentMD5=md5
            )

    def _read(self, key: str) -> bytes:
        with self._failing("read", key):
            try:
                answer = self._client.get_object(Bucket=self.bucket, Key=self.prefix + key)
            except self._client.exceptions.NoSuchKey:
                raise BlobMissing(key, self.where) from None
            return answer["Body"].read()

    def _exists(self, key: str) -> bool:
        with self._failing("look for", key):
            try:
                self._client.head_object(Bucket=self.bucket, Key=self.prefix + key)
            except self._client.exceptions.ClientError as error:
                if error.response.get("Error", {}).get("Code") in _ABSENT:
                    return False
                raise
            return True

    @contextlib.contextmanager
    def _failing(self, verb: str, key: str) -> Iterator[None]:
        """boto3's errors said as the store's own, naming the key and the bucket."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            yield
        except (BotoCoreError, ClientError) as error:
            raise StorageUnavailable(f"cannot {verb} {key} in {self.where}: {error}") from error

    def check_bucket(self) -> None:
        """Fail now, naming the bucket, when it cannot be reached (at start-up)."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self._client.head_bucket(Bucket=self.bucket)
        except (BotoCoreError, ClientError) as error:
            raise StorageUnavailable(f"cannot reach {self.where}: {error}") from None


def _client(options: S3Options) -> Any:
    # boto3 takes ~0.3 s to import: only installs that store in S3 pay for it.
    import boto3
    from botocore.config import Config

    config = Config(
        s3={"addressing_style": "path"} if options.endpoint_url else {},
        # S3-compatible servers do not all read the newer checksum trailers; MD5 does the job.
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
        retries={"mode": "standard", "max_attempts": 5},
        max_pool_connections=16,
    )
    return boto3.session.Session().client(
        "s3",
        endpoint_url=options.endpoint_url or None,
        region_name=options.region or None,
        aws_access_key_id=options.access_key_id or None,
        aws_secret_access_key=options.secret_access_key or None,
        config=config,
    )
