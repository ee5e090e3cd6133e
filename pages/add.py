"""Add articles: upload files and have the ETL ingest them (in its own process: pages never parse text)."""
import subprocess
import sys
import tempfile
from pathlib import Path

import streamlit as st

from db.connection import db_path
from db.queries import release_shared
from pages._ui import _cached, md_text, page_frame

ROOT = Path(__file__).resolve().parent.parent
TYPES = ["txt", "jsonl", "json", "csv", "html", "htm", "xml", "rss", "atom", "zip", "gz"]

page_frame()
st.title("Add articles")
st.markdown("Upload articles in any format the ETL reads: `.txt` (one article each), `.jsonl`, `.json` or `.csv` "
            "with the fields `id, source, url, published, title, text`, saved web pages (`.html`), RSS or Atom "
            "feeds, or a `.zip`/`.gz` of these. Each file may be up to 50 MB.")
files = st.file_uploader("Files", type=TYPES, accept_multiple_files=True, key="uploads")
if files and st.button("Ingest", type="primary", icon=":material/upload:"):
    release_shared()  # the ETL needs the file to itself
    bar = st.progress(0.0, text="Starting…")
    report = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, up in enumerate(files, 1):
            path = Path(tmp) / Path(up.name).name
            path.write_bytes(up.getbuffer())
            bar.progress((i - 1) / len(files), text=f"Ingesting {up.name} ({i} of {len(files)})…")
            run = subprocess.run([sys.executable, "-m", "etl", "ingest", str(path), "--db", str(db_path()), "--quiet"],
                                 cwd=ROOT, capture_output=True, text=True, timeout=600)
            lines = [ln for ln in run.stdout.splitlines() if ln.startswith("articles read")]
            failures = [ln.removeprefix("failed: ").replace(str(Path(tmp)) + "/", "")
                        for ln in run.stderr.splitlines() if ln.startswith("failed: ")]
            other = [ln for ln in run.stderr.splitlines() if ln.startswith("error: ")]
            report.append((up.name, lines[-1] if lines else "", failures + other))
    bar.progress(1.0, text="Done.")
    _cached.clear()
    for name, summary, failures in report:
        # File names and the ETL's lines quote what was uploaded: escaped, never read as Markdown.
        if failures:
            st.error(f"**{md_text(name)}**: {md_text(summary or 'not ingested')}\n\n"
                     + "\n".join(f"- {md_text(f)}" for f in failures))
        else:
            st.success(f"**{md_text(name)}**: {md_text(summary)}")
    st.page_link("pages/overview.py", label="See them on the overview", icon=":material/insights:")
