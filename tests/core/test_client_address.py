"""Login lock-out counts per client address; behind a proxy that address must come from the trusted hop."""

from django.test import RequestFactory

from core.client_address import client_address


def test_without_trusted_proxies_the_connection_address_counts(settings):
    settings.NAHBAR_TRUSTED_PROXY_COUNT = 0
    request = RequestFactory().get("/", REMOTE_ADDR="198.51.100.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert client_address(request) == "198.51.100.1"


def test_behind_one_proxy_the_address_it_saw_counts_not_what_the_client_claims(settings):
    settings.NAHBAR_TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.9")
    assert client_address(request) == "203.0.113.9"
