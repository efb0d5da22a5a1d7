"""`python -m bot ask`: the batch and one-shot shells over the answer engine."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from bot.answer import answer
from bot.models import Answer
from bot.render import render_text
from knowledge.index import KnowledgeBase, load_kb
from knowledge.paths import kb_path


def answer_json(reply: Answer) -> dict[str, object]:
    """The reply in the batch contract's shape: question, found, answer, intent, confidence,
    citations (article_id, title, publisher, published, url, quote); see the README."""
    return {
        "question": reply.question,
        "found": reply.found,
        "answer": render_text(reply),
        "intent": reply.intent,
        "confidence": round(reply.confidence, 3),
        "citations": [
            {
                "article_id": c.article_id,
                "title": c.title,
                "publisher": c.publisher,
                "published": c.published.isoformat() if c.published else None,
                "url": c.url,
                "quote": c.quote,
            }
            for c in reply.citations
        ],
    }


def answer_lines(kb: KnowledgeBase, lines: TextIO, out: TextIO) -> None:
    """Answer each line of `lines` independently, writing one JSON object per line."""
    for line in lines:
        question = line.rstrip("\n")
        out.write(json.dumps(answer_json(answer(question, kb)), ensure_ascii=False) + "\n")
        out.flush()


def run_ask(words: list[str], *, as_json: bool) -> int:
    """Answer a question from the command line, or every line of stdin with --json."""
    kb = load_kb(kb_path())
    if as_json:
        if words:
            out = answer_json(answer(" ".join(words), kb))
            print(json.dumps(out, ensure_ascii=False))
        else:
            answer_lines(kb, sys.stdin, sys.stdout)
        return 0
    if not words:
        print('Tulis pertanyaannya, misalnya: python -m bot ask "kapan lokalisasi Kaltim ditutup?"')
        return 2
    print(render_text(answer(" ".join(words), kb)))
    return 0
