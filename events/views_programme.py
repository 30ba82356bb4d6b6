"""The printed programme: a print page with a small form, and the same page as a PDF."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core.models import Region
from directory.selectors import region_by_slug
from events import programme
from events.forms_programme import ProgrammeForm

TEMPLATE = "events/programme_print.html"


def _form(request: HttpRequest, region: Region) -> ProgrammeForm:
    return ProgrammeForm(
        request.GET,
        districts=programme.districts_of(region),
        organisations=programme.organisations_of(region),
        this_month=timezone.localdate().replace(day=1),
    )


def _context(request: HttpRequest, region: Region, form: ProgrammeForm) -> dict[str, object]:
    context: dict[str, object] = {"region": region, "form": form, "programme": None, "today": timezone.localdate()}
    if form.is_valid():
        context["programme"] = programme.month_programme(
            region=region,
            month=form.cleaned_data["month"],
            language=translation.get_language(),
            district=form.chosen_district(),
            organisation=form.chosen_organisation(),
        )
        context["query"] = form.query_string()
    return context


def programme_print(request: HttpRequest, region_slug: str) -> HttpResponse:
    region = region_by_slug(region_slug)
    form = _form(request, region)
    context = _context(request, region, form)
    return render(request, TEMPLATE, context, status=200 if form.is_valid() else 400)


def _filename(region: Region, form: ProgrammeForm) -> str:
    parts = [
        "programme",
        region.slug,
        form.cleaned_data["district"],
        form.cleaned_data["organisation"],
        f"{form.cleaned_data['month']:%Y-%m}",
        translation.get_language(),
    ]
    return "-".join(part for part in parts if part) + ".pdf"


def programme_pdf(request: HttpRequest, region_slug: str) -> HttpResponse:
    region = region_by_slug(region_slug)
    form = _form(request, region)
    context = _context(request, region, form)
    if not form.is_valid():
        # The print page with the form and what to change, rather than a broken file.
        return render(request, TEMPLATE, context, status=400)
    # WeasyPrint takes seconds to import; only the PDF needs it, so every other page starts fast.
    from events.programme_pdf import render_pdf

    html = render_to_string(TEMPLATE, {**context, "for_pdf": True}, request=request)
    response = HttpResponse(render_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_filename(region, form)}"'
    return response
