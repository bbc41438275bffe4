"""A realistic ledger for the admin tour: home-care creditors, accented debtors, every status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ledger import followup
from ledger.clock import now, today
from ledger.flags import open_contact_flag
from ledger.letters import record_batch
from ledger.manual_payments import allocate_manually
from ledger.models import (
    Debtor,
    Document,
    DocumentOutcome,
    InboundMail,
    InvoiceStatus,
    LearnedTemplate,
    Payment,
    Reminder,
    ReminderInvoice,
    ReminderStatus,
)
from ledger.storage import blobs
from tests.factories import make_creditor, make_debtor, make_invoice

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"  # noqa: E501
NAMES = (
    "Mme Hélène Lefèvre",
    "M. François Cœur",
    "Mme Agnès Dubœuf",
    "M. Jérôme Garçon",
    "Mme Zoé Bénard",
    "M. Léon Müller",
    "Mme Maëlle Château",
    "M. Noël Perrière",
    "Mme Françoise Dupré",
    "M. Raphaël Côté",
    "Mme Anaïs Lévêque",
    "M. Stéphane Éluard",
    "Mme Inès Rousseau",
    "M. Benoît Fleury",
    "Mme Cécile Marchand",
    "M. Grégoire Delacroix",
    "Mme Mélanie Besançon",
    "Mme Thérèse Gaël",
    "Mme Édith Lagarde",
    "M. Joël Brûlé",
    "Mme Clémence Vasseur",
    "M. André Février",
    "Mme Océane Giraud",
    "M. Aurélien Bézier",
    "Mme Solène Thibault",
    "M. Frédéric Lemaître",
    "Mme Léa Crémieux",
    "M. Hervé Dufaÿ",
    "Mme Laëtitia Ménard",
    "M. Gérard Saint-Étienne",
)
CITIES = (("67000", "Strasbourg"), ("68100", "Mulhouse"), ("57000", "Metz"), ("54000", "Nancy"))


@dataclass
class Tour:
    debtor: Debtor  # the debtor whose file has everything: dispute, promise, notes, letters
    flagged: Debtor
    unmatched: Payment
    batch: str
    # What people wrote (names, subjects, references): never checked for English words.
    names: list[str]
    debtor_invoice: int
    quarantined: int
    learned: int


def _reminder(debtor: Debtor, n: int, channel: str, status: str, **fields) -> Reminder:  # type: ignore[no-untyped-def]
    values = {
        "creditor": debtor.creditor,
        "debtor": debtor,
        "key": f"tour-{debtor.id}-{n}",
        "ladder": "standard",
        "step_id": {"email": "r1", "sms": "r2", "letter": "r3", "phone_task": "call"}.get(
            channel, "notice"
        ),
        "channel": channel,
        "due_on": today() - dt.timedelta(days=n),
        "status": status,
        "totals": {"EUR": Decimal("312.40")},
    }
    return Reminder.create(**{**values, **fields})


def seed() -> Tour:
    """Two creditors, 30 debtors, invoices in every status, payments, reminders, mails."""
    day = today()
    aide = make_creditor(
        slug="aide-alsace", name="Aide à Domicile d'Alsace", allowed_senders="@aide.test"
    )
    soins = make_creditor(slug="soins-est", name="Soins & Présence Est SARL")
    debtors = []
    for n, name in enumerate(NAMES):
        postcode, city = CITIES[n % len(CITIES)]
        debtors.append(
            make_debtor(
                aide if n % 3 else soins,
                name=name,
                customer_ref=f"C{n + 100:05d}",
                email=None if n % 5 == 0 else f"client{n}@exemple.fr",
                phone=None if n % 4 == 0 else f"+3361234{n:04d}",
                street=None if n % 7 == 0 else f"{n + 1} rue des Écoles",
                postcode=postcode,
                city=city,
                ladder="standard" if n % 2 else None,
            )
        )
    statuses = InvoiceStatus.ALL
    invoices = []
    for n, debtor in enumerate(debtors):
        for k in range(3):
            status = statuses[(n + k) % len(statuses)]
            total = Decimal(85 + 37 * n + 11 * k).quantize(Decimal("0.01")) + Decimal("0.45")
            due = day + dt.timedelta(days=25 - 17 * k - n)
            invoices.append(
                make_invoice(
                    debtor,
                    number=f"FA-2026-{n:03d}{k}",
                    issue_date=due - dt.timedelta(days=30),
                    due_date=due,
                    total=total,
                    amount_due=Decimal(0)
                    if status in (InvoiceStatus.PAID, InvoiceStatus.CANCELLED)
                    else total / 2
                    if status == InvoiceStatus.PARTIALLY_PAID
                    else total,
                    status=status,
                    parse_source=("facturx", "template", "heuristics")[k],
                    needs_review=k == 2 and n % 4 == 0,
                )
            )

    main = debtors[1]
    open_invoices = [i for i in invoices if i.debtor_id == main.id]
    for invoice in open_invoices:
        invoice.status, invoice.amount_due = InvoiceStatus.OPEN, invoice.total
        invoice.save()
    quarantined = Document.create(
        creditor=aide,
        sha256="a" * 64,
        original_filename="Facture décembre – scan illisible.pdf",
        sender="secretariat@aide.test",
        outcome=DocumentOutcome.QUARANTINED,
        reason="the PDF: no invoice number found",
        storage_path=blobs.put(PDF, ".pdf"),
        size=len(PDF),
    )
    ingested = Document.create(
        creditor=aide,
        sha256="b" * 64,
        original_filename="FA-2026-0010.pdf",
        sender="compta@aide.test",
        outcome=DocumentOutcome.INGESTED,
        storage_path=blobs.put(PDF, ".pdf"),
        size=len(PDF),
    )
    Document.create(
        sha256="b" * 64,
        original_filename="FA-2026-0010.pdf",
        sender="compta@aide.test",
        outcome=DocumentOutcome.DUPLICATE,
        reason="duplicate of document #2 (FA-2026-0010.pdf, received 2026-11-26 09:12 UTC)",
    )
    open_invoices[0].document = ingested
    open_invoices[0].save()
    InboundMail.create(
        key="refused-1",
        message_id="<x1@inconnu.test>",
        source="smtp",
        sender="inconnu@pirate.test",
        subject="Factures <b>novembre</b>",
        outcome=DocumentOutcome.QUARANTINED,
        reason="sender inconnu@pirate.test is not allowed for any creditor",
    )
    InboundMail.create(
        key="ok-1",
        source="imap",
        sender="compta@aide.test",
        subject="Factures du mois",
        creditor=aide,
        outcome=DocumentOutcome.INGESTED,
        reason="2 invoice(s) recorded",
    )

    matched = Payment.create(
        creditor=aide,
        key="p-matched",
        amount=open_invoices[0].total,
        received_on=day - dt.timedelta(days=2),
        reference="VIR SEPA CŒUR FRANÇOIS FA-2026-0010",
        payer_name="M. François Cœur",
        customer_ref=main.customer_ref,
        method="virement",
        import_batch="banque-2026-11.csv",
        unallocated=open_invoices[0].total,
    )
    allocate_manually(matched, open_invoices[0], matched.amount, matched_by="invoice_number")
    unmatched = Payment.create(
        creditor=aide,
        key="p-unmatched",
        amount=Decimal("1250.00"),
        received_on=day - dt.timedelta(days=1),
        reference="CHQ 0042 Mme Lefèvre",
        payer_name="Hélène Lefèvre",
        method="chèque",
        import_batch="banque-2026-11.csv",
        unallocated=Decimal("1250.00"),
    )

    sent = now() - dt.timedelta(hours=3)
    _reminder(
        main,
        1,
        "email",
        ReminderStatus.SENT,
        recipient=main.email,
        subject="Relance : facture impayée",
        body_text="Madame, Monsieur,\nsauf erreur de notre part…",
        sent_at=sent,
    )
    _reminder(main, 2, "sms", ReminderStatus.SENT, recipient=main.phone, sent_at=sent)
    letter = _reminder(
        main,
        3,
        "letter",
        ReminderStatus.SENT,
        recipient="M. François Cœur, 2 rue des Écoles, 68100 Mulhouse",
        file_path=blobs.put(PDF, ".pdf"),
        print_day=day,
        sent_at=sent,
    )
    record_batch(day.isoformat(), day, blobs.put(PDF, ".pdf"), [letter.id], len(PDF))
    _reminder(main, 4, "registered_letter", ReminderStatus.FAILED, last_error="printer offline")
    _reminder(main, 5, "phone_task", ReminderStatus.PENDING, body_text="Appeler le client.")
    _reminder(main, 6, "handover", ReminderStatus.SKIPPED)
    waiting = debtors[3]
    notice = _reminder(waiting, 1, "registered_letter", ReminderStatus.AWAITING_APPROVAL)
    for invoice in (i for i in invoices if i.debtor_id == waiting.id and i.amount_due > 0):
        ReminderInvoice.create(
            reminder=notice,
            invoice=invoice,
            ladder="standard",
            step_id="notice",
            amount_due=invoice.amount_due,
        )
    flagged = debtors[0]
    blocked = _reminder(flagged, 1, "email", ReminderStatus.BLOCKED_MISSING_CONTACT)
    open_contact_flag(
        flagged, "email", step_id="r1", amount_at_stake=Decimal("430.45"), reminder=blocked
    )
    open_contact_flag(flagged, "phone", step_id="r2", amount_at_stake=Decimal("430.45"))
    open_contact_flag(debtors[7], "postal_address", step_id="r3", amount_at_stake=Decimal("99"))

    followup.add_note(main, "Client hospitalisé, rappeler après le 15.", by="claire")
    followup.add_note(main, "Sa fille gère les paiements.", by="claire", kind="call")
    followup.dispute(main, [open_invoices[1].id], by="claire")
    followup.promise(main, [open_invoices[2].id], day + dt.timedelta(days=10), by="claire")
    learned_yaml = "issuer: Aide à Domicile d'Alsace\nkeywords: [FA-2026]\n"
    learned = LearnedTemplate.create(
        creditor=aide,
        name="aide-factures",
        path=blobs.put(learned_yaml.encode(), ".yml"),
        invoice=open_invoices[0],
        learned_by="claire",
        fields="invoice_number,due_date",
    )
    names = [
        *(d.name for d in debtors),
        aide.name,
        soins.name,
        "Facture décembre – scan illisible.pdf",
        "Factures <b>novembre</b>",
        "Factures du mois",
        "VIR SEPA CŒUR FRANÇOIS FA-2026-0010",
        "CHQ 0042 Mme Lefèvre",
        "Hélène Lefèvre",
        "banque-2026-11.csv",
    ]
    return Tour(
        debtor=main,
        flagged=flagged,
        unmatched=unmatched,
        batch=f"{day.isoformat()}.pdf",
        names=names,
        debtor_invoice=open_invoices[0].id,
        quarantined=quarantined.id,
        learned=learned.id,
    )
