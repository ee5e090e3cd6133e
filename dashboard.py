"""Iran–Russia Cooperation Monitor: the Streamlit frame (page config, navigation from pages/_nav.py)."""
import streamlit as st

from db.queries import shared_reads
from pages._nav import PAGES

st.set_page_config(page_title="Iran–Russia Cooperation Monitor", page_icon=":material/handshake:", layout="wide")

SECTIONS: dict[str, list] = {}
for p in PAGES:
    SECTIONS.setdefault(p.section, []).append(
        st.Page(f"pages/{p.name}.py", title=p.title, icon=p.icon, url_path=p.name))
OVERVIEW = SECTIONS[PAGES[0].section][0]


def _home() -> None:
    """The app's root URL opens the overview at /overview, with the link's filters. (Streamlit serves its
    default page at the root only, so an overview marked default answered /overview with "Page not found".)"""
    st.switch_page(OVERVIEW, query_params=[(k, v) for k in st.query_params for v in st.query_params.get_all(k)])


HOME = st.Page(_home, title="Home", url_path="home", default=True, visibility="hidden")
with shared_reads():  # a page's queries share one short read-only connection
    st.navigation({"": [HOME], **SECTIONS}).run()
