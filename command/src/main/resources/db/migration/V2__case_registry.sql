-- Command-side lookup tables for set-based rules the aggregate cannot see alone. Both are written in
-- the same transaction as the events, so a rejected command leaves no trace here either.

-- Gap-free case numbers per year: the row lock held until commit serialises concurrent flaggings.
CREATE TABLE case_reference_counter (
    year       INTEGER PRIMARY KEY,
    last_value BIGINT  NOT NULL
);

-- One case per surveillance alert.
CREATE TABLE case_alert_claim (
    alert_id  VARCHAR(100) PRIMARY KEY,
    case_id   VARCHAR(64)  NOT NULL,
    reference VARCHAR(32)  NOT NULL
);
