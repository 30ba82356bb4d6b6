"""Third-country status: nationals of neither an EU or EEA state nor Switzerland (as EU funding, e.g. AMIF, counts)."""

import re

EU_EEA_CH = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
        "CH",
    ]
)
_CODE = re.compile(r"[A-Z]{2}")


def is_code(value: str) -> bool:
    return bool(_CODE.fullmatch(value))


def third_country(nationality: str) -> bool:
    """Unknown or stateless (empty) counts as not third-country: the figure is only as good as what is known."""
    return bool(nationality) and nationality not in EU_EEA_CH
