"""Benchmarks: LoCoMo retrieval quality (``python -m benchmarks.locomo``) and latency/scale
(``python -m benchmarks.scale``). Results are measured here, never asserted in unit tests."""
