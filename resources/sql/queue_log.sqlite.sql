-- The queue_log table for SQLite (the embedded demo and single-machine use). Same columns as the
-- MariaDB/MySQL table; rowid-backed auto-increment key.
CREATE TABLE IF NOT EXISTS queue_log (
    "partition" TEXT NOT NULL DEFAULT '',
    time_id INTEGER NOT NULL DEFAULT 0,
    call_id TEXT NOT NULL DEFAULT '',
    queue TEXT NOT NULL DEFAULT '',
    agent TEXT NOT NULL DEFAULT '',
    verb TEXT NOT NULL DEFAULT '',
    data1 TEXT NOT NULL DEFAULT '',
    data2 TEXT NOT NULL DEFAULT '',
    data3 TEXT NOT NULL DEFAULT '',
    data4 TEXT NOT NULL DEFAULT '',
    data5 TEXT NOT NULL DEFAULT '',
    serverid TEXT NOT NULL DEFAULT '',
    unique_row_count INTEGER PRIMARY KEY AUTOINCREMENT
);
CREATE INDEX IF NOT EXISTS idx_sel ON queue_log ("partition", time_id, queue);
CREATE INDEX IF NOT EXISTS partizione_b ON queue_log ("partition", time_id, unique_row_count);
CREATE INDEX IF NOT EXISTS by_hotdesk ON queue_log (verb, time_id);
