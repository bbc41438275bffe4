"""A week on three nodes: mail over the three SMTP receivers and one IMAP mailbox, a payments
file dropped, a daily pass each day; one node SIGKILLed at a random moment, restarted later.

`run_week` plays it and gathers what happened; `problems` says what went wrong, if anything.
The test runs a small slice (tests/nodes/test_three_nodes.py); bench/nodes.py the full size.
"""

from __future__ import annotations

import collections
import os
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from ledger.database import bind
from ledger.models import (
    Creditor,
    DocumentOutcome,
    InboundMail,
    Invoice,
    LetterBatch,
    PassRun,
    Payment,
    Reminder,
    ReminderStatus,
    SingletonTenure,
)
from tests.ingest.conftest import deliver, folder_counts
from tests.nodes import workload
from tests.nodes.cluster import (
    ADMIN_PASSWORD,
    NodeProcess,
    SimulatedClock,
    admin_session_on,
    cluster_env,
    lands_on,
    send_mail,
)
from tests.servers.dovecot import DovecotServer
from tests.servers.ports import wait_until
from tests.servers.smtp_sink import SmtpSink


@dataclass
class Servers:
    database_url: str
    storage_url: str
    s3_environ: dict[str, str]
    dovecot: DovecotServer
    sink: SmtpSink
    root: Path


@dataclass
class Findings:
    seed: int
    smtp_mails: int
    imap_mails: int
    takeover_s: int
    kill_phase: str = ""
    killed: str = ""
    # Seconds from the SIGKILL until another node held the lock, by lock name.
    takeovers: dict[str, float] = field(default_factory=dict)
    imap_sessions_at_once: int = 0
    imap_evidence: str = ""
    intake_seconds: float = 0.0
    pass_seconds: dict[str, float] = field(default_factory=dict)
    work: workload.Workload = field(default_factory=workload.Workload)
    sink_messages: list[Any] = field(default_factory=list)
    inbox_left: dict[str, int] = field(default_factory=dict)
    # Where a session opened on node 1 lands on each node's dashboard (behind a balancer).
    admin_pages: list[str] = field(default_factory=list)
    # Which nodes parsed the mails the IMAP watcher queued (any node may).
    imap_parsed_by: dict[str, int] = field(default_factory=dict)


def run_week(
    servers: Servers,
    smtp_mails: int,
    imap_mails: int,
    seed: int,
    takeover_s: int = 6,
    say: Any = print,
) -> Findings:
    rng = random.Random(seed)
    found = Findings(seed, smtp_mails, imap_mails, takeover_s)
    work = found.work = workload.build(smtp_mails, imap_mails, seed)
    root = servers.root
    (root / "rules.yaml").write_text(workload.RULES)
    clock = SimulatedClock(root / "clock")
    clock.move_to(workload.SUNDAY_NIGHT)
    env = cluster_env(
        servers.database_url,
        servers.storage_url,
        servers.s3_environ,
        clock,
        RELANCE_RULES=str(root / "rules.yaml"),
        RELANCE_IMAP_URL=servers.dovecot.url,
        RELANCE_OUTGOING_SMTP_URL=servers.sink.url,
        RELANCE_PAYMENTS_DIR=str(root / "payments-in"),
        RELANCE_TAKEOVER_S=str(takeover_s),
    )
    init = subprocess.run(
        [sys.executable, "-m", "tests.nodes.node_main", "init", "--admin-password", ADMIN_PASSWORD],
        cwd=root,
        env={**env, "RELANCE_DATA_DIR": str(root / "init")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert init.returncode == 0, init.stderr
    database = bind(servers.database_url)
    deliver(servers.dovecot, *work.imap)
    nodes = [NodeProcess(f"node{n}", root / f"node{n}", env) for n in (1, 2, 3)]
    for node in nodes:
        node.directory.mkdir(parents=True)
        node.start()
    browser = admin_session_on(nodes[0])
    found.admin_pages = [lands_on(browser, node, "/admin/") for node in nodes]
    phases = ["intake", *(day.isoformat() for day in workload.WEEK)]
    found.kill_phase = rng.choice(phases)
    restart_phase = phases[min(phases.index(found.kill_phase) + 2, len(phases) - 1)]
    say(f"seed {seed}: a node is killed during {found.kill_phase}, back for {restart_phase}")
    imap_watch = ImapSessions(servers.dovecot.port)
    imap_watch.start()
    victim: NodeProcess | None = None
    try:
        started = time.monotonic()
        kill_after = rng.randint(1, len(work.smtp) - 1) if found.kill_phase == "intake" else None
        for count, raw in enumerate(work.smtp):
            if count == kill_after:
                victim = kill_imap_holder(nodes, database, found, say)
            send_mail(raw, nodes, count)
        wait_until(
            lambda: intake_done(database, nodes, servers.dovecot, len(work.sales)),
            timeout=900,
            what="every mail processed",
        )
        found.intake_seconds = time.monotonic() - started
        drop_payments(root / "payments-in", work.paid)
        with database.connection_context():
            wait_until(lambda: Payment.select().count() == len(work.paid), 120, what="the payments")
        for phase in phases[1:]:
            if phase == restart_phase and victim is not None:
                victim.start()
            clock.move_to(workload.instant(workload.dt.date.fromisoformat(phase), 9))
            began = time.monotonic()
            if phase == found.kill_phase:
                time.sleep(rng.uniform(0, 2.0))
                victim = kill_imap_holder(nodes, database, found, say)
            wait_until(
                lambda day=phase: passes_finished(database, day),
                timeout=900,
                what=f"the passes of {phase}",
            )
            found.pass_seconds[phase] = time.monotonic() - began
        if victim is not None and not victim.running:
            victim.start()
        wait_until(
            lambda: intake_done(database, nodes, servers.dovecot, len(work.sales)),
            timeout=300,
            what="the restarted node's spool",
        )
    finally:
        imap_watch.stop()
        for node in nodes:
            node.stop()
    found.imap_sessions_at_once = imap_watch.most
    found.imap_evidence = imap_watch.evidence
    if imap_watch.evidence:
        say(f"more than one node connected to the mailbox:\n{imap_watch.evidence}")
    found.inbox_left = folder_counts(servers.dovecot)
    found.sink_messages = servers.sink.messages()
    with database.connection_context():
        parsers = InboundMail.select(InboundMail.claimed_by).where(InboundMail.source == "imap")
        found.imap_parsed_by = dict(
            collections.Counter(token.partition(":")[0] for (token,) in parsers.tuples())
        )
    return found


def kill_imap_holder(
    nodes: list[NodeProcess], database: peewee.Database, found: Findings, say: Any
) -> NodeProcess:
    """SIGKILL the node watching the mailbox (and so the one whose singletons must move), then
    time until another node holds each lock it had."""
    with database.connection_context():
        held = {
            t.name: t.node for t in SingletonTenure.select().where(SingletonTenure.until.is_null())
        }
    imap = next(name for name in held if name.startswith("imap:"))
    victim = next(n for n in nodes if held[imap].startswith(f"{n.name}:"))
    lost = [name for name, node in held.items() if node == held[imap]]
    killed_at = victim.kill()
    found.killed = victim.name
    say(f"killed {victim.name}, which held {', '.join(lost)}")
    for name in lost:
        wait_until(
            lambda name=name: holder_other_than(database, name, held[imap]),
            timeout=120,
            what=f"another node to take {name}",
        )
        found.takeovers[name] = time.monotonic() - killed_at
    return victim


def holder_other_than(database: peewee.Database, name: str, node: str) -> bool:
    with database.connection_context():
        return (
            SingletonTenure.select()
            .where(
                (SingletonTenure.name == name)
                & SingletonTenure.until.is_null()
                & (SingletonTenure.node != node)
            )
            .exists()
        )


def intake_done(
    database: peewee.Database, nodes: list[NodeProcess], dovecot: DovecotServer, mails: int
) -> bool:
    if any(node.running and node.spooled() for node in nodes):
        return False
    with database.connection_context():
        finished = (
            InboundMail.select().where(InboundMail.outcome != DocumentOutcome.PENDING).count()
        )
    if finished < mails - sum(node.spooled() for node in nodes if not node.running):
        return False
    return folder_counts(dovecot).get("INBOX", 0) == 0


def passes_finished(database: peewee.Database, day: str) -> bool:
    with database.connection_context():
        done = (
            PassRun.select(PassRun.creditor)
            .where((PassRun.day == day) & PassRun.finished_at.is_null(False))
            .distinct()
            .count()
        )
        return done == Creditor.select().count()


def drop_payments(folder: Path, paid: list[workload.Sale]) -> None:
    target = folder / workload.CREDITORS[0]
    target.mkdir(parents=True, exist_ok=True)
    partial = target / "reglements.csv.part"
    partial.write_bytes(workload.payments_csv(paid))
    partial.rename(target / "reglements.csv")


class ImapSessions:
    """Counts, every 20 ms, the nodes' connections open to the IMAP server: more than one means
    two watchers at once. Left out: the test's own (counting folders), and a socket no process
    owns any more (a SIGKILLed node's, in the instant the kernel takes to close it)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.most = 0
        # What `ss` showed the first time more than one node was connected.
        self.evidence = ""
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(5)

    def _run(self) -> None:
        while not self._stopping.wait(0.02):
            listed = subprocess.run(
                ["ss", "-Htnp", "state", "established", f"( dport = :{self.port} )"],
                capture_output=True,
                text=True,
                check=False,
            )
            ours = f"pid={os.getpid()},"
            nodes = [
                line for line in listed.stdout.splitlines() if "pid=" in line and ours not in line
            ]
            if len(nodes) > 1 and not self.evidence:
                self.evidence = "\n".join(nodes)
            self.most = max(self.most, len(nodes))


def problems(found: Findings, database: peewee.Database) -> list[str]:
    """Everything that went wrong, said plainly; empty when the week went right."""
    wrong: list[str] = []
    work = found.work
    with database.connection_context():
        recorded = collections.Counter(
            (slug, number)
            for slug, number in Invoice.select(Creditor.slug, Invoice.number)
            .join(Creditor)
            .tuples()
        )
        missing = work.numbers - set(recorded)
        twice = [key for key, n in recorded.items() if n > 1]
        extra = set(recorded) - work.numbers
        if missing or twice or extra:
            wrong.append(f"invoices missing {sorted(missing)[:5]}, twice {twice[:5]}")
            wrong.append(f"invoices nobody sent {sorted(extra)[:5]}")
        held = list(
            Invoice.select(Invoice.number, Invoice.review_reason).where(Invoice.needs_review)
        )
        if held:
            wrong.append(f"{len(held)} invoices held for review, e.g. {held[0].review_reason}")
        mails = InboundMail.select().count()
        if mails != len(work.sales):
            wrong.append(f"{mails} mails recorded for {len(work.sales)} sent")
        if Payment.select().count() != len(work.paid):
            wrong.append(f"{Payment.select().count()} payments for {len(work.paid)} in the file")
        runs = collections.Counter(
            (slug, day)
            for slug, day in PassRun.select(Creditor.slug, PassRun.day)
            .join(Creditor)
            .where(PassRun.finished_at.is_null(False))
            .tuples()
        )
        for day in workload.WEEK:
            for slug in workload.CREDITORS:
                if runs[(slug, day)] != 1:
                    wrong.append(f"pass of {day} for {slug} finished {runs[(slug, day)]} times")
        sent = list(
            Reminder.select().where(
                (Reminder.channel == "email") & (Reminder.status == ReminderStatus.SENT)
            )
        )
        waiting = (
            ReminderStatus.PENDING,
            ReminderStatus.FAILED,
            ReminderStatus.BLOCKED_MISSING_CONTACT,
        )
        left = Reminder.select().where(Reminder.status.in_(waiting)).count()
        if left:
            wrong.append(f"{left} reminder(s) not sent")
        letters = Reminder.select().where(Reminder.channel == "letter").count()
        batched = sum(b.letters for b in LetterBatch.select())
        if letters != batched:
            wrong.append(f"{letters} letters written, {batched} in the day batches")
    ids = collections.Counter(str(m["Message-ID"]) for m in found.sink_messages)
    if any(n > 1 for n in ids.values()):
        wrong.append(
            f"the same reminder delivered twice: {[i for i, n in ids.items() if n > 1][:3]}"
        )
    if set(ids) != {r.provider_id for r in sent} or len(found.sink_messages) != len(sent):
        wrong.append(f"{len(found.sink_messages)} mails delivered for {len(sent)} reminders sent")
        subjects = collections.Counter(
            (str(m["To"]), str(m["Subject"])) for m in found.sink_messages
        )
        wrong.append(f"sent more than once: {[k for k, n in subjects.items() if n > 1][:5]}")
    if not sent or not letters:
        wrong.append(f"the week sent {len(sent)} reminder mails and {letters} letters")
    if found.admin_pages != ["/admin/"] * 3:
        wrong.append(f"a session opened on node1 lands on {found.admin_pages} on the nodes")
    if found.imap_sessions_at_once > 1:
        wrong.append(f"{found.imap_sessions_at_once} IMAP sessions open at once:")
        wrong.append(found.imap_evidence)
    if found.inbox_left.get("INBOX", 0) or found.inbox_left.get("Relance/Processed") != len(
        work.imap
    ):
        wrong.append(f"mailbox folders at the end: {found.inbox_left}")
    if not found.takeovers or not any(n.startswith("imap:") for n in found.takeovers):
        wrong.append(f"no takeover of the mailbox measured: {found.takeovers}")
    slow = {name: s for name, s in found.takeovers.items() if s > found.takeover_s}
    if slow:
        wrong.append(f"takeover slower than RELANCE_TAKEOVER_S={found.takeover_s}: {slow}")
    return wrong
