"""The four demo towns, their districts and the places where offers happen.

Centre points and coordinates are approximate. Addresses come from the seed documents; the two Delmenhorst
neighbourhood offices, which the seed names without an address, use their published office addresses.
"""

from core.models import Location
from directory.demo.specs import DistrictSpec, LocationSpec, RegionSpec

Access = Location.Access
LANGUAGES = ["de", "en", "ar", "fa", "tr", "uk", "ru"]

REGIONS: list[RegionSpec] = [
    {"slug": "delmenhorst", "name": "Delmenhorst", "federal_state": "Niedersachsen", "languages": [*LANGUAGES, "pl"]},
    {"slug": "dorsten", "name": "Dorsten", "federal_state": "Nordrhein-Westfalen", "languages": LANGUAGES},
    {"slug": "dortmund", "name": "Dortmund", "federal_state": "Nordrhein-Westfalen", "languages": [*LANGUAGES, "ku"]},
    {"slug": "magdeburg", "name": "Magdeburg", "federal_state": "Sachsen-Anhalt", "languages": LANGUAGES},
]

DISTRICTS: list[DistrictSpec] = [
    # Delmenhorst
    {
        "region": "delmenhorst",
        "slug": "duesternort",
        "name": "Düsternort",
        "postcodes": ["27755"],
        "lat": "53.0380",
        "lon": "8.6160",
    },
    {
        "region": "delmenhorst",
        "slug": "hasport",
        "name": "Hasport",
        "postcodes": ["27755"],
        "lat": "53.0450",
        "lon": "8.5990",
    },
    {
        "region": "delmenhorst",
        "slug": "mitte",
        "name": "Mitte",
        "postcodes": ["27749"],
        "lat": "53.0506",
        "lon": "8.6317",
    },
    # Dorsten
    {
        "region": "dorsten",
        "slug": "hervest",
        "name": "Hervest",
        "postcodes": ["46284"],
        "lat": "51.6770",
        "lon": "6.9700",
    },
    {
        "region": "dorsten",
        "slug": "wulfen",
        "name": "Wulfen",
        "postcodes": ["46286"],
        "lat": "51.7180",
        "lon": "7.0190",
    },
    {
        "region": "dorsten",
        "slug": "altstadt",
        "name": "Altstadt/Mitte",
        "postcodes": ["46282"],
        "lat": "51.6610",
        "lon": "6.9650",
    },
    {
        "region": "dorsten",
        "slug": "holsterhausen",
        "name": "Holsterhausen",
        "postcodes": ["46284"],
        "lat": "51.6690",
        "lon": "6.9350",
    },
    # Dortmund (the districts of the two "lokal willkommen" offices)
    {
        "region": "dortmund",
        "slug": "brackel",
        "name": "Brackel",
        "postcodes": ["44309"],
        "lat": "51.5190",
        "lon": "7.5560",
    },
    {
        "region": "dortmund",
        "slug": "aplerbeck",
        "name": "Aplerbeck",
        "postcodes": ["44287"],
        "lat": "51.4860",
        "lon": "7.5570",
    },
    {
        "region": "dortmund",
        "slug": "mengede",
        "name": "Mengede",
        "postcodes": ["44357", "44359"],
        "lat": "51.5700",
        "lon": "7.3920",
    },
    {
        "region": "dortmund",
        "slug": "huckarde",
        "name": "Huckarde",
        "postcodes": ["44369"],
        "lat": "51.5400",
        "lon": "7.4180",
    },
    # Magdeburg
    {
        "region": "magdeburg",
        "slug": "neustaedter-feld",
        "name": "Neustädter Feld",
        "postcodes": ["39128"],
        "lat": "52.1590",
        "lon": "11.5920",
    },
    {
        "region": "magdeburg",
        "slug": "neu-olvenstedt",
        "name": "Neu Olvenstedt",
        "postcodes": ["39130"],
        "lat": "52.1480",
        "lon": "11.5690",
    },
    {
        "region": "magdeburg",
        "slug": "sudenburg",
        "name": "Sudenburg",
        "postcodes": ["39112"],
        "lat": "52.1170",
        "lon": "11.6170",
    },
    {
        "region": "magdeburg",
        "slug": "stadtfeld",
        "name": "Stadtfeld",
        "postcodes": ["39108", "39110"],
        "lat": "52.1310",
        "lon": "11.6000",
    },
    {
        "region": "magdeburg",
        "slug": "buckau",
        "name": "Buckau",
        "postcodes": ["39104"],
        "lat": "52.1100",
        "lon": "11.6400",
    },
]

LOCATIONS: list[LocationSpec] = [
    {
        "region": "delmenhorst",
        "key": "nbb-duesternort",
        "organisation": "nbb-duesternort",
        "name": "Nachbarschaftsbüro Düsternort",
        "street": "Elbinger Straße 8",
        "postcode": "27755",
        "city": "Delmenhorst",
        "district": "duesternort",
        "lat": "53.0384",
        "lon": "8.6166",
        "access": [Access.STEP_FREE, Access.ACCESSIBLE_TOILET, Access.CHILDREN],
        "access_note": "Rampe am Eingang, barrierearme Toilette, Spielbereich für Kinder",
    },
    {
        "region": "delmenhorst",
        "key": "nbb-hasport",
        "organisation": "nbb-hasport",
        "name": "Nachbarschaftsbüro Hasport",
        "street": "Annenheider Straße 154",
        "postcode": "27755",
        "city": "Delmenhorst",
        "district": "hasport",
        "lat": "53.0446",
        "lon": "8.5930",
    },
    {
        "region": "dorsten",
        "key": "brunnenplatz",
        "organisation": "integrationsagentur",
        "name": "Kultur- und Begegnungszentrum am Brunnenplatz",
        "street": "Burgsdorffstraße 76",
        "postcode": "46284",
        "city": "Dorsten",
        "district": "hervest",
        "lat": "51.6766",
        "lon": "6.9716",
    },
    {
        "region": "dortmund",
        "key": "lw-brackel",
        "organisation": "lw-brackel",
        "name": "lokal willkommen Brackel/Aplerbeck (Ladenlokal)",
        "street": "Brackeler Hellweg",
        "postcode": "44309",
        "city": "Dortmund",
        "district": "brackel",
        "lat": "51.5207",
        "lon": "7.5480",
    },
    {
        "region": "dortmund",
        "key": "lw-mengede",
        "organisation": "lw-mengede",
        "name": "lokal willkommen im Noah-Gemeindehaus",
        "street": "Westerfilder Straße 11a",
        "postcode": "44357",
        "city": "Dortmund",
        "district": "mengede",
        "lat": "51.5545",
        "lon": "7.3905",
    },
]
