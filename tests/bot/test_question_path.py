"""What answering a question loads: none of the extraction rules.

`python -m bot ask` starts a process per question; the rules' patterns and models (and the
settings library, when KB_PATH is in the environment) would only make its start slower.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from knowledge import store

NEVER_LOADED = ("knowledge.kinds", "knowledge.extract", "knowledge.pipeline", "pydantic_settings")


def test_answering_loads_no_extraction_rule(tmp_path: Path) -> None:
    kb_file = tmp_path / "kb.sqlite"
    db = store.open_db(kb_file)
    store.build(db, actor="test")
    db.close()
    script = (
        "import json, sys\n"
        "from bot.answer import answer\n"
        "from bot.render import render_text\n"
        "from knowledge.index import load_kb\n"
        "from knowledge.paths import kb_path\n"
        "reply = answer('Berapa PSK di Kaltim?', load_kb(kb_path()))\n"
        "render_text(reply)\n"
        "print(json.dumps([reply.found, sorted(sys.modules)]))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "KB_PATH": str(kb_file)},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    found, modules = json.loads(run.stdout)
    assert found
    loaded = [m for m in modules if m.startswith(NEVER_LOADED)]
    assert loaded == []
