-- Schema version 1 (the first, without settings.schema_version) to 2, applied by `passgate-cli
-- server init` in one transaction, then functions.sql.
--  - Retention counts from the day an entry arrived here, not from its own date (see schema.sql,
--    passgate.entries): the entries move to a table partitioned by arrival day. received_at, which
--    version 1 recorded for every row, gives it.
--  - The automatic purge runs once a day at any kiosk's contact (settings.purged_on).
--  - Rows naming another kiosk than the session's are refused and recorded (refused_uploads).
ALTER TABLE passgate.settings
  ADD COLUMN purged_on date,
  ADD COLUMN schema_version integer NOT NULL DEFAULT 2;

CREATE TABLE passgate.refused_uploads (
  kiosk_id text NOT NULL,
  login_role name NOT NULL,
  claimed_kiosk text NOT NULL,
  seq bigint NOT NULL,
  attempts integer NOT NULL DEFAULT 1,
  first_at timestamptz NOT NULL DEFAULT now(),
  last_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kiosk_id, claimed_kiosk, seq)
);

-- The old table and its day partitions step aside under other names, the new one takes the names.
ALTER TABLE passgate.entries RENAME TO entries_v1;
ALTER INDEX passgate.entries_by_time RENAME TO entries_v1_by_time;
DO $$
DECLARE
  part record;
BEGIN
  FOR part IN
    SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'passgate.entries_v1'::regclass
  LOOP
    EXECUTE format('ALTER TABLE passgate.%I RENAME TO %I', part.name, 'v1_' || part.name);
  END LOOP;
END
$$;

CREATE TABLE passgate.entries (
  kiosk_id text NOT NULL,
  seq bigint NOT NULL,
  day date NOT NULL,
  time_ms bigint NOT NULL,
  kind text NOT NULL,
  kiosk text NOT NULL,
  mode text NOT NULL,
  verdict text NOT NULL,
  reasons text NOT NULL,
  passes text NOT NULL,
  staff text NOT NULL,
  contact bytea,
  attributes text NOT NULL,
  event text NOT NULL,
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  arrival_day date NOT NULL,
  PRIMARY KEY (kiosk_id, seq, arrival_day)
) PARTITION BY RANGE (arrival_day);
CREATE INDEX entries_by_time ON passgate.entries (time_ms);

DO $$
DECLARE
  d date;
BEGIN
  FOR d IN SELECT DISTINCT (received_at AT TIME ZONE 'UTC')::date FROM passgate.entries_v1 LOOP
    EXECUTE format('CREATE TABLE passgate.%I PARTITION OF passgate.entries FOR VALUES FROM (%L) TO (%L)',
                   'entries_' || to_char(d, 'YYYYMMDD'), d, d + 1);
  END LOOP;
END
$$;
INSERT INTO passgate.entries
  SELECT kiosk_id, seq, day, time_ms, kind, kiosk, mode, verdict, reasons, passes, staff, contact, attributes,
         event, prev_hash, hash, received_at, (received_at AT TIME ZONE 'UTC')::date
    FROM passgate.entries_v1;
DROP TABLE passgate.entries_v1;

-- Its result columns changed (foreign_rows, missing_newest): functions.sql makes it again.
DROP FUNCTION passgate.verify();
