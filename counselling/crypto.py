"""Case notes encrypted at rest with Fernet (AES-128-CBC with HMAC-SHA256), keys from NAHBAR_CASE_KEYS.

The first key encrypts; every key decrypts, so keys can be rotated without downtime. A database dump alone
reveals no note: the keys live in the server's environment, never in the database or the repository.
"""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class UnreadableNote(Exception):
    """The note was encrypted with a key that is no longer configured."""


def _development_key() -> bytes:
    # Only with DEBUG on: a stable key derived from the development SECRET_KEY, so the demo works out of the box.
    return base64.urlsafe_b64encode(hashlib.sha256(b"case-notes:" + settings.SECRET_KEY.encode()).digest())


def _keys() -> MultiFernet:
    keys = [key.encode() for key in settings.NAHBAR_CASE_KEYS]
    if not keys:
        if not settings.DEBUG:
            raise ImproperlyConfigured("Set NAHBAR_CASE_KEYS (e.g. from `manage.py new_case_key`) to keep case notes.")
        keys = [_development_key()]
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError as error:
        raise ImproperlyConfigured(f"NAHBAR_CASE_KEYS holds a key that is not a Fernet key: {error}") from error


def encrypt(text: str) -> bytes:
    return _keys().encrypt(text.encode())


def decrypt(token: bytes) -> str:
    try:
        return _keys().decrypt(bytes(token)).decode()
    except InvalidToken as error:
        raise UnreadableNote from error


def rotate(token: bytes) -> bytes:
    """The same note encrypted with the first key."""
    return _keys().rotate(bytes(token))


def new_key() -> str:
    return Fernet.generate_key().decode()
