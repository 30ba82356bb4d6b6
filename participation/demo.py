"""A demo round at the Düsternort café (seed 000: the activities are decided together at the weekly café)."""

import datetime as dt
from collections.abc import Collection

from django.contrib.auth import get_user_model
from django.utils import timezone

from events.models import Event
from participation import services
from participation.models import Round

QUESTION = "Was machen wir im nächsten Monat?"
# (text, language, German translation or "" when written in German)
PROPOSALS = [
    ("Spaghetti-Eis-Nachmittag im Café", "de", ""),
    ("رحلة إلى حديقة الحيوان في بريمن", "ar", "Ausflug in den Bremer Zoo"),
    ("شب بازی‌های رومیزی با بچه‌ها", "fa", "Spieleabend mit Kindern"),
    ("Gemeinsames Frühstück mit Gerichten aus allen Ländern", "de", ""),
    ("Екскурсія до музею", "uk", "Museumsbesuch"),
]


def remove_demo_rounds(region_slugs: Collection[str]) -> None:
    Round.objects.filter(region__slug__in=region_slugs).delete()


def load_demo_round(*, cafe: Event, superuser: str, today: dt.date | None = None) -> Round:
    """Collecting proposals for next month, at the café's place, with German translations typed by staff."""
    today = today or timezone.localdate()
    actor = get_user_model().objects.get(username=superuser)
    first = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    assert cafe.location is not None
    round_ = services.create_round(
        actor=actor,
        organisation=cafe.organiser,
        location=cafe.location,
        question=QUESTION,
        period_start=first,
        period_end=last,
        max_choices=2,
    )
    for text, language, german in PROPOSALS:
        proposal = services.add_proposal(actor=actor, round_id=round_.pk, text=text, language=language)
        if german:
            services.save_proposal_translation(actor=actor, proposal_id=proposal.pk, language="de", text=german)
    return round_
