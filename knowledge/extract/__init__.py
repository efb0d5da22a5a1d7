"""Where facts are born: typed, cited facts from the sentences of one clean article.

Rules, not hand-typed facts: each rule reads one kind of statement the way Indonesian news
writes it — "resmi menutup 22 lokalisasi", "sebanyak 1.315 PSK", "targetkan Indonesia bebas
lokalisasi tahun 2019", "bantuan Rp250 ribu, jatah hidup Rp1,8 juta, serta moda usaha Rp3 juta
dari Pemerintah Kabupaten …" — and leans on the sentences around it for what a sentence leaves
out ("Dari 22 lokalisasi itu", "Lokalisasi ini", "Total 127 orang", "Tinggal Tarakan saja yang
belum"). Every fact keeps the sentence it came from.

The stages (`extract_facts` in `pipeline`):

1. `annotate` — each sentence's amounts, dates and places (new villages and lokalisasi and
   their other names included), read through a layer over the article's places; it never
   changes the gazetteer, and returns what the sentence introduced.
2. `discourse` — the article's main place, what each sentence introduced added to the
   article's own places (`article_places`), and later the place each paragraph is about and
   the lokalisasi met last.
3. rules — `knowledge.kinds.RULES`, every kind's rules in order, over each sentence; a rule
   sees the sentence and the article through `context` (`SentenceView`, `Context`). Each is
   guarded: an error costs its facts for that sentence, is logged and counted, or propagates
   with KNOWLEDGE_STRICT_RULES=1.

Once the article is read, the gazetteer learns the places and names it introduced.
"""

from __future__ import annotations

from knowledge.extract.context import Extraction, Located, RuleFailure, SentenceView
from knowledge.extract.pipeline import STRICT_ENV, extract_facts, strict_rules
from knowledge.places import PREFIXES

__all__ = [
    "PREFIXES",
    "STRICT_ENV",
    "Extraction",
    "Located",
    "RuleFailure",
    "SentenceView",
    "extract_facts",
    "strict_rules",
]
