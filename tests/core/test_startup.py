"""The web process settles after start: views imported, start-up objects left out of garbage collection."""

import gc
import importlib
import sys

import pytest


@pytest.fixture
def unfrozen():
    yield
    gc.unfreeze()


def test_the_wsgi_application_freezes_what_start_up_loaded(unfrozen):
    gc.unfreeze()
    sys.modules.pop("nahbar.wsgi", None)

    module = importlib.import_module("nahbar.wsgi")

    assert callable(module.application)
    assert gc.get_freeze_count() > 10_000
    assert "interop.hsds.views" in sys.modules
