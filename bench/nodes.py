"""Several nodes on one PostgreSQL and one S3 bucket: intake rate and daily-pass time with 1, 2
and 3 nodes, takeover time after a SIGKILL, and the full-size week of the multi-node test.

    PYTHONPATH=. .venv/bin/python bench/nodes.py [--mails 300] [--creditors 12] [--kills 3]
    PYTHONPATH=. .venv/bin/python bench/nodes.py --week     # 600 mails over SMTP + 300 by IMAP

On a 2-core machine the point is no collapse and no duplicate work as nodes are added, not a
linear speed-up: every node's processes share the same two cores. The test suite runs the
week on 90 mails (tests/nodes/test_three_nodes.py); this is the full size.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import repo_path  # noqa: F401  (first: the repository on sys.path, not bench/)

from ledger.database import bind
from ledger.models import DocumentOutcome, InboundMail, PassRun, Reminder, ReminderStatus
from ledger.nodes import holders
from tests.nodes import workload
from tests.nodes.cluster import ADMIN_PASSWORD, NodeProcess, SimulatedClock, cluster_env, send_mail
from tests.nodes.scenario import Servers, holder_other_than, problems, run_week
from tests.servers.dovecot import start_dovecot
from tests.servers.ports import wait_until
from tests.servers.postgres import start_postgres
from tests.servers.seaweedfs import start_seaweedfs
from tests.servers.smtp_sink import SmtpSink

TAKEOVER_S = 15


def creditors_rules(count: int) -> str:
    """The workload's rules with `count` creditors, so passes can spread over the nodes."""
    extra = "".join(
        f"""  extra{n}:
    name: "Créancier {n}"
    allowed_senders: ["@extra{n}.test"]
    default_ladder: standard
"""
        for n in range(count - len(workload.CREDITORS))
    )
    return workload.RULES.replace("ladders:", extra + "ladders:", 1)


def cluster(servers: Servers, directory: Path, nodes: int, creditors: int) -> list[NodeProcess]:
    directory.mkdir(parents=True)
    (directory / "rules.yaml").write_text(creditors_rules(creditors))
    clock = SimulatedClock(directory / "clock")
    clock.move_to(workload.SUNDAY_NIGHT)
    env = cluster_env(
        servers.database_url,
        servers.storage_url,
        servers.s3_environ,
        clock,
        RELANCE_RULES=str(directory / "rules.yaml"),
        RELANCE_OUTGOING_SMTP_URL=servers.sink.url,
        RELANCE_PAYMENTS_DIR=str(directory / "payments-in"),
        RELANCE_TAKEOVER_S=str(TAKEOVER_S),
        RELANCE_IMAP_URL=servers.dovecot.url,
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.nodes.node_main", "init", "--admin-password", ADMIN_PASSWORD],
        cwd=directory,
        env={**env, "RELANCE_DATA_DIR": str(directory / "init")},
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    processes = [NodeProcess(f"node{n}", directory / f"node{n}", env) for n in range(1, nodes + 1)]
    for node in processes:
        node.directory.mkdir()
        node.start()
    return processes


def mails_for(creditors: int, count: int) -> tuple[list[bytes], list[workload.Sale]]:
    names = [*workload.CREDITORS, *(f"extra{n}" for n in range(creditors - 3))]
    rng = random.Random(5)
    sales, raws = [], []
    for n in range(count):
        sale = workload.Sale(
            names[n % len(names)],
            f"B-{n:06d}",
            f"{rng.randint(20, 900)}.00",
            workload.MONDAY - workload.dt.timedelta(days=2),
            n // 4,
        )
        sales.append(sale)
        raws.append(workload.invoice_mail(sale, f"b{n}@{sale.creditor}.test"))
    return raws, sales


def one_size(postgres, seaweed, dovecot, sink, nodes: int, mails: int, creditors: int) -> None:  # type: ignore[no-untyped-def]
    name = f"bench_nodes_{nodes}_{os.getpid()}"
    servers = Servers(
        postgres.create_database(name),
        seaweed.url(seaweed.new_prefix()),
        seaweed.environ(),
        dovecot,
        sink,
        Path(tempfile.mkdtemp(prefix=f"relance-bench-{nodes}-")),
    )
    database = bind(servers.database_url)
    processes = cluster(servers, servers.root / "cluster", nodes, creditors)
    raws, _sales = mails_for(creditors, mails)
    try:
        started = time.perf_counter()
        # Several sending servers at once, as mail arrives in life: four connections at a time.
        with ThreadPoolExecutor(4) as senders:
            list(senders.map(lambda item: send_mail(item[1], processes, item[0]), enumerate(raws)))

        def all_recorded() -> bool:
            with database.connection_context():
                return InboundMail.select().where(
                    InboundMail.outcome != DocumentOutcome.PENDING
                ).count() == len(raws)

        wait_until(all_recorded, timeout=3600, what="every mail recorded")
        intake = time.perf_counter() - started
        clock = SimulatedClock(servers.root / "cluster" / "clock")
        clock.move_to(workload.instant(workload.MONDAY, 9))
        started = time.perf_counter()

        def passes_done() -> bool:
            with database.connection_context():
                return (
                    PassRun.select().where(PassRun.finished_at.is_null(False)).count() == creditors
                )

        wait_until(passes_done, timeout=3600, what="the day's passes")
        daily = time.perf_counter() - started
        with database.connection_context():
            sent = Reminder.select().where(Reminder.status == ReminderStatus.SENT).count()
            runs = {run.node.split(":")[0] for run in PassRun.select()}
        print(
            f"{nodes} node(s): intake {len(raws)} mails in {intake:.1f} s = "
            f"{len(raws) / intake:.1f} mails/s; daily pass of {creditors} creditors "
            f"({sent} reminders) in {daily:.1f} s, run by {', '.join(sorted(runs))}; "
            f"{len(sink.received)} mails delivered (load {os.getloadavg()[0]:.1f})"
        )
        if len(sink.received) != sent:
            print(f"  DUPLICATE OR LOST: {len(sink.received)} delivered for {sent} sent")
    finally:
        for node in processes:
            node.stop()
        sink.received.clear()


def takeovers(postgres, seaweed, dovecot, sink, kills: int) -> None:  # type: ignore[no-untyped-def]
    servers = Servers(
        postgres.create_database(f"bench_takeover_{os.getpid()}"),
        seaweed.url(seaweed.new_prefix()),
        seaweed.environ(),
        dovecot,
        sink,
        Path(tempfile.mkdtemp(prefix="relance-bench-takeover-")),
    )
    database = bind(servers.database_url)
    processes = cluster(servers, servers.root / "cluster", 3, 3)
    lock = f"imap:factures@127.0.0.1:{dovecot.port}/INBOX"
    try:
        for _ in range(kills):
            with database.connection_context():
                holder = holders()[lock].node
            victim = next(n for n in processes if holder.startswith(f"{n.name}:"))
            killed_at = victim.kill()
            wait_until(
                lambda gone=holder: holder_other_than(database, lock, gone), 120, what="takeover"
            )
            print(
                f"takeover of the mailbox after SIGKILL of {victim.name}: "
                f"{time.monotonic() - killed_at:.2f} s (RELANCE_TAKEOVER_S={TAKEOVER_S})"
            )
            victim.start()
    finally:
        for node in processes:
            node.stop()


def week(postgres, seaweed, dovecot, sink, seed: int) -> None:  # type: ignore[no-untyped-def]
    servers = Servers(
        postgres.create_database(f"bench_week_{os.getpid()}"),
        seaweed.url(seaweed.new_prefix()),
        seaweed.environ(),
        dovecot,
        sink,
        Path(tempfile.mkdtemp(prefix="relance-bench-week-")),
    )
    found = run_week(servers, 600, 300, seed, takeover_s=TAKEOVER_S)
    print(
        f"week of 600 SMTP + 300 IMAP mails on 3 nodes, seed {seed}: killed {found.killed} "
        f"during {found.kill_phase}; takeovers {found.takeovers}; intake "
        f"{found.intake_seconds:.0f} s; passes "
        + ", ".join(f"{day[5:]} {s:.1f} s" for day, s in found.pass_seconds.items())
    )
    wrong = problems(found, bind(servers.database_url))
    print(
        "all held: every invoice once, every reminder once, one pass per creditor and day"
        if not wrong
        else "PROBLEMS:\n  " + "\n  ".join(wrong)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=int, default=300, help="mails over SMTP per size")
    parser.add_argument("--creditors", type=int, default=12, help="creditors (passes)")
    parser.add_argument("--kills", type=int, default=3, help="SIGKILLs to time takeovers")
    parser.add_argument("--week", action="store_true", help="the full-size multi-node week")
    parser.add_argument("--seed", type=int, default=random.randrange(1_000_000))
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    postgres, seaweed, dovecot = start_postgres(), start_seaweedfs(), start_dovecot()
    sink = SmtpSink()
    sink.start()
    try:
        if args.week:
            week(postgres, seaweed, dovecot, sink, args.seed)
            return
        for nodes in (1, 2, 3):
            one_size(postgres, seaweed, dovecot, sink, nodes, args.mails, args.creditors)
        takeovers(postgres, seaweed, dovecot, sink, args.kills)
    finally:
        sink.stop()
        dovecot.remove()
        seaweed.remove()
        postgres.stop()


if __name__ == "__main__":
    main()
