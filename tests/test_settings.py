from __future__ import annotations

from pathlib import Path

import pytest

from relance.settings import Settings, SettingsError


def test_the_defaults_work_on_a_laptop(tmp_path: Path) -> None:
    settings = Settings.load({}, env_file=tmp_path / "absent")
    assert settings.database_url == "sqlite:///var/relance.db"
    assert settings.smtp_listen == ("127.0.0.1", 2525)
    assert settings.admin_listen == ("127.0.0.1", 8080)
    assert settings.inbox_address == ("factures@relance.localhost",)
    assert settings.imap_url is None


def test_the_environment_wins_over_the_env_file(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("RELANCE_SMTP_LISTEN=0.0.0.0:25\nRELANCE_REMIND_AT=07:00\n")
    settings = Settings.load({"RELANCE_SMTP_LISTEN": "127.0.0.1:2626"}, env_file=env_file)
    assert settings.smtp_listen == ("127.0.0.1", 2626)
    assert settings.remind_at == "07:00"


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("RELANCE_SMTP_LISTEN", "127.0.0.1:99999", "RELANCE_SMTP_LISTEN='127.0.0.1:99999': port"),
        ("RELANCE_ADMIN_LISTEN", "8080", "RELANCE_ADMIN_LISTEN='8080': expected HOST:PORT"),
        ("RELANCE_DATABASE_URL", "mysql://x/y", "RELANCE_DATABASE_URL='mysql://x/y': the scheme"),
        (
            "RELANCE_IMAP_URL",
            "imaps:///INBOX",
            "RELANCE_IMAP_URL='imaps:///INBOX': the URL names no",
        ),
        (
            "RELANCE_OUTGOING_SMTP_URL",
            "smtp://relay:hunter2@h:x/",
            "RELANCE_OUTGOING_SMTP_URL='smtp://***': the port",
        ),
        (
            "RELANCE_OUTGOING_SMTP_URL",
            "smtpx://relay:hunter2@h/",
            "RELANCE_OUTGOING_SMTP_URL='smtpx://relay:***@h/': the scheme",
        ),
        ("RELANCE_SECRET_KEY", "a", "RELANCE_SECRET_KEY='***': too weak to sign sessions"),
        ("RELANCE_SECRET_KEY", "ab" * 20, "RELANCE_SECRET_KEY='***': too weak to sign sessions"),
        ("RELANCE_SMTP_MAX_SIZE", "-1", "RELANCE_SMTP_MAX_SIZE='-1': expected a positive"),
        ("RELANCE_REMIND_AT", "25:00", "RELANCE_REMIND_AT='25:00': expected a time"),
        ("RELANCE_ACKNOWLEDGE", "maybe", "RELANCE_ACKNOWLEDGE='maybe': expected true or false"),
    ],
)
def test_a_wrong_value_names_the_variable(
    tmp_path: Path, variable: str, value: str, message: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.load({variable: value}, env_file=tmp_path / "absent")
    assert str(caught.value).startswith(message)
    assert caught.value.name == variable


def test_describe_masks_secrets(tmp_path: Path) -> None:
    settings = Settings.load(
        {
            "RELANCE_DATABASE_URL": "postgresql://relance:hunter2@db.local/relance",
            "RELANCE_SECRET_KEY": "s3cret-but-long-enough-to-be-accepted-0123",
            "RELANCE_SMS_TOKEN": "tok",
            "RELANCE_IMAP_URL": "imaps://T0KEN@imap.local/INBOX",
            "RELANCE_SMS_URL": "https://sms.local/send?api_key=k3y&from=Relance",
        },
        env_file=tmp_path / "absent",
    )
    shown = dict((name, value) for name, value, _ in settings.describe())
    assert shown["RELANCE_DATABASE_URL"] == "postgresql://relance:***@db.local/relance"
    assert shown["RELANCE_SECRET_KEY"] == "***"
    assert shown["RELANCE_SMS_TOKEN"] == "***"
    assert shown["RELANCE_IMAP_URL"] == "imaps://***@imap.local/INBOX"
    assert shown["RELANCE_SMS_URL"] == "https://sms.local/send?api_key=***&from=***"
    assert "hunter2" not in repr(shown)
    assert "T0KEN" not in repr(shown) and "k3y" not in repr(shown)


def test_the_session_secret_is_generated_once_and_kept(tmp_path: Path) -> None:
    settings = Settings.load({"RELANCE_DATA_DIR": str(tmp_path)}, env_file=tmp_path / "absent")
    first = settings.session_secret()
    assert len(first) > 40
    assert settings.session_secret() == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600
