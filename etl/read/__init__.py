"""Readers: files, folders, archives, feeds and web pages in, raw articles (or per-item errors) out.

A reader never raises for bad input: it yields a `ReadError` naming the file (and line, item or
archive member) and the reason, and goes on with the rest.

Formats: .txt (+ manifest.csv beside it), .jsonl, .json, .csv (`text`), saved web pages (.html, .htm:
`pages`), RSS and Atom feeds (.xml, .rss, .atom: `feeds`), and .zip or .gz archives of any of them
(`archives`); http(s) URLs are fetched (`fetch`) and read as a feed or a web page. `files` walks the
paths given and hands each file to the reader of its format. Text is decoded by `decode`; an input
that gives no date has its date looked for in the text by `dates`; teaser lines and headline lists are
dropped by `furniture`. What they all yield is in `items`, the caps they check in `limits`.
"""
from etl.read.feeds import read_feed
from etl.read.files import expand, read_paths
from etl.read.items import RawArticle, ReadError, Skipped
from etl.read.text import RawLine, raw_hash

__all__ = ["RawArticle", "RawLine", "ReadError", "Skipped", "expand", "raw_hash", "read_feed", "read_paths"]
