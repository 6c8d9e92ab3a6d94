-- The queue_log table as QueueMetrics lays it out, so existing loaders and installations work
-- unchanged. New installs get InnoDB (crash-safe, transactional loads) and a global
-- auto-increment key: (time_id, unique_row_count) orders the rows of each partition.
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
    PRIMARY KEY (unique_row_count),
    KEY idx_sel (`partition`, time_id, queue(2)),
    KEY partizione_b (`partition`, time_id, unique_row_count),
    KEY by_hotdesk (verb, time_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
