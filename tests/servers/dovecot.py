"""A throwaway Dovecot IMAP server: passwd-file users, maildirs in a temp dir, loopback port.

Started in the foreground (`dovecot -F -c conf`), no systemd; stop() and start() again keep the
mail, so a test can take the server away under a client and bring it back.
"""

from __future__ import annotations

import contextlib
import imaplib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.servers.ports import free_port, port_open, wait_until

USER = "factures"
PASSWORD = "secret-imap"

CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {account}
default_internal_group = {group}
default_login_user = {account}
mail_location = maildir:{root}/mail/%u
mail_uid = {uid}
mail_gid = {gid}
first_valid_uid = 1
first_valid_gid = 1
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
protocol imap {{
  imap_idle_notify_interval = 1 secs
{capability}}}
"""


@dataclass
class DovecotServer:
    root: Path
    port: int
    # e.g. "IMAP4rev1 UIDPLUS": a server without IDLE and MOVE, to test the fallbacks.
    capability: str = ""
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"imap://{USER}:{PASSWORD}@127.0.0.1:{self.port}/INBOX"

    def write_config(self) -> Path:
        account = pwd.getpwnam("nobody") if os.geteuid() == 0 else pwd.getpwuid(os.geteuid())
        for sub in ("run", "state", "mail", "home"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        (self.root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        group = account.pw_gid
        conf = self.root / "dovecot.conf"
        conf.write_text(
            CONFIG.format(
                root=self.root,
                account=account.pw_name,
                group=subprocess.run(
                    ["getent", "group", str(group)], capture_output=True, text=True, check=True
                ).stdout.split(":")[0],
                uid=account.pw_uid,
                gid=group,
                port=self.port,
                capability=f"  imap_capability = {self.capability}\n" if self.capability else "",
            )
        )
        if os.geteuid() == 0:
            for sub in ("mail", "home"):
                os.chown(self.root / sub, account.pw_uid, group)
        return conf

    def start(self) -> None:
        conf = self.root / "dovecot.conf"
        if not conf.exists():
            conf = self.write_config()
        self.process = subprocess.Popen(
            [dovecot_binary(), "-F", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # Its own process group, so stop() also ends the imap processes serving clients.
            start_new_session=True,
        )
        wait_until(self._answers, timeout=30, what="Dovecot")

    def _answers(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            log_file = self.root / "dovecot.log"
            log = log_file.read_text() if log_file.exists() else ""
            raise RuntimeError(f"dovecot exited with {self.process.returncode}: {log[-2000:]}")
        if not port_open(self.port):
            return False
        client = imaplib.IMAP4("127.0.0.1", self.port, timeout=5)
        try:
            client.login(USER, PASSWORD)
        finally:
            client.logout()
        return True

    def stop(self) -> None:
        if self.process is not None:
            group = self.process.pid
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGKILL)
        self.process = None
        wait_until(lambda: not port_open(self.port), timeout=10, what="Dovecot to stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def dovecot_binary() -> str:
    """Dovecot from PATH, else where Debian puts it (/usr/sbin is off a user's PATH)."""
    found = shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin")
    if found is None:
        raise FileNotFoundError("dovecot (Debian package dovecot-imapd)")
    return found


def start_dovecot(capability: str = "") -> DovecotServer:
    dovecot_binary()
    root = Path(tempfile.mkdtemp(prefix="relance-dovecot-"))
    root.chmod(0o755)
    server = DovecotServer(root=root, port=free_port(), capability=capability)
    server.start()
    return server
