"""What a web process does once, after Django is set up and before it serves requests."""

import gc

from django.urls import get_resolver


def settle() -> None:
    """Import every view now, then leave everything start-up loaded out of garbage collection.

    Modules, settings, URL patterns and the API's schemas are alive until the process ends, yet every full
    collection walks all of them: on a page of 50 full HSDS services that made one request in twenty take two
    to three times as long. gc.freeze() moves them to a generation the collector never visits (and keeps
    pages shared between gunicorn workers forked with --preload).
    """
    get_resolver().url_patterns  # noqa: B018 - the property imports the URL modules and with them every view
    gc.collect()
    gc.freeze()
