"""SMS through a provider behind a small interface; one generic HTTP/JSON provider ships.

The generic provider POSTs {"to", "text", "sender"} as JSON with a bearer token and expects
a 2xx answer carrying {"id": ...}. An SMS has no equivalent of SMTP's final dot: the handoff
is recorded before the request, so a crash during it never sends the SMS twice (at most once).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Protocol

from scheduler.errors import ChannelError

MAX_LENGTH = 459  # three concatenated SMS


class SmsProvider(Protocol):
    def send(self, to: str, text: str, sender: str, on_handoff: Callable[[], None]) -> str:
        """Send; return the provider's message id."""
        ...


class HttpJsonProvider:
    def __init__(self, url: str | None, token: str, timeout: float = 20.0) -> None:
        self.url = url
        self.token = token
        self.timeout = timeout

    def send(self, to: str, text: str, sender: str, on_handoff: Callable[[], None]) -> str:
        if not self.url:
            raise ChannelError("no SMS provider configured (RELANCE_SMS_URL)")
        payload = json.dumps({"to": to, "text": text[:MAX_LENGTH], "sender": sender[:11]})
        request = urllib.request.Request(  # noqa: S310 - the URL's scheme is checked by settings
            self.url,
            data=payload.encode(),
            method="POST",
            headers={
                "Content-Type": "application/json",
                "Authorization": f"Bearer {self.token}",
            },
        )
        on_handoff()
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                answer = json.loads(response.read(65536) or b"{}")
        except urllib.error.HTTPError as error:
            raise ChannelError(f"SMS provider answered {error.code}: {error.reason}") from error
        except (OSError, ValueError) as error:
            raise ChannelError(f"SMS provider unreachable or unreadable: {error}") from error
        message_id = str(answer.get("id", "")) if isinstance(answer, dict) else ""
        if not message_id:
            raise ChannelError("SMS provider gave no message id")
        return message_id[:300]
