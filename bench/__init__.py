"""Benchmarks and the synthetic campaigns they (and the query-count tests) run on."""
