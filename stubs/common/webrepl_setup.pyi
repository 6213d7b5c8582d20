"""Interactive set-up of WebREPL: its password and whether it starts at boot."""

RC: str
"""The boot file the daemon line goes into ("./boot.py")."""
CONFIG: str
"""The file the password is kept in ("./webrepl_cfg.py")."""

def input_choice(prompt: str, choices: str) -> str:
    """Ask until the answer is one of `choices`."""

def getpass(prompt: str) -> str:
    """Ask for a password without echoing it."""

def input_pass() -> str:
    """Ask for a new password twice, until both agree and it is 4-9 characters."""

def exists(fname: str) -> bool:
    """Whether the file exists."""

def get_daemon_status() -> bool | None:
    """Whether boot.py starts WebREPL (None if it has no such line)."""

def change_daemon(action: bool) -> None:
    """Make boot.py start WebREPL (True) or not (False)."""

def main() -> None:
    """Run the set-up dialogue."""
