"""The debtor edit form: closed lists for what rules.yaml and the channels understand
(preferred channel, payment method, language, country, kind), every field checked by WTForms
so all mistakes show at once, and each change of contact noted on the timeline."""

from __future__ import annotations

from typing import Any

from babel import Locale
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from wtforms import SelectField, ValidationError
from wtforms.fields.choices import SelectChoice

from admin.labels import DEBTOR_KINDS
from admin.messages import N_
from ledger.contacts import is_valid_email, normalise_phone

PREFERRED_CHANNELS = {"email": N_("Email"), "sms": N_("SMS"), "letter": N_("Letter")}
PAYMENT_METHODS = {
    "transfer": N_("Bank transfer"),
    "direct_debit": N_("Direct debit"),
    "cheque": N_("Cheque"),
    "card": N_("Card"),
    "cash": N_("Cash"),
}
LANGUAGES = {"fr": N_("French"), "en": N_("English")}
AUDITED = ("name", "customer_ref", "email", "phone", "street", "postcode", "city", "country")


class LabelledSelect(SelectField):
    """A select whose choices are (code, label) read in the page's language."""

    def __init__(self, *args: Any, labels: dict[str, str], blank: bool = True, **kwargs: Any):
        self._labels, self._blank = labels, blank
        kwargs["choices"] = self._choices
        kwargs.setdefault("validate_choice", True)
        super().__init__(*args, **kwargs)

    def _choices(self) -> list[SelectChoice]:
        from flask_babel import gettext

        found = [SelectChoice("", "—")] if self._blank else []
        found += [SelectChoice(code, gettext(label)) for code, label in self._labels.items()]
        return found

    def process_formdata(self, valuelist: list[str]) -> None:
        super().process_formdata(valuelist)
        if self.data == "":
            self.data = None


class CountryField(SelectField):
    """Two-letter ISO countries, named in the page's language, France first."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["choices"] = self._countries
        super().__init__(*args, **kwargs)

    def _countries(self) -> list[SelectChoice]:
        names = Locale.parse(str(get_locale() or "fr")).territories
        codes = sorted(
            (c for c in names if len(c) == 2 and c.isalpha() and c != "ZZ"),
            key=lambda c: (c != "FR", names[c]),
        )
        return [SelectChoice(code, names[code]) for code in codes]


def check_email(form: Any, field: Any) -> None:
    if field.data and not is_valid_email(field.data.strip()):
        raise ValidationError(_l("not a valid email address"))


def check_phone(form: Any, field: Any) -> None:
    if field.data and normalise_phone(field.data.strip(), form.country.data or "FR") is None:
        raise ValidationError(_l("not a valid phone number"))


FORM_OVERRIDES = {
    "preferred_channel": LabelledSelect,
    "payment_method": LabelledSelect,
    "language": LabelledSelect,
    "country": CountryField,
    "kind": LabelledSelect,
}
FORM_ARGS = {
    "preferred_channel": {"labels": PREFERRED_CHANNELS},
    "payment_method": {"labels": PAYMENT_METHODS},
    "language": {"labels": LANGUAGES, "blank": False},
    # Blank: as the creditor declares (a debtor intake could not classify).
    "kind": {"labels": DEBTOR_KINDS},
    "email": {"validators": [check_email]},
    "phone": {"validators": [check_phone]},
}
FORM_WIDGETS = {
    "email": {"type": "email", "autocomplete": "email"},
    "phone": {"type": "tel", "autocomplete": "tel"},
    "street": {"autocomplete": "street-address"},
    "postcode": {"autocomplete": "postal-code"},
    "city": {"autocomplete": "address-level2"},
    "name": {"autocomplete": "name"},
}


def changes(before: dict[str, Any], after: Any) -> list[str]:
    """ "email (a@x.fr → b@x.fr)" for each audited field that changed."""
    found = []
    for name in AUDITED:
        old, new = before.get(name) or "", getattr(after, name) or ""
        if str(old) != str(new):
            found.append(f"{name} ({old or '-'} → {new or '-'})")
    return found
