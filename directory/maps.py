"""Maps without JavaScript: a mosaic of map tiles with numbered markers, and links to a web map and route."""

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings

from core.models import Location

if TYPE_CHECKING:
    from directory.finder import Card

COLUMNS, ROWS, MAX_ZOOM = 3, 2, 16


@dataclass(frozen=True)
class PlaceLinks:
    location: Location
    map_url: str
    route_url: str
    geo_uri: str


@dataclass(frozen=True)
class Tile:
    url: str
    left: float
    top: float


@dataclass(frozen=True)
class Marker:
    number: int
    title: str
    anchor: str
    left: float
    top: float


@dataclass(frozen=True)
class ResultsMap:
    tiles: list[Tile]
    markers: list[Marker]
    attribution: str
    width: float
    height: float


def place_links(location: Location) -> PlaceLinks:
    coordinates = {"lat": f"{location.latitude:.6f}", "lon": f"{location.longitude:.6f}"}
    return PlaceLinks(
        location=location,
        map_url=settings.NAHBAR_MAP_LINK_URL.format(**coordinates),
        route_url=settings.NAHBAR_ROUTE_LINK_URL.format(**coordinates),
        geo_uri="geo:{lat},{lon}".format(**coordinates),
    )


def _tile_url(template: str, zoom: int, x: int, y: int) -> str:
    """Fill {z}/{x}/{y}; other placeholders such as {s} or {r} are left for tile servers that need none."""
    return template.replace("{z}", str(zoom)).replace("{x}", str(x)).replace("{y}", str(y))


def _tile_xy(lat: float, lon: float, zoom: int) -> tuple[float, float]:
    scale = 2**zoom
    lat_rad = math.radians(lat)
    x = (lon + 180.0) / 360.0 * scale
    y = (1.0 - math.log(math.tan(lat_rad) + 1.0 / math.cos(lat_rad)) / math.pi) / 2.0 * scale
    return x, y


def results_map(cards: "list[Card]") -> ResultsMap | None:
    """Markers for the results that have a place, on tiles from the configured server; None when maps are off."""
    template = settings.NAHBAR_MAP_TILE_URL
    points = [
        (number, card.text.fields["title"], float(location.latitude), float(location.longitude))
        for number, card in enumerate(cards, start=1)
        for location in list(card.offer.locations.all())[:1]
    ]
    if not template or not points:
        return None
    zoom = MAX_ZOOM
    while zoom > 1:
        xs, ys = zip(*(_tile_xy(lat, lon, zoom) for _n, _t, lat, lon in points), strict=True)
        if max(xs) - min(xs) <= COLUMNS - 0.4 and max(ys) - min(ys) <= ROWS - 0.4:
            break
        zoom -= 1
    xs, ys = zip(*(_tile_xy(lat, lon, zoom) for _n, _t, lat, lon in points), strict=True)
    left_edge = (max(xs) + min(xs)) / 2 - COLUMNS / 2
    top_edge = (max(ys) + min(ys)) / 2 - ROWS / 2
    tiles = [
        Tile(
            url=_tile_url(template, zoom, tx % 2**zoom, ty),
            left=(tx - left_edge) / COLUMNS * 100,
            top=(ty - top_edge) / ROWS * 100,
        )
        for ty in range(math.floor(top_edge), math.floor(top_edge + ROWS) + 1)
        for tx in range(math.floor(left_edge), math.floor(left_edge + COLUMNS) + 1)
        if 0 <= ty < 2**zoom
    ]
    markers = [
        Marker(
            number=number,
            title=title,
            anchor=f"result-{number}",
            left=(x - left_edge) / COLUMNS * 100,
            top=(y - top_edge) / ROWS * 100,
        )
        for (number, title, _lat, _lon), x, y in zip(points, xs, ys, strict=True)
    ]
    return ResultsMap(
        tiles=tiles,
        markers=markers,
        attribution=settings.NAHBAR_MAP_ATTRIBUTION,
        width=100 / COLUMNS,
        height=100 / ROWS,
    )
