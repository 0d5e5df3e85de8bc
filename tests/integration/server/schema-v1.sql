-- The server schema as passgate shipped it before schema versions (version 1), kept as it was so that
-- server_upgrade.sh can test `server init` bringing such a server to the current version.
-- passgate's replication server (PostgreSQL 15): every kiosk's ledger, as the kiosks stored it.
-- Applied by `passgate-cli server init` in one transaction. Idempotent where PostgreSQL allows;
-- run once per database.
--
-- Trust model: a kiosk may only append to its own chain and read its own high-water mark. It has no
-- table privileges at all: it calls passgate.ingest() and passgate.high_water(), SECURITY DEFINER
-- functions that check the caller's login role against passgate.kiosks. The owner role reads.

CREATE SCHEMA passgate;

-- The server's own settings: how many days entries are kept (the kiosks' retentionDays; server init
-- --retention-days). Purge runs by itself when the first entry of a new day arrives.
CREATE TABLE passgate.settings (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  retention_days integer NOT NULL DEFAULT 28 CHECK (retention_days BETWEEN 1 AND 3660)
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

-- The entries, columns as the kiosk's ledger stores them (contact still sealed to the owner's key),
-- partitioned by day so that retention drops partitions instead of deleting rows.
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
  PRIMARY KEY (kiosk_id, seq, day)
) PARTITION BY RANGE (day);
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

-- The kiosk's ChainHash (core/ledger/ChainHash.cpp), recomputed: SHA-256 over length-prefixed fields.
CREATE FUNCTION passgate.field(value bytea) RETURNS bytea
  LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT int4send(length(value)) || value $$;

CREATE FUNCTION passgate.chain_hash(e passgate.entry_in) RETURNS bytea
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT sha256(
      passgate.field(convert_to('passgate ledger entry v1', 'UTF8'))
      || passgate.field(e.prev_hash)
      || passgate.field(int8send(e.seq))
      || passgate.field(int8send(e.time_ms))
      || passgate.field(convert_to(e.kind, 'UTF8'))
      || passgate.field(convert_to(e.kiosk, 'UTF8'))
      || passgate.field(convert_to(e.mode, 'UTF8'))
      || passgate.field(convert_to(e.verdict, 'UTF8'))
      || passgate.field(convert_to(e.reasons, 'UTF8'))
      || passgate.field(convert_to(e.passes, 'UTF8'))
      || passgate.field(convert_to(e.staff, 'UTF8'))
      || CASE WHEN e.contact IS NULL THEN '\x00'::bytea ELSE '\x01'::bytea END
      || passgate.field(coalesce(e.contact, ''::bytea))
      || passgate.field(convert_to(e.attributes, 'UTF8'))
      || passgate.field(convert_to(e.event, 'UTF8')))
  $$;

-- The calling kiosk's registration; raises for anyone else.
CREATE FUNCTION passgate.caller_kiosk(p_kiosk text) RETURNS passgate.kiosks
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    registered passgate.kiosks;
  BEGIN
    SELECT * INTO registered FROM passgate.kiosks k WHERE k.kiosk_id = p_kiosk;
    IF NOT FOUND OR registered.login_role <> session_user THEN
      RAISE EXCEPTION 'role % may not write for kiosk %', session_user, p_kiosk
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN registered;
  END
  $$;

-- The highest seq of this kiosk's chain that arrived (0: none yet): where the kiosk resumes. The kiosk
-- says how far its own ledger goes, so `server status` can show how far behind it is.
CREATE FUNCTION passgate.high_water(p_kiosk text, p_local_head bigint DEFAULT NULL) RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    me passgate.kiosks := passgate.caller_kiosk(p_kiosk);
  BEGIN
    UPDATE passgate.kiosks
      SET last_contact = now(),
          reported_head = coalesce(p_local_head, reported_head),
          reported_at = CASE WHEN p_local_head IS NULL THEN reported_at ELSE now() END
      WHERE kiosk_id = p_kiosk;
    RETURN coalesce(me.head_seq, 0);
  END
  $$;

-- Retention on the server: drops whole day partitions older than the cutoff. Returns their names.
CREATE FUNCTION passgate.purge(retention_days integer) RETURNS SETOF text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    part record;
    cutoff date := (now() AT TIME ZONE 'UTC')::date - retention_days;
  BEGIN
    FOR part IN
      SELECT c.relname AS name
        FROM pg_inherits i
        JOIN pg_class c ON c.oid = i.inhrelid
        JOIN pg_class p ON p.oid = i.inhparent
        JOIN pg_namespace n ON n.oid = p.relnamespace
       WHERE n.nspname = 'passgate' AND p.relname = 'entries'
         AND to_date(substr(c.relname, 9), 'YYYYMMDD') < cutoff
       ORDER BY 1
    LOOP
      EXECUTE format('DROP TABLE passgate.%I', part.name);
      RETURN NEXT part.name;
    END LOOP;
  END
  $$;

-- The day partition of `d`, made when the first entry of that day arrives.
CREATE FUNCTION passgate.ensure_partition(d date) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    name text := 'entries_' || to_char(d, 'YYYYMMDD');
  BEGIN
    IF to_regclass('passgate.' || name) IS NOT NULL THEN
      RETURN;
    END IF;
    -- Kiosks reconnecting together after an outage all reach a new day at once.
    PERFORM pg_advisory_xact_lock(hashtext('passgate partition ' || name));
    IF to_regclass('passgate.' || name) IS NULL THEN
      EXECUTE format('CREATE TABLE passgate.%I PARTITION OF passgate.entries FOR VALUES FROM (%L) TO (%L)',
                     name, d, d + 1);
      -- A new day has begun here: what is now past the retention goes, once a day, with no scheduler.
      IF d >= (now() AT TIME ZONE 'UTC')::date THEN
        PERFORM passgate.purge((SELECT retention_days FROM passgate.settings));
      END IF;
    END IF;
  END
  $$;

-- Appends a batch (in seq order) to the caller's chain, in the caller's transaction. Each row must
-- carry the hash the kiosk's own rule gives and continue the chain; a row already here with the same
-- hash is a harmless re-send. Anything else is recorded in passgate.forks, the kiosk is refused from
-- then on, and the result says so. Returns the status ('ok', 'fork', 'gap', 'refused'), how many
-- rows were new and how many were re-sent, and the high-water mark after the batch.
CREATE FUNCTION passgate.ingest(p_kiosk text, p_rows passgate.entry_in[],
                                OUT status text, OUT accepted integer, OUT resent integer,
                                OUT high_water bigint)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    me passgate.kiosks := passgate.caller_kiosk(p_kiosk);
    r passgate.entry_in;
    stored bytea;
    d date;
  BEGIN
    status := 'ok';
    accepted := 0;
    resent := 0;
    -- One batch per kiosk at a time: a restarted kiosk and its ghost connection must not interleave.
    PERFORM 1 FROM passgate.kiosks WHERE kiosk_id = p_kiosk FOR UPDATE;
    SELECT * INTO me FROM passgate.kiosks WHERE kiosk_id = p_kiosk;
    IF me.refused_at IS NOT NULL THEN
      status := 'refused';
      high_water := coalesce(me.head_seq, 0);
      RETURN;
    END IF;
    FOREACH r IN ARRAY p_rows LOOP
      IF r.hash IS DISTINCT FROM passgate.chain_hash(r) THEN
        INSERT INTO passgate.forks (kiosk_id, seq, problem, offered_hash)
          VALUES (p_kiosk, r.seq, 'the row does not match its hash', r.hash);
        status := 'fork';
      ELSIF me.head_seq IS NOT NULL AND r.seq <= me.head_seq THEN
        SELECT e.hash INTO stored FROM passgate.entries e WHERE e.kiosk_id = p_kiosk AND e.seq = r.seq;
        IF stored IS NULL OR stored = r.hash THEN
          resent := resent + 1; -- already here (or purged here already): an acknowledgement was lost
          CONTINUE;
        END IF;
        INSERT INTO passgate.forks (kiosk_id, seq, problem, offered_hash, stored_hash)
          VALUES (p_kiosk, r.seq, 'a different entry with this number arrived before', r.hash, stored);
        status := 'fork';
      ELSIF me.head_seq IS NOT NULL AND r.seq > me.head_seq + 1 THEN
        status := 'gap'; -- the kiosk skipped entries: it resends from the high-water mark
        EXIT;
      ELSIF me.head_seq IS NOT NULL AND r.prev_hash <> me.head_hash THEN
        INSERT INTO passgate.forks (kiosk_id, seq, problem, offered_hash, stored_hash)
          VALUES (p_kiosk, r.seq, 'does not chain to the entry before it', r.prev_hash, me.head_hash);
        status := 'fork';
      ELSE
        d := (to_timestamp(r.time_ms / 1000.0) AT TIME ZONE 'UTC')::date;
        PERFORM passgate.ensure_partition(d);
        INSERT INTO passgate.entries (kiosk_id, seq, day, time_ms, kind, kiosk, mode, verdict, reasons, passes,
                                      staff, contact, attributes, event, prev_hash, hash)
          VALUES (p_kiosk, r.seq, d, r.time_ms, r.kind, r.kiosk, r.mode, r.verdict, r.reasons, r.passes,
                  r.staff, r.contact, r.attributes, r.event, r.prev_hash, r.hash);
        accepted := accepted + 1;
        me.first_seq := coalesce(me.first_seq, r.seq);
        me.head_seq := r.seq;
        me.head_hash := r.hash;
      END IF;
      IF status = 'fork' THEN
        me.refused_at := now();
        EXIT;
      END IF;
    END LOOP;
    UPDATE passgate.kiosks
      SET head_seq = me.head_seq, head_hash = me.head_hash, first_seq = me.first_seq,
          first_contact = coalesce(first_contact, now()), last_contact = now(), refused_at = me.refused_at
      WHERE kiosk_id = p_kiosk;
    high_water := coalesce(me.head_seq, 0);
  END
  $$;


-- Every kiosk's chain as the server holds it, checked again from the stored rows: each row's hash by the
-- kiosk's rule, each link to the row before, no missing numbers. What `server verify` prints.
CREATE FUNCTION passgate.verify(OUT kiosk_id text, OUT entries bigint, OUT first_seq bigint, OUT last_seq bigint,
                                OUT bad_hashes bigint, OUT broken_links bigint)
  RETURNS SETOF record
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT c.kiosk_id, count(*), min(c.seq), max(c.seq),
           count(*) FILTER (WHERE c.hash <> passgate.chain_hash(c.entry)),
           count(*) FILTER (WHERE c.before_seq IS NOT NULL
                              AND (c.before_seq <> c.seq - 1 OR c.before_hash <> c.prev_hash))
      FROM (SELECT e.kiosk_id, e.seq, e.hash, e.prev_hash,
                   ROW(e.seq, e.time_ms, e.kind, e.kiosk, e.mode, e.verdict, e.reasons, e.passes, e.staff,
                       e.contact, e.attributes, e.event, e.prev_hash, e.hash)::passgate.entry_in AS entry,
                   lag(e.seq) OVER w AS before_seq, lag(e.hash) OVER w AS before_hash
              FROM passgate.entries e
            WINDOW w AS (PARTITION BY e.kiosk_id ORDER BY e.seq)) c
     GROUP BY c.kiosk_id
     ORDER BY c.kiosk_id
  $$;

-- Roles: kiosks only execute; the owner reads. Login roles are made per kiosk (server add-kiosk).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'passgate_kiosk') THEN
    CREATE ROLE passgate_kiosk NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'passgate_owner') THEN
    CREATE ROLE passgate_owner NOLOGIN;
  END IF;
END
$$;
REVOKE ALL ON SCHEMA passgate FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA passgate FROM PUBLIC;
GRANT USAGE ON SCHEMA passgate TO passgate_kiosk, passgate_owner;
GRANT EXECUTE ON FUNCTION passgate.ingest(text, passgate.entry_in[]), passgate.high_water(text, bigint)
  TO passgate_kiosk;
GRANT SELECT ON ALL TABLES IN SCHEMA passgate TO passgate_owner;
GRANT EXECUTE ON FUNCTION passgate.verify(), passgate.purge(integer) TO passgate_owner;
ALTER DEFAULT PRIVILEGES IN SCHEMA passgate GRANT SELECT ON TABLES TO passgate_owner;
