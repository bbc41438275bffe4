"""`relance remind`: the day's reminders now, or `--dry-run` to see what would go out."""

from __future__ import annotations

import datetime as dt

import click

from ledger.clock import now, today
from ledger.locks import Locks
from ledger.nodes import Node
from relance.bootstrap import load_settings, open_ledger
from relance.settings import Settings
from scheduler import passes
from scheduler.calendar import SendingCalendar
from scheduler.channels import ChannelConfig
from scheduler.errors import InvalidRules
from scheduler.jobs import ReminderService
from scheduler.passes import PassReport, unfollowed_warning
from scheduler.readiness import channel_warnings
from scheduler.rules_store import apply_creditors, load_rules_for_ledger


def channel_config(settings: Settings) -> ChannelConfig:
    return ChannelConfig(
        smtp_url=settings.outgoing_smtp_url,
        sms_url=settings.sms_url,
        sms_token=settings.sms_token,
        fallback_sender=settings.inbox_address[0],
        worklist_url=f"{settings.admin_base_url.rstrip('/')}/admin/worklist/",
        reply_address=settings.inbox_address[0],
        attachments_max_bytes=settings.attachments_max_size,
    )


@click.command()
@click.option("--dry-run", is_flag=True, help="show what would go out; send nothing")
@click.option("--on", "on", type=click.DateTime(formats=["%Y-%m-%d"]), help="the day (YYYY-MM-DD)")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@click.option(
    "--anyway", is_flag=True, help="send even on another day or outside the sending hours"
)
def remind(dry_run: bool, on: dt.datetime | None, as_json: bool, anyway: bool) -> None:
    """Run the reminder pass for today (or --on a day)."""
    settings = load_settings()
    database = open_ledger(settings)
    with database.connection_context():
        try:
            rules = load_rules_for_ledger(settings.rules)
        except InvalidRules as error:
            raise click.ClickException(f"invalid rules, nothing done:\n{error}") from None
        calendar = SendingCalendar(rules.calendar)
        day = on.date() if on else today(calendar.timezone)
        if not (dry_run or anyway):
            refuse_outside_calendar(calendar, day)
        config = channel_config(settings)
        if dry_run:
            report = passes.dry_run(rules, day, config)
        else:
            apply_creditors(rules)
            report = passes.run_pass(rules, config, day)
    if as_json:
        click.echo(report.as_json())
        return
    for warning in channel_warnings(rules, config):
        click.echo(f"warning: {warning}", err=True)
    click.echo(as_text(report))


def refuse_outside_calendar(calendar: SendingCalendar, day: dt.date) -> None:
    """A real pass by hand sends what the daily pass would: today, on a sending day, in hours."""
    local = now().astimezone(calendar.timezone)
    if day != local.date():
        why = f"{day} is not today ({local.date()}): the pass would send what is due that day"
    elif not calendar.is_sending_day(day):
        why = f"{day} is not a sending day in rules.yaml's calendar"
    elif not calendar.within_hours(local):
        why = (
            f"it is {local:%H:%M} ({calendar.timezone}), outside the sending hours "
            f"{calendar.opens:%H:%M}-{calendar.closes:%H:%M}"
        )
    else:
        return
    raise click.ClickException(f"nothing sent: {why}. See it with --dry-run; send with --anyway.")


def as_text(report: PassReport) -> str:
    if not report.sending_day:
        return f"{report.day} is not a sending day: nothing is sent, released or retried"
    lines = []
    for a in [*report.actions, *report.skips]:
        where = f"[{a.blocked}]" if a.blocked else "[ok]"
        if a.kind == "skip":
            where = f"[skipped: {a.blocked}]"
        lines.append(
            f"{a.kind:<7} {a.debtor[:30]:<30} {a.ladder}/{a.step:<10} {a.channel:<17} "
            f"{a.amount:>14}  {', '.join(a.invoices)[:60]}  {where}"
        )
    if not report.actions:
        lines.append(f"nothing due on {report.day}")
    for held in report.held:
        lines.append(
            f"held    {held.debtor[:30]:<30} {held.invoice}: {held.reason} ({held.amount})"
        )
    if report.lapsed:
        lines.append(f"promises not kept, back on the ladder: {', '.join(report.lapsed)}")
    if report.unfollowed_invoices:
        lines.append(f"warning: {unfollowed_warning(report)}")
    lines += [f"failed: {failure}" for failure in report.failures]
    lines += [f"error: {error}" for error in report.errors]
    if report.dry_run:
        lines.append(
            f"dry run for {report.day}: {len(report.actions)} reminder(s), "
            f"{len(report.skips)} step(s) skipped, {len(report.held)} invoice(s) held; "
            "nothing sent"
        )
    else:
        lines.append(
            f"{report.day}: {report.planned} planned, {report.blocked} blocked, "
            f"{report.released} released, {report.sent} sent, {report.failed} failed, "
            f"{report.skipped} skipped, {report.awaiting_approval} awaiting approval, "
            f"{len(report.held)} held"
            + (f"; letters: {report.letters_batch}" if report.letters_batch else "")
        )
    return "\n".join(lines)


def reminder_service(settings: Settings, locks: Locks, node: Node) -> ReminderService:
    """The daily pass and the rules watch, for `relance run`."""
    return ReminderService(
        settings.rules,
        channel_config(settings),
        settings.remind_at,
        locks=locks,
        node=node,
        takeover_s=settings.takeover_s,
    )
