"""Say what will fail before it fails: channels the ladders use that this install cannot send."""

from __future__ import annotations

from scheduler.channels import ChannelConfig
from scheduler.rules import Rules

# The setting each channel needs, by the name a person sets it under.
SETTING_OF = {"email": "RELANCE_OUTGOING_SMTP_URL", "sms": "RELANCE_SMS_URL"}


def cannot_send(channel: str, config: ChannelConfig) -> str:
    """Why `channel` cannot go out with this configuration, or "" when it can."""
    configured = {"email": config.smtp_url, "sms": config.sms_url}
    if channel in configured and not configured[channel]:
        return f"cannot send: {SETTING_OF[channel]} is not set"
    return ""


def channel_warnings(rules: Rules, config: ChannelConfig) -> list[str]:
    """One sentence per channel some ladder uses and the install cannot send."""
    used = {c for ladder in rules.ladders.values() for step in ladder.steps for c in step.channel}
    return [
        f"ladders use {channel} but {SETTING_OF[channel]} is not set"
        for channel in ("email", "sms")
        if channel in used and cannot_send(channel, config)
    ]
