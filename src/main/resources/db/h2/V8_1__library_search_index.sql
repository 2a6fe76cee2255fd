-- H2 has no trigram index; the embedded database scans search_text, one lower-cased column (docs/benchmarks.md).
SELECT 1;
