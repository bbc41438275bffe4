"""rules.yaml's `creditors:` section: who the creditors are and how their debtors pay them."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from stdnum import bic, iban
from stdnum.eu import vat
from stdnum.exceptions import ValidationError as ValidationStdnumError
from stdnum.fr import siren, siret

from ledger.payment_mapping import PaymentMappingError, parse_payments_formats

# Alphanumeric SMS sender ids: at most 11 letters, digits or spaces, with a letter in them
# (an all-digit sender is read as a phone number).
_SMS_SENDER = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$")
LINK_FIELDS = ("creditor", "invoice_number", "amount_due", "currency", "reference", "customer_ref")
_LINK_FIELD = re.compile(r"{([^{}]*)}")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PaymentRules(Strict):
    """How a debtor pays this creditor: shown in mails and letters, in the EPC QR code."""

    iban: str
    bic: str | None = None
    holder: str = Field(min_length=1, max_length=70)
    # e.g. https://pay.example/{creditor}/{invoice_number}?amount={amount_due}
    link: str | None = None
    reference: Literal["rf", "invoice_number"] = "rf"

    @field_validator("iban")
    @classmethod
    def _iban(cls, value: str) -> str:
        try:
            return iban.validate(value)
        except ValidationStdnumError as error:
            raise ValueError(f"{value!r} is not a valid IBAN: {error}") from None

    @field_validator("bic")
    @classmethod
    def _bic(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return bic.validate(value)
        except ValidationStdnumError as error:
            raise ValueError(f"{value!r} is not a valid BIC: {error}") from None

    @field_validator("link")
    @classmethod
    def _link(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not re.match(r"^https?://[^\s/{}]+", value) or any(c.isspace() for c in value):
            raise ValueError(f"{value!r} is not a web address (https://…)")
        unknown = [f for f in _LINK_FIELD.findall(value) if f not in LINK_FIELDS]
        if unknown or value.count("{") != value.count("}"):
            raise ValueError(
                f"unknown placeholder {{{(unknown or ['?'])[0]}}}; "
                f"known: {', '.join('{' + f + '}' for f in LINK_FIELDS)}"
            )
        return value


_LEGAL_IDS = {"siren": siren, "siret": siret, "vat_number": vat}
_LEGAL_NAMES = {"siren": "SIREN", "siret": "SIRET", "vat_number": "VAT number"}


class CreditorRules(Strict):
    name: str = Field(min_length=1, max_length=200)
    siren: str | None = None
    siret: str | None = None
    vat_number: str | None = None
    b2b: bool = False
    letterhead: str = ""
    email: str | None = None
    phone: str | None = None
    allowed_senders: tuple[str, ...] = ()
    default_ladder: str | None = None
    payments_csv: list[Any] | dict[str, Any] | None = None
    # A remainder under this after a payment closes the invoice, written off (0: never);
    # None: the top-level payments.write_off_below.
    write_off_below: Decimal | None = Field(default=None, ge=0, le=1000, allow_inf_nan=False)
    # A folder of fr/ and en/ templates overriding the shipped ones, relative to rules.yaml.
    templates_dir: str | None = None
    payment: PaymentRules | None = None
    sms_sender: str | None = None

    @field_validator("sms_sender")
    @classmethod
    def _sms_sender(cls, value: str | None) -> str | None:
        if value is not None and not _SMS_SENDER.match(value):
            raise ValueError(
                f"{value!r} cannot be an SMS sender: at most 11 letters (no accents), digits "
                "or spaces, with at least one letter"
            )
        return value

    @field_validator("siren", "siret", "vat_number")
    @classmethod
    def _legal_id(cls, value: str | None, info: ValidationInfo) -> str | None:
        # Printed on every letter and formal notice: a typo must not reach a debtor.
        if value is None:
            return None
        number = _LEGAL_IDS[info.field_name]
        try:
            return number.validate(value)
        except ValidationStdnumError as error:
            name = _LEGAL_NAMES[info.field_name]
            raise ValueError(f"{value!r} is not a valid {name}: {error}") from None

    @model_validator(mode="after")
    def _siret_of_siren(self) -> CreditorRules:
        if self.siren and self.siret and not self.siret.startswith(self.siren):
            raise ValueError(f"siret {self.siret} does not belong to siren {self.siren}")
        return self

    @field_validator("allowed_senders")
    @classmethod
    def _senders(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for sender in value:
            if "@" not in sender or " " in sender.strip():
                raise ValueError(f"{sender!r} is neither an address nor an @domain")
        return value

    @field_validator("payments_csv")
    @classmethod
    def _payments_csv(
        cls, value: list[Any] | dict[str, Any] | None
    ) -> list[Any] | dict[str, Any] | None:
        # The importer's own checks, so a bad format is refused with the rules, not at import.
        try:
            parse_payments_formats(value, "")
        except PaymentMappingError as error:
            raise ValueError(f"{error.key or 'payments_csv'}: {error.message}") from None
        return value
