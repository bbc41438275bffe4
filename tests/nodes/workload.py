"""The work several nodes share in the multi-node test and bench: creditors, invoice mails
(each with its debtor's email, so reminders go out), a payments file, and a ladder that sends
on several days of the simulated week."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from relance.samples import text_pdf
from tests.ingest import mails

PARIS = ZoneInfo("Europe/Paris")
# The simulated week: Monday 30 November 2026 to Sunday 6 December, passes at 09:00.
MONDAY = dt.date(2026, 11, 30)
WEEK = [MONDAY + dt.timedelta(days=n) for n in range(7)]
# Mail arrives the evening before, outside the sending hours: no pass runs before Monday.
SUNDAY_NIGHT = dt.datetime.combine(MONDAY - dt.timedelta(days=1), dt.time(21), PARIS)
CREDITORS = ("atelier", "boulangerie", "cabinet")

RULES = """
creditors:
  atelier:
    name: "Atelier Durand SARL"
    letterhead: |
      Atelier Durand SARL
      3 place Kléber
      67000 Strasbourg
    allowed_senders: ["@atelier.test"]
    default_ladder: standard
    payments_csv:
      columns: {date: "Date", amount: "Montant", invoice_number: "Facture", payer_name: "Client"}
  boulangerie:
    name: "Boulangerie Martin"
    letterhead: |
      Boulangerie Martin
      67000 Strasbourg
    allowed_senders: ["@boulangerie.test"]
    default_ladder: standard
  cabinet:
    name: "Cabinet Weber"
    letterhead: |
      Cabinet Weber
      67000 Strasbourg
    allowed_senders: ["@cabinet.test"]
    default_ladder: standard
ladders:
  standard:
    # A week holds the whole ladder: a day between two messages, three a week.
    min_gap: 1d
    max_messages_per_week: 3
    steps:
      - {id: r1, at: +1d, channel: email, template: reminder_1}
      - {id: r2, at: +3d, channel: email, template: reminder_2}
      - {id: r3, at: +5d, channel: letter, template: reminder_3}
calendar: {country: FR, send_on: every_day, hours: "08:00-20:00", timezone: Europe/Paris}
legal: {penalty_rate: 12.15, recovery_indemnity: 40, notice_days: 8}
"""


@dataclass(frozen=True)
class Sale:
    creditor: str
    number: str
    total: str
    due: dt.date
    debtor: int


@dataclass
class Workload:
    sales: list[Sale] = field(default_factory=list)
    smtp: list[bytes] = field(default_factory=list)
    imap: list[bytes] = field(default_factory=list)
    paid: list[Sale] = field(default_factory=list)

    @property
    def numbers(self) -> set[tuple[str, str]]:
        return {(s.creditor, s.number) for s in self.sales}


def invoice_pdf(sale: Sale) -> bytes:
    lines = [
        f"Émetteur : {sale.creditor}",
        "",
        "FACTURE",
        f"Facture n° : {sale.number}",
        "Date de facture : 02/11/2026",
        f"Date d'échéance : {sale.due:%d/%m/%Y}",
        f"Référence client : D{sale.debtor:04d}",
        "",
        "Client :",
        f"Maison Durand {sale.debtor}",
        f"{sale.debtor} rue des Lilas",
        "67000 Strasbourg",
        f"Email : debiteur-{sale.debtor}@{sale.creditor}-clients.test",
        "",
        f"Total TTC : {sale.total.replace('.', ',')} €",
        f"Net à payer : {sale.total.replace('.', ',')} €",
    ]
    return text_pdf(sale.number, lines)


def invoice_mail(sale: Sale, message_id: str) -> bytes:
    pdf = invoice_pdf(sale)
    return mails.mail(
        [
            mails.part("text/plain", b"Facture ci-jointe."),
            mails.pdf_attachment(pdf, f"{sale.number}.pdf"),
        ],
        sender=f"compta@{sale.creditor}.test",
        subject=f"Facture {sale.number}",
        message_id=message_id,
    )


def build(smtp_mails: int, imap_mails: int, seed: int = 17) -> Workload:
    """`smtp_mails` + `imap_mails` mails of one invoice each, due so that every day of the
    week has reminders to send; a few of them sent twice (a sender retrying); a payments file
    settles some of the first creditor's invoices before their reminders."""
    rng = random.Random(seed)
    work = Workload()
    for n in range(smtp_mails + imap_mails):
        creditor = CREDITORS[n % len(CREDITORS)]
        sale = Sale(
            creditor=creditor,
            number=f"{creditor[:3].upper()}-{n:05d}",
            total=f"{rng.randint(20, 2000)}.{rng.randint(0, 99):02d}",
            due=MONDAY - dt.timedelta(days=rng.randint(1, 3)),
            # A few invoices per debtor, so one reminder covers several of them.
            debtor=n // 6,
        )
        work.sales.append(sale)
        raw = invoice_mail(sale, f"{sale.number}@{creditor}.test")
        (work.smtp if n < smtp_mails else work.imap).append(raw)
    work.smtp += rng.sample(work.smtp, max(1, smtp_mails // 30))
    rng.shuffle(work.smtp)
    first = [s for s in work.sales if s.creditor == CREDITORS[0]]
    work.paid = rng.sample(first, max(1, len(first) // 5))
    return work


def payments_csv(paid: list[Sale]) -> bytes:
    rows = ["Date;Montant;Facture;Client"]
    rows += [
        f"30/11/2026;{s.total.replace('.', ',')};{s.number};Maison Durand {s.debtor}" for s in paid
    ]
    return ("\r\n".join(rows) + "\r\n").encode()


def instant(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), PARIS)
