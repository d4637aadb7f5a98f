-- Bulk load of the identifier observations (COPY text format, tab separated).
COPY bench.observation (kind, type, value, edge_id, linkable) FROM STDIN;
