"""One-time voting codes: short, read aloud and typed without confusing 0/O, 1/I/L, 2/Z, 5/S, 8/B or 6/G."""

import hashlib
import secrets

ALPHABET = "ACDEFHJKMNPRTUVWXY34679"
LENGTH = 8


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(typed: str) -> str:
    """What people type: any case, with spaces or dashes as printed in groups of four."""
    return "".join(character for character in typed.upper() if character.isalnum())


def code_hash(code: str) -> str:
    return hashlib.sha256(normalise(code).encode()).hexdigest()


def printed(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"
