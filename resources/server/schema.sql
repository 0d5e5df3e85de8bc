-- passgate's replication server (PostgreSQL 15): every kiosk's ledger, as the kiosks stored it.
-- The tables, schema version 2 (passgate.settings.schema_version). Applied by `passgate-cli server
-- init` in one transaction, followed by functions.sql; run once per database. An older schema is
-- brought here by the upgrade-N.sql steps instead (also by `server init`), then functions.sql.
--
-- Trust model: a kiosk may only append to its own chain and read its own high-water mark. It has no
-- table privileges at all: it calls passgate.ingest() and passgate.high_water(), SECURITY DEFINER
-- functions that check the caller's login role against passgate.kiosks. The owner role reads.

CREATE SCHEMA passgate;

-- The server's own settings: how many days entries are kept (the kiosks' retentionDays; server init
-- --retention-days), counted from the day each entry arrived here (see passgate.entries).
-- Purge runs by itself once a UTC day, at the first contact of any kiosk that day (purged_on).
-- schema_version: what `server init` upgrades from (a schema without the column is version 1).
CREATE TABLE passgate.settings (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  retention_days integer NOT NULL DEFAULT 28 CHECK (retention_days BETWEEN 1 AND 3660),
  purged_on date,
  schema_version integer NOT NULL DEFAULT 2
);
INSERT INTO passgate.settings DEFAULT VALUES;

-- One row per kiosk the owner registered (server add-kiosk): its login role and the head of its chain
-- as far as it has arrived.
CREATE TABLE passgate.kiosks (
  kiosk_id text PRIMARY KEY,
  login_role name NOT NULL UNIQUE,
  head_seq bigint,            -- NULL until the first entry arrives
  head_hash bytea,
  first_seq bigint,           -- where its chain starts here (the kiosk may have purged before)
  first_contact timestamptz,
  last_contact timestamptz,
  refused_at timestamptz,     -- set on a fork: nothing more is accepted until the owner looks
  reported_head bigint,       -- the kiosk's own newest entry, as it last said: the lag is the difference
  reported_at timestamptz
);

-- The entries, columns as the kiosk's ledger stores them (contact still sealed to the owner's key).
--
-- Retention: an entry is kept retention_days from the UTC day the server acknowledged it
-- (arrival_day), not from its own date. Its own date comes from the kiosk's clock, which may be wrong
-- by years either way: counted from it, an entry of a kiosk whose clock was behind would be dropped
-- right after the kiosk was told it was stored (a hole in the chain), and one whose clock was ahead
-- would never go. The arrival comes from the server's clock and only grows along a kiosk's chain
-- (ingest takes one batch per kiosk at a time), so retention drops the oldest part of every chain and
-- never a piece from its middle. An entry that arrives late (a kiosk offline for days) is kept here
-- that much longer than on the kiosk.
--
-- Partitioned by arrival day so that retention drops partitions instead of deleting rows; a batch
-- writes into one partition, today's, whatever dates its entries carry.
CREATE TABLE passgate.entries (
  kiosk_id text NOT NULL,      -- the kiosk the writing session authenticated as (its login role)
  seq bigint NOT NULL,
  day date NOT NULL,           -- the entry's own UTC day, by the kiosk's clock: not used for retention
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
  arrival_day date NOT NULL,   -- received_at's UTC day: retention counts from here
  PRIMARY KEY (kiosk_id, seq, arrival_day)
) PARTITION BY RANGE (arrival_day);
CREATE INDEX entries_by_time ON passgate.entries (time_ms);

-- Rows refused because they contradict what already arrived: a second kiosk using the same id, a
-- restored backup that diverged, or a forgery. Kept for the owner; `server status` shows them.
CREATE TABLE passgate.forks (
  id bigserial PRIMARY KEY,
  kiosk_id text NOT NULL,
  seq bigint NOT NULL,
  problem text NOT NULL,
  offered_hash bytea,
  stored_hash bytea,
  noticed_at timestamptz NOT NULL DEFAULT now()
);

-- Uploads refused because a row names another kiosk than the one the session authenticated as (a data
-- dir copied from another kiosk, or a kiosk writing in another's name). Nothing of such a row is
-- stored; one line per kiosk, claimed id and first refused entry, counting the attempts. Kept for the
-- owner (`server status` shows them and exits 1) until retention_days after the last attempt.
CREATE TABLE passgate.refused_uploads (
  kiosk_id text NOT NULL,      -- the kiosk the session authenticated as
  login_role name NOT NULL,
  claimed_kiosk text NOT NULL, -- the kiosk id inside the row
  seq bigint NOT NULL,
  attempts integer NOT NULL DEFAULT 1,
  first_at timestamptz NOT NULL DEFAULT now(),
  last_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kiosk_id, claimed_kiosk, seq)
);

-- What a kiosk sends: one ledger row.
CREATE TYPE passgate.entry_in AS (
  seq bigint,
  time_ms bigint,
  kind text,
  kiosk text,
  mode text,
  verdict text,
  reasons text,
  passes text,
  staff text,
  contact bytea,
  attributes text,
  event text,
  prev_hash bytea,
  hash bytea
);
