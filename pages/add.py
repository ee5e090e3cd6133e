"""Add articles: upload files, say where plain-text ones come from, and have the ETL ingest them (in its own
process: pages never parse text); then open each new article."""
import csv
import io
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import streamlit as st

from db import queries
from db.connection import db_path
from db.queries import release_shared
from pages._ui import clear_cache, every_row, fmt_date, md_text, page_frame, url_params, saved_filters

ROOT = Path(__file__).resolve().parent.parent
TYPES = ["txt", "jsonl", "json", "csv", "html", "htm", "xml", "rss", "atom", "zip", "gz"]
LINKS = 50  # new articles linked one by one; beyond that the overview and explorer show them


def _manifest(names: list[str], source: str, published: date | None, title: str, url: str) -> bytes:
    """A manifest.csv (the ETL's way to give .txt files their metadata) for the uploaded .txt files."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["file", "id", "published", "source", "url", "title"])
    for name in names:
        w.writerow([name, "", published.isoformat() if published else "", source.strip(), url.strip(), title.strip()])
    return out.getvalue().encode("utf-8")


page_frame()
st.title("Add articles")
st.markdown("Upload articles in any format the ETL reads: `.txt` (one article each), `.jsonl`, `.json` or `.csv` "
            "with the fields `id, source, url, published, title, text`, saved web pages (`.html`), RSS or Atom "
            "feeds, or a `.zip`/`.gz` of these. Each file may be up to 50 MB.")
files = st.file_uploader("Files", type=TYPES, accept_multiple_files=True, key="uploads")
txt = [f for f in files or [] if Path(f.name).suffix.lower() == ".txt"]
with st.expander("Where the plain-text files come from", expanded=bool(txt)):
    st.caption("A `.txt` file holds only the text: say its outlet and date here (and, for a single file, its "
               "title and link). The other formats carry their own.")
    cols = st.columns(2)
    source = cols[0].text_input("Outlet", max_chars=120, placeholder="e.g. IRNA Arabic")
    published = cols[1].date_input("Date published", value=None, min_value=date(1990, 1, 1), max_value=date.today())
    single = len(txt) == 1
    title = st.text_input("Title", max_chars=300, disabled=not single,
                          help="For one uploaded .txt file.")
    url = st.text_input("Link to the original", max_chars=500, disabled=not single, placeholder="https://…")
if files and st.button("Ingest", type="primary", icon=":material/upload:"):
    release_shared()  # the ETL needs the file to itself
    bar = st.progress(0.0, text="Starting…")
    report = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "upload"
        folder.mkdir()
        if txt and (source.strip() or published or (single and (title.strip() or url.strip()))):
            (folder / "manifest.csv").write_bytes(_manifest([Path(f.name).name for f in txt], source, published,
                                                            title if single else "", url if single else ""))
        for i, up in enumerate(files, 1):
            path = folder / Path(up.name).name
            if path.name == "manifest.csv":
                report.append((up.name, "", ["a file named manifest.csv is not an article"]))
                continue
            path.write_bytes(up.getbuffer())
            bar.progress((i - 1) / len(files), text=f"Ingesting {up.name} ({i} of {len(files)})…")
            run = subprocess.run([sys.executable, "-m", "etl", "ingest", str(path), "--db", str(db_path()), "--quiet"],
                                 cwd=ROOT, capture_output=True, text=True, timeout=600)
            lines = [ln for ln in run.stdout.splitlines() if ln.startswith("articles read")]
            failures = [ln.removeprefix("failed: ").replace(str(folder) + "/", "")
                        for ln in run.stderr.splitlines() if ln.startswith("failed: ")]
            other = [ln for ln in run.stderr.splitlines() if ln.startswith("error: ")]
            report.append((up.name, lines[-1] if lines else "", failures + other))
        new = every_row(queries.articles_from, str(folder) + "/")
    bar.progress(1.0, text="Done.")
    clear_cache()
    for name, summary, failures in report:
        # File names and the ETL's lines quote what was uploaded: escaped, never read as Markdown.
        if failures:
            st.error(f"**{md_text(name)}**: {md_text(summary or 'not ingested')}\n\n"
                     + "\n".join(f"- {md_text(f)}" for f in failures))
        else:
            st.success(f"**{md_text(name)}**: {md_text(summary)}")
    if not new.empty:
        st.subheader("The new articles")
        keep = url_params(saved_filters())
        for a in new.head(LINKS).itertuples():
            about = f"{a.signals} signal(s)" if a.relevant else "not about Iran–Russia relations"
            st.page_link("pages/article.py", icon=":material/article:", query_params={**keep, "id": a.article_id},
                         label=f"{fmt_date(a.published)} · {md_text(a.source or 'unknown outlet')} · "
                               f"{md_text(a.title or a.article_id)} ({about})")
        if len(new) > LINKS:
            st.caption(f"…and {len(new) - LINKS:,} more.")
    st.page_link("pages/overview.py", label="See them on the overview", icon=":material/insights:")
