-- Per-connection settings for the SQL approach: $1 work_mem (e.g. 256MB), so sorts and hash joins
-- of the self-join and the propagation stay in memory.
SELECT set_config('work_mem', ?, false);
