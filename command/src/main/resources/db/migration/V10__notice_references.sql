-- Gap-free numbering of published notices per case (GBX-2026-000003-N1, -N2, ...).
CREATE TABLE notice_reference_counter (
    case_id    VARCHAR(64) PRIMARY KEY,
    last_value INT         NOT NULL
);
