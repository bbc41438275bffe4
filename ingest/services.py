"""The ingest parts `relance run` / `relance ingest` host: SMTP receiver, spool processor."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.acknowledge import Acknowledger, AckSettings, send_acknowledgement
from ingest.ahead import prepared_fairly
from ingest.drain_loop import DrainLoop
from ingest.filing import REVIEW_THRESHOLD
from ingest.imap import ImapWatcher
from ingest.learning import templates_root
from ingest.parse_share import ParserShare
from ingest.pipeline import (
    Intake,
    MailResult,
    Parser,
    PaymentRulesSource,
    PreparedMail,
    commit_message,
    prepare_message,
)
from ingest.queue import MailQueueWorker
from ingest.refusals import RefusalLog
from ingest.retries import MAX_ATTEMPTS, environment_down, gave_up
from ingest.smtp import ReceiverHandler, SmtpOptions, build_controller
from ingest.spool import Spool, Spooled
from ledger.models import db
from ledger.storage import blobs
from parsing import ParserPool

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestConfig:
    data_dir: Path
    inbox: tuple[str, ...]
    smtp: SmtpOptions
    imap_url: str | None = None
    ack: AckSettings | None = None
    trusted_authserv_ids: tuple[str, ...] = ()
    parser_processes: int = 2
    parse_timeout: float = 30.0
    # Several nodes: the IMAP watcher queues mails and every node's worker parses them.
    queue: bool = False
    takeover_s: int = 15
    payment_rules: PaymentRulesSource | None = None
    # False when RELANCE_SMTP_LISTEN=off (mail comes by IMAP only).
    receive_smtp: bool = True
    review_threshold: float = REVIEW_THRESHOLD

    def intake(self, parse: Parser) -> Intake:
        return Intake(
            blobs,
            parse,
            self.trusted_authserv_ids,
            self.payment_rules,
            ParserShare(self.parser_processes),
            templates_root(self.data_dir),
            self.review_threshold,
        )


Notify = Callable[[MailResult], None]


def acknowledge_now(ack: AckSettings | None) -> Notify:
    """What to do with a committed mail's result when no background sender is running."""
    if ack is None:
        return lambda _result: None
    return functools.partial(send_acknowledgement, ack=ack)


class Parsers:
    """Owns the parser processes; listed first so it stops last."""

    name = "parsers"

    def __init__(self, config: IngestConfig) -> None:
        self.pool = ParserPool(config.parser_processes, config.parse_timeout)

    def start(self) -> None:
        pass

    def stop(self) -> None:
        self.pool.close()


class SpoolProcessor(DrainLoop):
    """A thread turning spooled mails into committed records, oldest first."""

    name = "spool processor"

    def __init__(self, config: IngestConfig, intake: Intake, notify: Notify | None = None) -> None:
        super().__init__()
        self.spool = Spool.under(config.data_dir)
        self.intake = intake
        self.notify = notify or acknowledge_now(config.ack)
        self._failures: dict[Path, int] = {}

    def start(self) -> None:
        self.spool.sweep_partial()
        super().start()

    def drain(self) -> int:
        """Process every spooled mail (the crash leftovers too); returns how many were done."""
        done = 0
        # One connection for the whole pass: opening and closing SQLite per mail costs more
        # than the mail's own queries.
        with db.connection_context():
            while not self._stopping.is_set():
                pending = self.spool.pending()
                batch = [p for p in pending if self._failures.get(p, 0) < MAX_ATTEMPTS]
                if not batch:
                    return done
                for path, ready in prepared_fairly(
                    batch, self._prepare, self.spool.lane_of, _file_size
                ):
                    if self._stopping.is_set():
                        return done
                    done += self._commit(path, ready)
        return done

    def _prepare(self, path: Path) -> tuple[Spooled, PreparedMail | MailResult] | None:
        try:
            spooled = self.spool.read(path)
        except FileNotFoundError:
            return None
        return spooled, prepare_message(
            spooled.raw, self.intake, spooled.envelope_sender, source="smtp"
        )

    def _commit(self, path: Path, ready: Future[tuple[Spooled, Any] | None]) -> int:
        try:
            prepared = ready.result()
            if prepared is None:
                return 0
            result = commit_message(prepared[1], "smtp")
        except Exception as error:
            if environment_down(error):
                raise
            raw = self.spool.read(path).raw
            if gave_up(self._failures, path, raw, "smtp", self.intake, error):
                self.spool.done(path)
            return 0
        self.notify(result)
        self.spool.done(path)
        self._failures.pop(path, None)
        return 1


class SmtpReceiver:
    name = "SMTP receiver"

    def __init__(self, config: IngestConfig, processor: SpoolProcessor) -> None:
        handler = ReceiverHandler(
            inbox=config.inbox, spool=processor.spool, on_spooled=processor.wake.set
        )
        self.options = config.smtp
        self.refusals = RefusalLog()
        self.controller = build_controller(handler, config.smtp, self.refusals)

    def start(self) -> None:
        self.controller.start()
        log.info("SMTP receiver listening on %s:%d", self.options.host, self.options.port)

    def stop(self) -> None:
        self.controller.stop()
        self.refusals.close()


def ingest_services(config: IngestConfig) -> list[Any]:
    """Parsers, acknowledgements, spool processor, SMTP receiver, and the IMAP watcher when a
    URL is set; in this order, so they stop in the reverse one."""
    parsers = Parsers(config)
    intake = config.intake(parsers.pool.parse)
    services: list[Any] = [parsers]
    notify = None
    if config.ack is not None:
        acknowledger = Acknowledger(config.ack)
        services.append(acknowledger)
        notify = acknowledger.submit
    processor = SpoolProcessor(config, intake, notify)
    services.append(processor)
    if config.receive_smtp:
        services.append(SmtpReceiver(config, processor))
    if config.queue:
        services.append(
            MailQueueWorker(intake, notify or acknowledge_now(config.ack), config.takeover_s)
        )
    if config.imap_url:
        services.append(
            ImapWatcher(
                config.imap_url, intake, notify, max_size=config.smtp.max_size, queue=config.queue
            )
        )
    return services


def drain_once(config: IngestConfig) -> int:
    """`relance ingest --once`: the spool, then the IMAP inbox; how many mails were done."""
    parsers = Parsers(config)
    intake = config.intake(parsers.pool.parse)
    notify = acknowledge_now(config.ack)
    try:
        done = SpoolProcessor(config, intake, notify).drain()
        if config.imap_url:
            watcher = ImapWatcher(config.imap_url, intake, notify, max_size=config.smtp.max_size)
            done += watcher.drain()
        return done
    finally:
        parsers.stop()


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
