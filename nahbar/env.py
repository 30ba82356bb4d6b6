"""Reading NAHBAR_* settings from the environment."""

import os


def text(name: str, default: str) -> str:
    return os.environ.get(f"NAHBAR_{name}", default)


def flag(name: str, default: bool) -> bool:
    raw = os.environ.get(f"NAHBAR_{name}")
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def number(name: str, default: int) -> int:
    raw = os.environ.get(f"NAHBAR_{name}")
    return default if raw is None or raw.strip() == "" else int(raw)


def items(name: str, default: str) -> list[str]:
    return [item.strip() for item in text(name, default).split(",") if item.strip()]
