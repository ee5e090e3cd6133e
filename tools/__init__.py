"""Developer tools (evaluation, benchmarks): they import the product; nothing in the product imports them."""
