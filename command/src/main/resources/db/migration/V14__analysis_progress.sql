-- How far each running analysis is (command side, overwritten at each step; the events are the history).
CREATE TABLE analysis_progress (
    run_id     TEXT PRIMARY KEY,
    done       INT                      NOT NULL,
    total      INT                      NOT NULL,
    step       TEXT                     NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Analysis runs carried out in the background by db-scheduler, on a table of their own so that a long
-- run never holds up the deadlines' scheduler (same layout as scheduled_tasks).
CREATE TABLE analysis_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX analysis_tasks_execution_time ON analysis_tasks (execution_time);
CREATE INDEX analysis_tasks_last_heartbeat ON analysis_tasks (last_heartbeat);
CREATE INDEX analysis_tasks_priority_execution_time ON analysis_tasks (priority DESC, execution_time ASC);
