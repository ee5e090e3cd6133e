"""Command line: python -m etl ingest | update | reextract | migrate | check | backup | export.

The developer tools (benchmark, scale database, scoring against gold files) are in tools/: python -m tools.bench,
python -m tools.scale, python -m tools.score, python -m tools.evaluate."""
from __future__ import annotations

import argparse
import sys

import duckdb

from db.connection import DatabaseBusy, db_path
from db.export import export
from etl.load import EtlBusy, migrate_db
from etl.pipeline import ingest, reextract, update
from etl.version import EXTRACTOR_VERSION


ALLOW_PRIVATE = ("also fetch from loopback, private and other internal addresses (refused by default: "
                 "a feed or page must not make the ETL reach into your network)")


def main(argv: list[str] | None = None) -> int:
    """Run the command; the exit code is 0 when everything was read, 1 when some input failed."""
    ap = argparse.ArgumentParser(prog="python -m etl", description="Iran–Russia cooperation monitor ETL")
    sub = ap.add_subparsers(dest="command", required=True)
    p_in = sub.add_parser("ingest", help="read articles from files and folders into the database")
    p_in.add_argument("paths", nargs="+", help=".txt (with optional manifest.csv), .jsonl, .json, .csv, or folders")
    p_in.add_argument("--db", help=f"database file (default {db_path()})")
    p_in.add_argument("--quiet", action="store_true", help="no progress bar")
    p_in.add_argument("--workers", type=int, default=1, help="extract in N processes (default 1)")
    p_in.add_argument("--allow-private", action="store_true", help=ALLOW_PRIVATE)
    p_up = sub.add_parser("update", help="fetch what is new in the feeds listed in a feeds file")
    p_up.add_argument("--feeds", default="feeds.toml", help="TOML file of [[feed]] url = ... (default feeds.toml)")
    p_up.add_argument("--db", help=f"database file (default {db_path()})")
    p_up.add_argument("--quiet", action="store_true", help="no progress bar")
    p_up.add_argument("--allow-private", action="store_true", help=ALLOW_PRIVATE)
    p_re = sub.add_parser("reextract", help="re-run extraction over stored articles after the extractor changed")
    p_re.add_argument("--db", help=f"database file (default {db_path()})")
    p_re.add_argument("--all", action="store_true", help="every article, not only those from another version")
    p_re.add_argument("--quiet", action="store_true", help="no progress bar")
    p_mi = sub.add_parser("migrate", help="bring a database made by an older version up to date")
    p_mi.add_argument("--db", help=f"database file (default {db_path()})")
    p_ck = sub.add_parser("check", help="read every row and every text of the database; report what is damaged")
    p_ck.add_argument("--db", help=f"database file (default {db_path()})")
    p_bk = sub.add_parser("backup", help="a consistent copy of the database (and its verdicts), readers need not stop")
    p_bk.add_argument("--db", help=f"database file (default {db_path()})")
    p_bk.add_argument("--out", required=True, help="the new file to write")
    p_ex = sub.add_parser("export", help="write signals.csv and articles.csv")
    p_ex.add_argument("--db", help=f"database file (default {db_path()})")
    p_ex.add_argument("--out", required=True, help="folder to write into")
    args = ap.parse_args(argv)

    try:
        if args.command == "ingest":
            summary = ingest(args.paths, args.db, progress=not args.quiet, workers=args.workers,
                             allow_private=args.allow_private)
            for err in summary.errors:
                print(f"failed: {err}", file=sys.stderr)
            print(summary.line())
            return 1 if summary.failed else 0
        if args.command == "update":
            try:
                summary = update(args.feeds, args.db, progress=not args.quiet, allow_private=args.allow_private)
            except ValueError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
            for err in summary.errors:
                print(f"failed: {err}", file=sys.stderr)
            print(summary.line())
            return 1 if summary.failed else 0
        if args.command == "reextract":
            summary = reextract(args.db, everything=args.all, progress=not args.quiet)
            print(f"articles re-extracted {summary.reextracted}; signals found {summary.signals} "
                  f"(extractor {EXTRACTOR_VERSION})")
            return 0
        if args.command == "migrate":
            print(f"{db_path(args.db)} is at schema version {migrate_db(args.db)}")
            return 0
        if args.command == "check":
            from db.maintenance import check
            found = check(args.db)
            print("\n".join(found.lines()))
            return 0 if found.ok else 1
        if args.command == "backup":
            from db.maintenance import backup
            print(f"wrote {backup(args.db, args.out)}")
            return 0
        sp, ap_ = export(args.db, args.out)
        print(f"wrote {sp} and {ap_}")
        return 0
    except (EtlBusy, DatabaseBusy, FileExistsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except duckdb.Error as exc:  # a damaged or foreign file: one line, not a traceback
        from db.maintenance import unreadable
        print(f"error: {unreadable(exc, getattr(args, 'db', None))}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
