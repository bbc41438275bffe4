from __future__ import annotations

import smtplib
from email.message import EmailMessage

from tests.servers.smtp_sink import SmtpSink


def test_the_sink_keeps_what_a_real_smtp_client_sends(smtp_sink: SmtpSink) -> None:
    message = EmailMessage()
    message["From"] = "relance@example.fr"
    message["To"] = "client@example.fr"
    message["Subject"] = "Relance : facture F-1 échue"
    message.set_content("Bonjour,\nmontant dû : 1 234,56 €")
    with smtplib.SMTP("127.0.0.1", smtp_sink.port, timeout=10) as client:
        client.send_message(message)
    [received] = smtp_sink.wait_for(1)
    assert received["Subject"] == "Relance : facture F-1 échue"
    assert "1 234,56 €" in received.get_content()
