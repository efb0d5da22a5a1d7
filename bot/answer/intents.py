"""Every intent and the composer that answers it, at a glance.

The intents, their example phrasings and their cues are in bot/data/intents.toml; each
composer module (closure, count, target, aid, person, site, definition, reason, overview,
evidence) exports its own part of this table as `COMPOSERS`.
"""

from __future__ import annotations

from bot.answer import (
    aid,
    closure,
    count,
    definition,
    evidence,
    overview,
    person,
    reason,
    site,
    target,
)
from bot.answer.composed import Composer
from bot.answer.listed import listed_composers

COMPOSERS: dict[str, Composer] = {
    "closure_count": closure.compose_closure_count,
    "closure_when": closure.compose_closure_when,
    "closure_where": closure.compose_closure_where,
    "closure_status": closure.compose_closure_status,
    "closure_who": closure.compose_closure_who,
    "closure_reason": reason.compose_reason,
    "worker_count": count.compose_worker_count,
    "worker_most": count.compose_worker_most,
    "target": target.compose_target,
    "aid_amount": aid.compose_aid_amount,
    "aid_source": aid.compose_aid_source,
    "person": person.compose_person,
    "site": site.compose_site,
    "definition": definition.compose_definition,
    "statement": evidence.compose_statement,
    "overview": overview.compose_overview,
    # Intents of kinds that answer with their facts as they are (bot.answer.listed).
    **listed_composers(),
}
"""Intent -> composer. The engine asks the best-fitting intent's composer first."""
