"""Identify the platform: firmware, compiler and C library."""

def platform() -> str:
    """Return a string naming the firmware, the board and the port."""

def python_compiler() -> str:
    """Return the C compiler that built the firmware."""

def libc_ver() -> tuple[str, str]:
    """Return the C library's name and version (empty strings where unknown)."""

def processor() -> str:
    """Return the processor's name, where the port reports it."""
