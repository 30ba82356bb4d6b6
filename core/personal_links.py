"""Secrets of personal links (a sign-up, an appointment): given once to the person, only their SHA-256 is kept."""

import hashlib
import secrets


def new_token() -> str:
    return secrets.token_urlsafe(24)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
