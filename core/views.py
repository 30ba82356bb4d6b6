"""Entry pages: the site root picks a language, the language root lists the regions."""

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation

from core import selectors


def root(request: HttpRequest) -> HttpResponseRedirect:
    language = translation.get_language_from_request(request)
    return HttpResponseRedirect(f"/{language}/")


def region_chooser(request: HttpRequest) -> HttpResponse:
    return render(request, "core/region_chooser.html", {"regions": selectors.regions()})
