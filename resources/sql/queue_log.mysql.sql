-- The queue_log table with QueueMetrics' columns and indexes, so existing loaders and
-- installations work unchanged. New installs get InnoDB (crash-safe, transactional loads) and a
-- global auto-increment unique_row_count: (time_id, unique_row_count) orders each partition.
-- The primary key is (partition, time_id, unique_row_count), QueueMetrics' partizione_b index:
-- InnoDB stores rows in primary-key order, so reading a partition in time order is one
-- sequential scan instead of a row lookup per index entry (about six times faster).
CREATE TABLE IF NOT EXISTS queue_log (
    `partition` VARCHAR(20) NOT NULL DEFAULT '',
    time_id INT UNSIGNED NOT NULL DEFAULT 0,
    call_id VARCHAR(200) NOT NULL DEFAULT '',
    queue VARCHAR(50) NOT NULL DEFAULT '',
    agent VARCHAR(30) NOT NULL DEFAULT '',
    verb VARCHAR(30) NOT NULL DEFAULT '',
    data1 VARCHAR(200) NOT NULL DEFAULT '',
    data2 VARCHAR(200) NOT NULL DEFAULT '',
    data3 VARCHAR(200) NOT NULL DEFAULT '',
    data4 VARCHAR(200) NOT NULL DEFAULT '',
    data5 VARCHAR(200) NOT NULL DEFAULT '',
    serverid VARCHAR(10) NOT NULL DEFAULT '',
    unique_row_count INT UNSIGNED NOT NULL AUTO_INCREMENT,
    PRIMARY KEY (`partition`, time_id, unique_row_count),
    UNIQUE KEY unique_row_count (unique_row_count),
    KEY idx_sel (`partition`, time_id, queue(2)),
    KEY by_hotdesk (verb, time_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
