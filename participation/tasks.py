"""Background work for rounds: machine translation of proposals and questions for the other languages.

Enqueued once the saving transaction has committed; runs in-process when no broker is configured. When no
service is configured or it fails, the text stays in its own language with a note, and staff can translate.
"""

import logging

from celery import shared_task

from participation import services
from participation.models import Proposal, Round
from translations import machine
from translations.models import Origin

logger = logging.getLogger(__name__)


def _translate(text: str, *, source: str, targets: list[str]) -> dict[str, str]:
    """Every target the service manages; a language it cannot do is left out, not fatal."""
    found: dict[str, str] = {}
    for target in targets:
        try:
            found[target] = machine.translate(texts=[text], source=source, target=target)[0]
        except machine.MachineTranslationUnavailable as error:
            logger.warning("No machine translation %s→%s: %s", source, target, error)
    return {language: value.strip() for language, value in found.items() if value.strip()}


@shared_task(ignore_result=True)
def translate_proposal(proposal_id: int) -> None:
    if not machine.is_configured():
        return
    proposal = Proposal.objects.select_related("round__region").filter(pk=proposal_id).first()
    if proposal is None:
        return
    targets = [code for code in proposal.round.region.enabled_languages if code != proposal.language]
    for language, text in _translate(proposal.text, source=proposal.language, targets=targets).items():
        services.save_proposal_translation(
            actor=None, proposal_id=proposal.pk, language=language, text=text, origin=Origin.MACHINE
        )


@shared_task(ignore_result=True)
def translate_round_question(round_id: int) -> None:
    if not machine.is_configured():
        return
    round_ = Round.objects.select_related("region").filter(pk=round_id).first()
    if round_ is None:
        return
    source = round_.region.source_language
    targets = [code for code in round_.region.enabled_languages if code != source]
    questions = _translate(round_.question, source=source, targets=targets)
    services.save_question_translations(round_id=round_.pk, content_version=round_.content_version, questions=questions)
