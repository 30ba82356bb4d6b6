"""Everything the demo loads, gathered per region from the data modules."""

from core.models import Membership
from directory.demo import (
    offers_delmenhorst,
    offers_dorsten,
    offers_dorsten_mittendrin,
    offers_dortmund,
    offers_magdeburg,
    text_delmenhorst,
    text_dorsten_groups,
    text_dorsten_mittendrin,
    text_dorsten_services,
    text_dortmund,
    text_magdeburg,
)
from directory.demo.specs import OfferSpec, StaffSpec, Texts

OFFERS: dict[str, list[OfferSpec]] = {
    "delmenhorst": offers_delmenhorst.OFFERS,
    "dorsten": [*offers_dorsten.OFFERS, *offers_dorsten_mittendrin.OFFERS],
    "dortmund": offers_dortmund.OFFERS,
    "magdeburg": offers_magdeburg.OFFERS,
}

TEXTS: dict[str, Texts] = {
    "delmenhorst": text_delmenhorst.TEXTS,
    "dorsten": {**text_dorsten_services.TEXTS, **text_dorsten_groups.TEXTS, **text_dorsten_mittendrin.TEXTS},
    "dortmund": text_dortmund.TEXTS,
    "magdeburg": text_magdeburg.TEXTS,
}

# (region, offer slug, language) of translations labelled as machine translations for readers.
MACHINE_TRANSLATED = {("dorsten", "seniorengruppe", "ru"), ("magdeburg", "austausch-begegnung", "uk")}

# Translated from an earlier version of the German text, so readers see them marked as outdated.
OUTDATED = {("dorsten", "fototreff", "ar")}

STAFF: list[StaffSpec] = [
    {
        "role": "Region coordinator (Dorsten)",
        "username": "koordination",
        "region": "dorsten",
        "organisation": None,
        "membership": Membership.Role.COORDINATOR,
    },
    {
        "role": "Organisation manager (Integrationsagentur Dorsten)",
        "username": "leitung",
        "region": "dorsten",
        "organisation": "integrationsagentur",
        "membership": Membership.Role.MANAGER,
    },
    {
        "role": "Editor (Integrationsagentur Dorsten)",
        "username": "redaktion",
        "region": "dorsten",
        "organisation": "integrationsagentur",
        "membership": Membership.Role.EDITOR,
    },
    {
        "role": "Editor (lokal willkommen Mengede/Huckarde)",
        "username": "redaktion-dortmund",
        "region": "dortmund",
        "organisation": "lw-mengede",
        "membership": Membership.Role.EDITOR,
    },
    {
        "role": "Counsellor (lokal willkommen Brackel/Aplerbeck)",
        "username": "beratung-dortmund",
        "region": "dortmund",
        "organisation": "lw-brackel",
        "membership": Membership.Role.COUNSELLOR,
    },
]
SUPERUSER = "admin"
