"""Synthetic regions for the search benchmark: many offers in eight languages with realistic word frequencies."""

import datetime as dt
import random
import time
from collections.abc import Callable, Iterator

from django.db import connection, transaction

from core.models import District, Location, Organisation, Region
from directory import search
from directory.models import Offer, OfferTranslation, Schedule, Topic

LANGUAGES = ["en", "ar", "fa", "tr", "uk", "ru", "fr"]  # plus the German source: eight languages
ALPHABETS = {
    "de": "abcdefghijklmnopqrstuvwxyzäöüß",
    "en": "abcdefghijklmnopqrstuvwxyz",
    "fr": "abcdefghijklmnopqrstuvwxyzéèàç",
    "tr": "abcçdefgğhıijklmnoöprsştuüvyz",
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "fa": "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}
# Real words the seeds use, so common queries hit as many offers as they would in a real town.
COMMON_WORDS = ["Beratung", "Deutschkurs", "Familie", "Frauen", "Jugend", "Café", "Ausflug", "Sprechstunde"]
VOCABULARY_SIZE = 4000


def _vocabulary(rng: random.Random, language: str) -> list[str]:
    letters = ALPHABETS[language]
    return ["".join(rng.choice(letters) for _ in range(rng.randint(4, 11))) for _ in range(VOCABULARY_SIZE)]


class TextMaker:
    """Sentences with Zipf-like word frequencies, so some words are everywhere and most are rare."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - repeatable test data, not secrets
        self.words = {language: _vocabulary(self.rng, language) for language in ["de", *LANGUAGES]}
        self.weights = [1.0 / (rank + 1) for rank in range(VOCABULARY_SIZE)]

    def text(self, language: str, count: int) -> str:
        chosen = self.rng.choices(self.words[language], weights=self.weights, k=count)
        if language == "de" and self.rng.random() < 0.3:
            chosen.append(self.rng.choice(COMMON_WORDS))
        return " ".join(chosen).capitalize()


def _places(region: Region, district_count: int) -> tuple[list[Organisation], list[Location]]:
    districts = District.objects.bulk_create(
        District(region=region, slug=f"d{n}", name=f"Stadtteil {n}", centre_lat=51.5, centre_lon=7.4)
        for n in range(district_count)
    )
    organisations = Organisation.objects.bulk_create(
        Organisation(region=region, slug=f"o{n}", name=f"Träger {n}", kind="club") for n in range(50)
    )
    locations = Location.objects.bulk_create(
        Location(
            region=region,
            organisation=organisations[n % 50],
            name=f"Treffpunkt {n}",
            street=f"Hauptstraße {n}",
            postcode="44000",
            city=region.name,
            district=districts[n % district_count],
            latitude=51.5 + n / 10000,
            longitude=7.4 + n / 10000,
        )
        for n in range(200)
    )
    return organisations, locations


def _offers(region: Region, size: int, maker: TextMaker, organisations: list[Organisation]) -> Iterator[Offer]:
    rng = maker.rng
    for number in range(size):
        yield Offer(
            region=region,
            provider=organisations[number % len(organisations)],
            slug=f"offer-{number}",
            title=maker.text("de", 4),
            summary=maker.text("de", 14),
            description=maker.text("de", 50),
            offer_type=rng.choice(Offer.Type.values),
            languages=rng.sample(["de", *LANGUAGES], 2),
            cost=Offer.Cost.FREE if rng.random() < 0.7 else Offer.Cost.REDUCED,
            cost_pass_name="Stadtpass",  # noqa: S106 - a local discount pass, not a password
            age_min=rng.choice([None, None, 12, 18]),
            status=Offer.Status.PUBLISHED,
        )


def create_region(*, slug: str, size: int, seed: int) -> Region:
    """A region with `size` published offers, each translated into seven languages, then indexed."""
    maker = TextMaker(seed)
    rng = maker.rng
    topics = list(Topic.objects.all())
    with transaction.atomic():
        region = Region.objects.create(slug=slug, name=f"Benchmark {slug}", federal_state="NRW")
        region.enabled_languages = ["de", *LANGUAGES]
        region.save()
        organisations, locations = _places(region, district_count=12)
        offers = Offer.objects.bulk_create(_offers(region, size, maker, organisations), batch_size=2000)
        topic_links = Offer.topics.through
        topic_links.objects.bulk_create(
            (topic_links(offer_id=o.id, topic_id=t.id) for o in offers for t in rng.sample(topics, 2)), batch_size=5000
        )
        place_links = Offer.locations.through
        place_links.objects.bulk_create(
            (place_links(offer_id=o.id, location_id=rng.choice(locations).id) for o in offers), batch_size=5000
        )
        Schedule.objects.bulk_create((_schedule(rng, offer) for offer in offers if rng.random() < 0.6), batch_size=5000)
        OfferTranslation.objects.bulk_create(
            (
                OfferTranslation(
                    offer_id=offer.id,
                    language=language,
                    title=maker.text(language, 4),
                    summary=maker.text(language, 14),
                    description=maker.text(language, 50),
                    source_version=1,
                )
                for offer in offers
                for language in LANGUAGES
            ),
            batch_size=5000,
        )
        search.rebuild(region_id=region.id)
    return region


def _schedule(rng: random.Random, offer: Offer) -> Schedule:
    opens = rng.randint(8, 16)
    byday = rng.choice(["MO", "TU", "WE", "TH", "FR", "SA", "MO,WE", "1TU"])
    return Schedule(
        offer_id=offer.id,
        byday=byday,
        freq="MONTHLY" if byday[0].isdigit() else "WEEKLY",
        opens_at=dt.time(opens),
        closes_at=dt.time(opens + 2),
        valid_from=dt.date(2024, 1, 1),
    )


# Sizes of the synthetic regions; together 100 000 offers, the largest town holding half of them. The search and
# the HSDS benchmarks share them, so one generated database serves both.
REGION_SIZES = [50_000, 20_000, 10_000, 10_000, 5_000, 5_000]


def drop(region: Region) -> None:
    # Offers protect their providers, so they go before the region takes its organisations along.
    Offer.objects.filter(region=region).delete()
    region.delete()


def regions(scale: float, *, report: Callable[[str], None]) -> list[Region]:
    """The synthetic regions at this scale, generating (or regenerating) those whose size differs."""
    found, generated = [], False
    for number, size in enumerate(REGION_SIZES):
        slug, wanted = f"bench-{number}", max(1, int(size * scale))
        region = Region.objects.filter(slug=slug).first()
        if region is not None and region.offers.count() != wanted:
            drop(region)
            region = None
        if region is None:
            started = time.perf_counter()
            region = create_region(slug=slug, size=wanted, seed=number)
            report(f"generated {slug}: {wanted} offers in {time.perf_counter() - started:.0f} s")
            generated = True
        found.append(region)
    if generated and connection.vendor == "postgresql":
        # What autovacuum does minutes after a bulk load: statistics for the planner, and the visibility map
        # without which index-only scans (counting and paging offers) still read every row. VACUUM cannot run
        # in a transaction (as under the test suite), where the statistics alone have to do.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
    return found
