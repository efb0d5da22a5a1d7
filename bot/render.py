"""Turn an Answer into what a person reads: plain text (terminal, JSON) or Telegram HTML."""

from __future__ import annotations

import html

from bot.models import Answer, Finding
from knowledge.dates import format_date
from knowledge.models import Citation

TELEGRAM_LIMIT = 4096
"""Telegram's limit on one message's text, counted after entities are parsed."""


def source_line(citation: Citation) -> str:
    """'Judul — Media, 1 Juni 2016' for one citation (plain text)."""
    parts = [citation.publisher] if citation.publisher else []
    if citation.published:
        parts.append(format_date(citation.published))
    where = ", ".join(parts)
    return f"{citation.title} — {where}" if where else citation.title


def quoted(quote: str) -> str:
    """The quote between curly quotes, without a straight quote left open by the sentence split
    (“"Dari 22 lokalisasi itu, …” where the closing quote fell in the next sentence)."""
    text = quote.strip()
    if text.count('"') % 2:
        if text.startswith('"'):
            text = text[1:]
        elif text.endswith('"'):
            text = text[:-1]
    return f"“{text}”"


def _said(text: str, summary: str) -> bool:
    """Whether `text` says nothing the summary has not said already."""
    return text == summary or (len(text) > 20 and text in summary)


def lead_and_findings(answer: Answer) -> tuple[str, tuple[Finding, ...]]:
    """The lead sentence, and the findings to show under it, nothing said twice.

    When the summary only begins what the first finding says in full ("Bantuan Rp5.050.000."
    then "Bantuan Rp5.050.000 dari Kementerian Sosial …"), the full sentence leads instead.
    """
    summary, findings = answer.summary, answer.findings
    if findings and summary.endswith("."):
        first = findings[0].text
        if first != summary and first.startswith(summary[:-1]):
            summary = first
    return summary, findings


def _finding_text(finding: Finding, summary: str = "") -> str:
    lines = [] if _said(finding.text, summary) else [finding.text]
    for citation in finding.citations:
        lines.append(f"Sumber: {source_line(citation)}")
        if citation.url:
            lines.append(citation.url)
        lines.append(quoted(citation.quote) + (f" ({citation.note})" if citation.note else ""))
    return "\n".join(lines)


def choices_heading(answer: Answer) -> str:
    """ "Maksud Anda:" before other readings; after a complete answer, "Atau maksud Anda:"."""
    return "Atau maksud Anda:" if answer.found else "Maksud Anda:"


def render_text(answer: Answer) -> str:
    """The answer as plain text: figures first, then each statement with its source."""
    summary, findings = lead_and_findings(answer)
    blocks = [summary]
    blocks += [_finding_text(finding, summary) for finding in findings]
    blocks = [block for block in blocks if block]
    if answer.choices:
        options = "\n".join(f"• {c.label}" for c in answer.choices)
        blocks.append(f"{choices_heading(answer)}\n{options}")
    if answer.suggestions:
        blocks.append("Coba tanyakan:\n" + "\n".join(f"• {s}" for s in answer.suggestions))
    return "\n\n".join(blocks)


def _finding_html(finding: Finding, summary: str = "") -> str:
    lines = [] if _said(finding.text, summary) else [html.escape(finding.text)]
    for citation in finding.citations:
        title = html.escape(source_line(citation))
        if citation.url:
            title = f'<a href="{html.escape(citation.url, quote=True)}">{title}</a>'
        lines.append(f"📰 {title}")
        note = f" ({html.escape(citation.note)})" if citation.note else ""
        lines.append(f"<i>{html.escape(quoted(citation.quote))}</i>{note}")
    return "\n".join(lines)


def render_html_blocks(answer: Answer) -> list[str]:
    """The answer as Telegram HTML paragraphs, everything from articles or users escaped."""
    summary, findings = lead_and_findings(answer)
    blocks = [f"<b>{html.escape(summary)}</b>"]
    blocks += [_finding_html(finding, summary) for finding in findings]
    blocks = [block for block in blocks if block]
    if answer.suggestions:
        items = "\n".join(f"• {html.escape(s)}" for s in answer.suggestions)
        blocks.append(f"Coba tanyakan:\n{items}")
    return blocks


def render_html(answer: Answer) -> list[str]:
    """The answer as one or more Telegram HTML messages, each under the length limit."""
    return split_messages(render_html_blocks(answer))


def split_messages(blocks: list[str], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Join paragraphs into messages of at most `limit` characters, breaking between paragraphs.

    A single paragraph longer than the limit is cut at line ends (or, failing that, hard), and
    any HTML tag left open by a cut is closed and reopened so each message parses on its own.
    """
    messages: list[str] = []
    current = ""
    for block in blocks:
        for piece in _cut(block, limit):
            candidate = f"{current}\n\n{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


def _cut(block: str, limit: int) -> list[str]:
    if len(block) <= limit:
        return [block]
    pieces: list[str] = []
    current = ""
    for line in block.split("\n"):
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            head, line = _hard_cut(line, limit)
            pieces.append(head)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
        else:
            pieces.append(current)
            current = line
    if current:
        pieces.append(current)
    return _balance_tags(pieces)


def _hard_cut(line: str, limit: int) -> tuple[str, str]:
    """Cut a too-long line, never inside a tag or an entity like &amp;."""
    cut = limit - 16
    for opener, closer in (("<", ">"), ("&", ";")):
        start = line.rfind(opener, 0, cut)
        if start != -1 and line.find(closer, start) >= cut:
            cut = start
    space = line.rfind(" ", cut // 2, cut)
    if space > 0:
        cut = space
    return line[:cut], line[cut:]


_TAGS = ("b", "i", "a")


def _balance_tags(pieces: list[str]) -> list[str]:
    """Close tags a cut left open at the end of a piece and reopen them at the next one."""
    balanced: list[str] = []
    carried = ""
    for piece in pieces:
        text = carried + piece
        open_tags = _open_tags(text)
        closing = "".join(f"</{tag}>" for tag, _ in reversed(open_tags))
        carried = "".join(opening for _, opening in open_tags)
        balanced.append(text + closing)
    return balanced


def _open_tags(text: str) -> list[tuple[str, str]]:
    stack: list[tuple[str, str]] = []
    i = 0
    while (start := text.find("<", i)) != -1:
        end = text.find(">", start)
        if end == -1:
            break
        tag = text[start : end + 1]
        name = tag.strip("</>").split(" ", 1)[0]
        if name in _TAGS:
            if tag.startswith("</"):
                if stack and stack[-1][0] == name:
                    stack.pop()
            else:
                stack.append((name, tag))
        i = end + 1
    return stack
