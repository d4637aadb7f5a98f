-- nexus_row_counts() without the projection's private stage_* tables.
CREATE OR REPLACE FUNCTION nexus_row_counts()
    RETURNS TABLE (table_name text, row_count bigint)
    LANGUAGE plpgsql STABLE AS
$$
DECLARE
    t text;
BEGIN
    FOR t IN
        SELECT c.relname
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r'
          AND n.nspname = current_schema()
          AND c.relname <> 'flyway_schema_history'
          AND c.relname NOT LIKE 'stage\_%'
        ORDER BY c.relname
    LOOP
        table_name := t;
        EXECUTE format('SELECT count(*) FROM %I', t) INTO row_count;
        RETURN NEXT;
    END LOOP;
END
$$;
