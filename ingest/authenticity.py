"""Is a mail really from the sender it names? The From address alone is easy to forge, so when
the mailbox's own server is named (its authserv-id), its Authentication-Results headers decide:
a DMARC, DKIM or SPF pass for the domain of the very address that chose the creditor."""

from __future__ import annotations

import authres

_HEADER = "Authentication-Results: "


def unverified_sender(sender: str, results: tuple[str, ...], trusted: tuple[str, ...]) -> str:
    """Why `sender` is not verified by a trusted server's results; '' when it is."""
    domain = sender.rpartition("@")[2].lower()
    seen: list[str] = []
    for value in results:
        try:
            header = authres.AuthenticationResultsHeader.parse(_HEADER + value)
        except (authres.AuthResError, ValueError, IndexError):
            continue
        if str(header.authserv_id).lower() not in trusted:
            continue
        for result in header.results:
            method, outcome = str(result.method).lower(), str(result.result).lower()
            seen.append(f"{method}={outcome}")
            if outcome == "pass" and _aligned(_property(result, method), domain):
                return ""
    if not seen:
        return f"sender {sender} not verified: no Authentication-Results from {', '.join(trusted)}"
    return f"sender {sender} not verified ({', '.join(seen)})"


def _property(result: authres.core.BaseAuthenticationResult, method: str) -> str:
    """The domain a pass speaks for (DMARC header.from, DKIM header.d, SPF smtp.mailfrom)."""
    wanted = {
        "dmarc": ("header", "from"),
        "dkim": ("header", "d"),
        "spf": ("smtp", "mailfrom"),
    }.get(method)
    for prop in result.properties if wanted else ():
        if (str(prop.type).lower(), str(prop.name).lower()) == wanted:
            return str(prop.value).rpartition("@")[2].lower()
    return ""


def _aligned(domain: str, sender_domain: str) -> bool:
    """Relaxed alignment: the same domain, or one a subdomain of the other (never a bare TLD)."""
    if "." not in domain or "." not in sender_domain:
        return False
    return (
        domain == sender_domain
        or sender_domain.endswith("." + domain)
        or domain.endswith("." + sender_domain)
    )
