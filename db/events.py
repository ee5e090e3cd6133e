"""Events: the signals that report one happening, grouped across outlets and copies.

Twenty outlets reporting one summit are twenty signals (mentions) and one event. An event groups the
signals of one kind and *group key* whose dates fall within the kind's window of the event's first report:

- the group key: the signal's ``key`` and ``label`` (``meeting/summit``, ``organisation/sco``, ``friction/syria``
  …; the label is the key's, except for an agreement outside the catalogue, ``other``, where it is the name
  the text gives); for an agreement also its status (a signing and a ratification are two events); for a
  trade figure its value, unit and figure type (actual, target, forecast). So an event's kind, key, label,
  status and unit are one (the extractor sets a status only on agreements, a unit only on figures). The parties are the same by construction: every signal is an Iran–Russia one
  (the extractor keeps only statements whose parties are the two), and the schema records no third party,
  so ``parties`` is ``iran-russia`` for every event (a column to split on once the extractor says with whom).
- the window (`WINDOW_DAYS`): a signal joins the open event of its group if its date is at most N days
  after that event's first report; otherwise it opens the next event. Anchoring on the first report (not
  on the previous signal) bounds an event's span: daily reporting of "strategic partnership" does not chain
  into one event lasting a year. meeting, organisation, project, joint position, military, economic,
  relations, friction: 3 days (a visit or summit is reported on the day and the next two or three);
  agreement: 7 days (a status step is announced, then commented on for about a week); trade figure:
  30 days (the same figure is repeated by officials and outlets for weeks, and a different period gives a
  different value).
- the date: a copy of a story (``duplicate_of``, a syndicated near-duplicate) is placed at its story's
  date (its first article's), so a late reprint still joins its story's event; other signals at their
  article's date. A signal with no date at all makes an event of its own story (dates cannot place it).

Each event records its date (the earliest report), last report, kind, key, label, status, value and unit,
its parties, and:
- ``sources``: independent sources, the distinct outlets that reported it. An outlet counts once however
  many articles (or syndicated copies) it ran; five outlets carrying one agency story are five sources
  (each chose to run it) but one ``stories``;
- ``stories``: distinct stories (an original and its copies are one story);
- ``reports``: distinct articles that reported it; ``signals``: its signals (an article can hold two, e.g. a
  visit stated by each side); ``mentions``: the sentences stating it, summed;
- ``signal_id``: the representative signal, the earliest report (an original before a copy, then the
  one stated most often, then the smallest id).

Clustering reads the signals sorted by kind, group key and date and sweeps them once (no pairwise
comparison), so it is near-linear and depends only on what is stored, not on the order it was ingested
in. An event's id is a hash of its kind, group key and first date (or its story, undated), so the same
signals always give the same ids. `refresh` rebuilds only the groups whose signals changed since the last
build (a fingerprint per group), so re-running the ETL on the same input writes nothing.
"""
from __future__ import annotations

import duckdb
import pyarrow as pa

WINDOW_DAYS = {"meeting": 3, "organisation": 3, "project": 3, "joint_position": 3, "military": 3,
               "economic": 3, "relations": 3, "friction": 3, "agreement": 7, "trade_figure": 30}
DEFAULT_WINDOW = 3
PARTIES = "iran-russia"
MEMORY = "1GB"  # the buffer pool the rebuild may use (see `rebuild`)

CREATE = """
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    key VARCHAR NOT NULL,
    group_key VARCHAR NOT NULL,
    label VARCHAR,
    topic VARCHAR,
    status VARCHAR,
    value DOUBLE,
    unit VARCHAR,
    parties VARCHAR NOT NULL,
    published DATE,
    last_reported DATE,
    sources INTEGER NOT NULL,
    stories INTEGER NOT NULL,
    reports INTEGER NOT NULL,
    signals INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    signal_id VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS event_groups (
    kind VARCHAR NOT NULL,
    group_key VARCHAR NOT NULL,
    fingerprint UBIGINT NOT NULL
);
"""

# What makes signals one event's candidates, per kind (a SQL expression over ``signals s``).
GROUP_KEY = """CASE s.kind
    WHEN 'agreement' THEN s.key || '|' || coalesce(s.label, '') || '|' || coalesce(s.status, '')
    WHEN 'trade_figure' THEN s.key || '|' || coalesce(CAST(s.value AS VARCHAR), '') || '|' || coalesce(s.unit, '')
                         || '|' || coalesce(s.figure_type, 'actual')
    ELSE s.key || '|' || coalesce(s.label, '') END"""

# Each signal with its group, its story and the date it is placed at (a copy: its story's date).
_PLACED = f"""
SELECT s.signal_id, s.article_id, s.kind, {GROUP_KEY} AS group_key, s.key, s.label, s.topic, s.status, s.value,
       s.unit, coalesce(s.duplicate_of, s.article_id) AS story, s.source, s.published, s.mentions,
       s.duplicate_of IS NOT NULL AS copy,
       CASE WHEN s.duplicate_of IS NULL THEN s.published ELSE coalesce(st.published, s.published) END AS placed
FROM signals s LEFT JOIN articles st ON st.article_id = s.duplicate_of"""

# What a group's events depend on, hashed per group: a group whose fingerprint is unchanged is not rebuilt.
_FINGERPRINTS = f"""
SELECT kind, group_key, hash(count(*), bit_xor(hash(signal_id, article_id, story, source, published, placed,
                                                    mentions, label, topic)))::UBIGINT AS fingerprint
FROM ({_PLACED}) p GROUP BY ALL"""
_IN_TODO = "SEMI JOIN event_todo t ON t.kind = {0}.kind AND t.group_key = {0}.group_key"


def refresh(con: duckdb.DuckDBPyConnection, everything: bool = False) -> int:
    """Bring the events up to date with the signals, in one transaction; return the groups rebuilt.

    The ETL's writer keeps a small buffer pool on one thread (db.connection); sorting and grouping every
    signal of a changed group (and committing that) needs more, so the refresh takes MEMORY and every
    core while it runs, and gives them back."""
    before = con.execute("SELECT current_setting('memory_limit'), current_setting('threads')").fetchone()
    _widen(con)
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            n = rebuild(con, everything)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    finally:
        con.execute(f"SET memory_limit = '{before[0]}'")
        con.execute(f"SET threads = {int(before[1])}")
    return n


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """The schema migration: the tables, the signals' ``event_id``, and the events of what is stored (in
    the migration's transaction, on the migration's short-lived connection, which keeps the wider pool)."""
    con.execute("ALTER TABLE signals ADD COLUMN event_id VARCHAR")
    con.execute(CREATE)
    if con.execute("SELECT count(*) FROM signals").fetchone()[0]:  # a new database keeps its settings
        _widen(con)
        rebuild(con)


def _widen(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"SET memory_limit = '{MEMORY}'")
    con.execute("RESET threads")


def rebuild(con: duckdb.DuckDBPyConnection, everything: bool = False) -> int:
    """Rebuild the events of the groups whose signals changed (all of them with ``everything``), in the
    caller's transaction; return how many groups were rebuilt."""
    con.execute("CREATE OR REPLACE TEMP TABLE event_fp AS " + _FINGERPRINTS)
    if everything:
        con.execute("DELETE FROM event_groups")
        con.execute("DELETE FROM events")
    # Groups new, changed or gone; and any group with a signal not yet in an event (ingest replaced it).
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE event_todo AS
        SELECT coalesce(n.kind, g.kind) AS kind, coalesce(n.group_key, g.group_key) AS group_key
        FROM event_fp n FULL JOIN event_groups g ON g.kind = n.kind AND g.group_key = n.group_key
        WHERE n.fingerprint IS DISTINCT FROM g.fingerprint
        UNION
        SELECT s.kind, {GROUP_KEY} FROM signals s WHERE s.event_id IS NULL""")
    todo = con.execute("SELECT count(*) FROM event_todo").fetchone()[0]
    if todo:
        _sweep(con)
        con.execute(f"DELETE FROM event_groups WHERE EXISTS (SELECT 1 FROM event_todo t WHERE t.kind = "
                    f"event_groups.kind AND t.group_key = event_groups.group_key)")
        con.execute(f"INSERT INTO event_groups SELECT f.* FROM event_fp f {_IN_TODO.format('f')}")
    con.execute("DROP TABLE event_todo")
    con.execute("DROP TABLE event_fp")
    return int(todo)


def _firsts(group: list[int], story: list[int], day: list[int], window: list[int], undated: list[bool]) -> list[int]:
    """The sweep over signals sorted by kind, group key, date (undated last) and story: for each signal,
    the position of its event's first signal. A new event opens when the group changes, when the date is
    past the open event's first date plus the kind's window, or, for undated signals, when the story changes."""
    out: list[int] = []
    first = 0
    for i in range(len(group)):
        if (i == 0 or group[i] != group[i - 1]
                or (day[i] - day[first] > window[i] if not undated[i]
                    else not undated[i - 1] or story[i] != story[i - 1])):
            first = i
        out.append(first)
    return out


def _sweep(con: duckdb.DuckDBPyConnection) -> None:
    """Cluster the signals of the groups in ``event_todo`` and replace their events."""
    windows = " ".join(f"WHEN '{k}' THEN {int(v)}" for k, v in WINDOW_DAYS.items())
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE event_placed AS
        SELECT row_number() OVER (ORDER BY p.kind, p.group_key, p.placed NULLS LAST, p.story, p.signal_id) - 1 AS rn,
               p.* FROM ({_PLACED}) p {_IN_TODO.format('p')}""")
    cols = con.execute(f"""
        SELECT dense_rank() OVER (ORDER BY kind, group_key) AS g, dense_rank() OVER (ORDER BY story) AS st,
               coalesce(CAST(placed - DATE '1970-01-01' AS INTEGER), 0) AS day,
               CASE kind {windows} ELSE {int(DEFAULT_WINDOW)} END AS w, placed IS NULL AS undated
        FROM event_placed ORDER BY rn""").fetchnumpy()
    firsts = _firsts(*(cols[c].tolist() for c in ("g", "st", "day", "w", "undated")))
    members = pa.table({"rn": pa.array(range(len(firsts)), pa.int64()), "first": pa.array(firsts, pa.int64())})
    con.register("event_members", members)
    try:
        # An event's id: its kind, group key and first date (undated: its story), so it is the same
        # whenever the same signals are stored.
        con.execute("""
            CREATE OR REPLACE TEMP TABLE event_assigned AS
            SELECT md5(f.kind || '|' || f.group_key || '|' ||
                       coalesce(CAST(f.placed AS VARCHAR), 'undated|' || f.story))[:20] AS event_id, p.*,
                   (coalesce(p.published, DATE '9999-12-31'), p.copy, -p.mentions, p.signal_id) AS rank
            FROM event_members m JOIN event_placed p ON p.rn = m.rn JOIN event_placed f ON f.rn = m.first""")
    finally:
        con.unregister("event_members")
    con.execute("DELETE FROM events WHERE EXISTS (SELECT 1 FROM event_todo t WHERE t.kind = events.kind "
                "AND t.group_key = events.group_key)")
    con.execute(f"""
        INSERT INTO events BY NAME
        SELECT event_id, first(kind) AS kind, arg_min(key, rank) AS key, first(group_key) AS group_key,
               arg_min(label, rank) AS label, arg_min(topic, rank) AS topic, arg_min(status, rank) AS status,
               arg_min(value, rank) AS value, arg_min(unit, rank) AS unit, '{PARTIES}' AS parties,
               min(published) AS published, max(published) AS last_reported,
               count(DISTINCT source) AS sources, count(DISTINCT story) AS stories,
               count(DISTINCT article_id) AS reports, count(*) AS signals, sum(mentions) AS mentions,
               arg_min(signal_id, rank) AS signal_id
        FROM event_assigned GROUP BY event_id""")
    # Only the signals whose event changed are written (a rebuild of unchanged input writes nothing).
    con.execute("""UPDATE signals SET event_id = a.event_id FROM event_assigned a
                   WHERE a.signal_id = signals.signal_id AND signals.event_id IS DISTINCT FROM a.event_id""")
    con.execute("DROP TABLE event_assigned")
    con.execute("DROP TABLE event_placed")
