"""The results as a bar chart: SVG drawn on the server, readable without JavaScript and by screen readers.

Right-to-left pages get the chart mirrored: labels and bars start at the right edge.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.languages import direction
from participation.selectors import ShownProposal

WIDTH = 400
PAD = 8
ROW = 58
LABEL_CHARS = 44
NUMBER_SPACE = 44


@dataclass(frozen=True)
class Bar:
    label: str
    label_language: str
    votes: int
    votes_text: str
    label_x: float
    label_y: float
    bar_x: float
    bar_y: float
    bar_width: float
    number_x: float
    number_y: float
    is_winner: bool


def votes_text(count: int) -> str:
    return ngettext("%(count)d vote", "%(count)d votes", count) % {"count": count}


def _label(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def _bars(rows: list[ShownProposal], *, rtl: bool) -> list[Bar]:
    top = max((row.votes for row in rows), default=0)
    longest = WIDTH - 2 * PAD - NUMBER_SPACE
    bars = []
    for index, row in enumerate(rows):
        y = index * ROW
        width = round(longest * row.votes / top, 1) if top else 0.0
        start = WIDTH - PAD if rtl else PAD
        bars.append(
            Bar(
                label=_label(row.text),
                label_language=row.language,
                votes=row.votes,
                votes_text=votes_text(row.votes),
                label_x=start,
                label_y=y + 18,
                bar_x=WIDTH - PAD - width if rtl else PAD,
                bar_y=y + 26,
                bar_width=width,
                number_x=start - width - 6 if rtl else start + width + 6,
                number_y=y + 45,
                is_winner=top > 0 and row.votes == top,
            )
        )
    return bars


def render(rows: list[ShownProposal], *, language: str, ballots: int, chart_id: str = "results-chart") -> SafeString:
    rtl = direction(language) == "rtl"
    summary = ngettext("%(count)d person voted.", "%(count)d people voted.", ballots) % {"count": ballots}
    details = "; ".join(f"{row.text}: {votes_text(row.votes)}" for row in rows)
    return render_to_string(
        "participation/chart.svg",
        {
            "chart_id": chart_id,
            "language": language,
            "direction": "rtl" if rtl else "ltr",
            "width": WIDTH,
            "height": max(len(rows), 1) * ROW + PAD,
            "bars": _bars(rows, rtl=rtl),
            "title": _("Votes per proposal"),
            "description": f"{summary} {details}".strip(),
        },
    )
