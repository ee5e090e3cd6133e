"""How much a reader takes in at the most: the caps every reader checks (a test may lower them here)."""


MAX_BYTES = 50 * 1024 * 1024  # per file, and per member once uncompressed


# One JSON Lines line (a streamed .jsonl or .jsonl.gz is checked line by line, never read whole): read
# with a bounded readline, so a line with no end (a gzip bomb) costs this much memory at most.
MAX_LINE_BYTES = 8 * 1024 * 1024


MAX_TEXT_BYTES = 2 * 1024 * 1024  # one article's text, in UTF-8 (~1 million Arabic letters, ~300 pages)


SKIP_CHUNK = 1024 * 1024  # the rest of an over-long line is read past in pieces of this size


MAX_ARCHIVE_DEPTH = 3  # archives inside archives, so a crafted nest cannot recurse without end
