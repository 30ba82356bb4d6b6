"""The SMS adapter posts JSON with a bearer token to the gateway; every failure is one clear exception."""

import pytest

from core import sms_gateway
from tests.events.signup_support import FakeSmsGateway


@pytest.fixture
def gateway(settings):
    fake = FakeSmsGateway()
    settings.NAHBAR_SMS_GATEWAY_URL = fake.url
    settings.NAHBAR_SMS_GATEWAY_TOKEN = "secret-token"
    settings.NAHBAR_SMS_SENDER = "Nahbar"
    yield fake
    fake.close()


def test_a_message_reaches_the_gateway_as_json_with_the_token(gateway):
    sms_gateway.send(to="+491512345678", text="Erinnerung: Ausflug ans Meer, Sa 09:00 – سفر به دریا")
    [request] = gateway.received
    assert request["path"] == "/messages"
    assert request["authorization"] == "Bearer secret-token"
    assert request["content_type"] == "application/json"
    assert request["json"] == {
        "to": "+491512345678",
        "text": "Erinnerung: Ausflug ans Meer, Sa 09:00 – سفر به دریا",
        "sender": "Nahbar",
    }


def test_a_refusal_of_the_gateway_is_a_clear_error(gateway):
    gateway.status = 401
    with pytest.raises(sms_gateway.SmsError, match="refused the message: HTTP 401"):
        sms_gateway.send(to="+491512345678", text="Hallo")


def test_an_unreachable_gateway_is_a_clear_error(gateway, settings):
    gateway.close()
    with pytest.raises(sms_gateway.SmsError, match="could not be reached"):
        sms_gateway.send(to="+491512345678", text="Hallo", timeout=2)


def test_without_a_gateway_nothing_is_sent(settings):
    settings.NAHBAR_SMS_GATEWAY_URL = ""
    assert not sms_gateway.is_configured()
    with pytest.raises(sms_gateway.SmsError, match="No SMS gateway is configured"):
        sms_gateway.send(to="+491512345678", text="Hallo")


def test_only_web_addresses_are_accepted(settings):
    settings.NAHBAR_SMS_GATEWAY_URL = "file:///etc/passwd"
    with pytest.raises(sms_gateway.SmsError, match="must start with https://"):
        sms_gateway.send(to="+491512345678", text="Hallo")
