"""One article's sentences to facts: annotate → discourse → rules, each step guarded."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Iterable

from knowledge import kinds
from knowledge.extract.annotate import annotate_places, read_numbers, title_sites, years_named
from knowledge.extract.article_places import ArticlePlaces
from knowledge.extract.context import Context, Extraction, RuleFailure, SentenceView, lower
from knowledge.extract.discourse import Discourse
from knowledge.places import Gazetteer

logger = logging.getLogger("knowledge.extract")

STRICT_ENV = "KNOWLEDGE_STRICT_RULES"
"""Set (to anything but "" or "0") to let an error inside a rule propagate instead of being
logged and counted; the test suite sets it so a rule's bug fails the tests."""


def strict_rules() -> bool:
    """Whether a rule's error propagates (see STRICT_ENV)."""
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


class _Guard:
    """Runs one step at a time; an error in it costs that step's facts for the sentence, not
    the article. It is logged and counted (unless strict_rules(): then it propagates)."""

    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        self.failures: list[RuleFailure] = []

    def run(self, rule: str, view: SentenceView | None, call: Callable[[], object]) -> None:
        try:
            call()
        except Exception as exc:
            if strict_rules():
                raise
            sentence_id = view.id if view is not None else None
            logger.error(
                "extraction rule %s failed on article %s, sentence %s: %r",
                rule,
                self.article_id,
                sentence_id,
                exc,
                exc_info=True,
            )
            self.failures.append(RuleFailure(sentence_id, rule, repr(exc)))


def extract_facts(
    gazetteer: Gazetteer,
    article_id: str,
    title: str,
    published: dt.date | None,
    sentences: Iterable[tuple[int, int, str]],
    dateline: str | None = None,
) -> Extraction:
    """Every fact in an article's sentences, given as (sentence id, paragraph, text).

    The gazetteer learns the villages, lokalisasi and short names the article introduces
    once it has been read, so that a later article of the same batch knows them.
    """
    guard = _Guard(article_id)
    raw = list(sentences)
    years = years_named([text for _, _, text in raw])
    views = [
        SentenceView(sid, paragraph, text, lower(text), position=position)
        for position, (sid, paragraph, text) in enumerate(raw)
    ]
    for view in views:
        guard.run("numbers", view, lambda view=view: read_numbers(view, published, years))

    places = ArticlePlaces(gazetteer)
    try:
        discourse = Discourse(places, views)
        guard.run("main_place", None, lambda: discourse.settle_main_place(title, dateline))
        guard.run(
            "title_sites", None, lambda: discourse.learn_title(title_sites(title, discourse.scope))
        )
        for at, view in enumerate(views):
            before = views[at - 1].text if at else ""
            guard.run(
                "places",
                view,
                lambda view=view, before=before: discourse.learn(
                    view, annotate_places(view.text, discourse.scope, before)
                ),
            )
        context = Context(discourse, article_id, published)
        for view in views:
            for _, rule in kinds.RULES:  # looked up now, so a test can swap a rule
                context.rule = rule.__name__
                guard.run(rule.__name__, view, lambda rule=rule, view=view: rule(context, view))
    finally:
        places.publish()
    return Extraction(
        facts=context.facts,
        places=list(places.new_places.values()),
        aliases=list(places.new_aliases.values()),
        failures=guard.failures,
        rules=context.rules,
    )
