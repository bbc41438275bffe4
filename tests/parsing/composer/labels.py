"""Label vocabulary per language (and some national practices), drawn once per invoice."""

from __future__ import annotations

LABELS = {
    "fr": {
        "title": ("FACTURE", "Facture", "FACTURE"),
        "credit_title": ("AVOIR", "FACTURE D'AVOIR", "Avoir"),
        "number": ("N° de facture", "Facture N°", "Numéro", "N° facture", "Réf. facture"),
        "credit_number": ("Avoir N°", "N° d'avoir", "Numéro"),
        "date": ("Date", "Date de facture", "Date d'émission", "Émise le", "Date facture"),
        "due": ("Échéance", "Date d'échéance", "À régler avant le", "Date limite de paiement",
                "Payable le"),
        "ref": ("N° client", "Code client", "Réf. client", "Votre n° client"),
        "debtor": ("Facturé à", "Client", "Adresse de facturation", "Destinataire"),
        "rival": ("Adresse de livraison", "Livré à", "Lieu d'intervention", "Adresse du chantier"),
        "columns": ["Désignation", "Qté", "P.U. HT", "TVA", "Montant HT"],
        "net": ("Total HT", "Montant HT", "Sous-total HT"),
        "tax": ("TVA {rate} %",),
        "gross": ("Total TTC", "Montant TTC", "Total TTC"),
        "deposit": ("Acompte versé", "Acompte reçu", "Déduction acompte"),
        "paid": ("Déjà réglé", "Règlement reçu", "Montant déjà payé"),
        "credit": ("Avoir n° {ref} déduit", "Déduction avoir {ref}"),
        "subsidy": ("Prise en charge APA", "Participation APA (Département)",
                    "Prise en charge CAF"),
        "due_amount": ("Net à payer", "Reste à payer", "Solde à régler", "Montant à régler"),
        "due_subsidy": ("Reste à votre charge", "Reste à charge", "Net à payer"),
        "plain_due": ("Net à payer", "Total à payer", "Montant à régler", None),
        "credit_due": ("Montant à rembourser", "Total avoir TTC", "Montant de l'avoir", None),
        "refers": ("Avoir sur facture n° {ref}", "Annule et remplace la facture {ref}"),
        "terms": ("Paiement à {n} jours", "Conditions de paiement : {n} jours net",
                  "Payable à {n} jours date de facture"),
        "receipt": ("Payable à réception", "Paiement à réception de facture"),
        "debit": ("Prélevé le {date}", "Date de prélèvement : {date}",
                  "Ce montant sera prélevé le {date} sur votre compte"),
        "penalties": ("En cas de retard de paiement, une pénalité égale à trois fois le taux "
                      "d'intérêt légal sera exigible, ainsi qu'une indemnité forfaitaire de 40 € "
                      "pour frais de recouvrement (art. L441-10 du Code de commerce). Pas "
                      "d'escompte pour paiement anticipé."),
        "thanks": ("Merci de votre confiance.", "Nous vous remercions de votre commande.",
                   "Règlement par virement de préférence, en rappelant le numéro de facture."),
        "noise": (("N° commande", "CMD-{d5}"), ("Bon de livraison", "BL{d6}"),
                  ("Mode de règlement", "Virement"), ("Date d'intervention", "{date}"),
                  ("Votre référence", "Devis D-{d4}")),
        "phone": ("Tél. : {v}", "Tél : {v}", "T. {v}", "Téléphone : {v}"),
        "email": ("E-mail : {v}", "Courriel : {v}", "{v}", "Mail : {v}"),
        "page": "Page {i}/{n}",
        "carried": "Suite page suivante",
    },
    "en": {
        "title": ("INVOICE", "Invoice", "TAX INVOICE"),
        "credit_title": ("CREDIT NOTE", "Credit Note"),
        "number": ("Invoice No.", "Invoice #", "Invoice Number", "Number"),
        "credit_number": ("Credit Note No.", "Number"),
        "date": ("Date", "Invoice Date", "Issue date", "Date of issue"),
        "due": ("Due date", "Payment due", "Due"),
        "ref": ("Customer No.", "Account No.", "Customer ID"),
        "debtor": ("Bill to", "Invoice to", "Customer", "Billed to"),
        "rival": ("Ship to", "Deliver to", "Site address"),
        "columns": ["Description", "Qty", "Unit price", "Tax", "Amount"],
        "net": ("Subtotal", "Net total", "Subtotal"),
        "tax": ("VAT {rate}%",),
        "gross": ("Total", "Invoice total", "Total"),
        "deposit": ("Deposit paid", "Less deposit"),
        "paid": ("Less amount paid", "Payment received", "Paid to date"),
        "credit": ("Credit note {ref} applied", "Less credit note {ref}"),
        "subsidy": ("Grant",),
        "due_amount": ("Amount due", "Balance due", "Total due", "Amount payable"),
        "due_subsidy": ("Amount due",),
        "plain_due": ("Amount due", "Balance due", "Total due", None),
        "credit_due": ("Total credit", "Amount credited", None),
        "refers": ("Credit against invoice {ref}", "Relates to invoice {ref}"),
        "terms": ("Payment terms: {n} days", "Terms: Net {n}", "Payment within {n} days"),
        "receipt": ("Payable on receipt", "Due on receipt"),
        "debit": ("Direct debit on {date}", "This amount will be debited on {date}"),
        "penalties": ("Late payments may incur interest and compensation under applicable law. "
                      "Please quote the invoice number with your payment."),
        "thanks": ("Thank you for your business.", "Please pay by bank transfer.",
                   "Questions about this invoice? Contact our accounts team."),
        "noise": (("PO Number", "PO-{d5}"), ("Delivery note", "DN{d6}"),
                  ("Payment method", "Bank transfer"), ("Service date", "{date}"),
                  ("Your reference", "Q-{d4}")),
        "phone": ("Tel: {v}", "Phone: {v}", "T: {v}", "{v}"),
        "email": ("Email: {v}", "E: {v}", "{v}"),
        "page": "Page {i} of {n}",
        "carried": "Continued overleaf",
    },
}  # fmt: skip
TAX_NAMES = {"US": "Sales tax {rate}%", "CA": "TPS {rate} %"}
QUEBEC_TAX = "TVQ {rate} %"


def tax_label(country: str, language: str, rate: str, pick: str) -> str:
    if country == "CA" and rate == "9.975":
        return QUEBEC_TAX.format(rate="9,975")
    template = TAX_NAMES.get(country, pick)
    shown = rate.replace(".", ",") if language == "fr" else rate
    return template.format(rate=shown)
