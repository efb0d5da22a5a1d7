"""Where an answer is made: pick the facts that fit a question, abstain when none do.

`answer(question, kb, context)` (bot.answer.engine) reads the question, chooses its intent and
hands it to that intent's composer (bot.answer.intents). Composers, one module per kind of
fact, put figures first, keep every fact's citation, show disagreeing facts newest first, and
add sums where a question asks for a whole (all workers of a city's lokalisasi, an aid
package); bot.answer.evidence quotes a sentence when no fact fits.
"""

from bot.answer.composed import MAX_FINDINGS, Asked, Composed, Composer
from bot.answer.engine import AMBIGUITY_MARGIN, MIN_INTENT_SCORE, SUGGESTIONS, answer, suggestions
from bot.answer.evidence import SEARCH_MIN_SCORE, compose_evidence, compose_statement
from bot.answer.intents import COMPOSERS

__all__ = [
    "AMBIGUITY_MARGIN",
    "COMPOSERS",
    "MAX_FINDINGS",
    "MIN_INTENT_SCORE",
    "SEARCH_MIN_SCORE",
    "SUGGESTIONS",
    "Asked",
    "Composed",
    "Composer",
    "answer",
    "compose_evidence",
    "compose_statement",
    "suggestions",
]
