-- passgate's replication server: the functions kiosks and the owner call, and who may call them.
-- Applied after schema.sql or the upgrade steps by every `passgate-cli server init` that changes the
-- schema, in the same transaction: CREATE OR REPLACE throughout (a function whose result columns
-- change is dropped by its upgrade step first).

-- The kiosk's ChainHash (core/ledger/ChainHash.cpp), recomputed: SHA-256 over length-prefixed fields.
CREATE OR REPLACE FUNCTION passgate.field(value bytea) RETURNS bytea
  LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT int4send(length(value)) || value $$;

CREATE OR REPLACE FUNCTION passgate.chain_hash(e passgate.entry_in) RETURNS bytea
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
CREATE OR REPLACE FUNCTION passgate.caller_kiosk(p_kiosk text) RETURNS passgate.kiosks
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

-- Retention on the server: what arrived before the cutoff (UTC days) goes, from every partition of
-- passgate.entries whatever its name or dates: a partition wholly before the cutoff is dropped, one
-- that only starts before it (a DEFAULT partition, or one made by hand over more days) loses those
-- rows by DELETE. Refused uploads last attempted before the cutoff go too. Returns what it dropped
-- ("entries_20250101") or emptied in part ("entries_default (12 entries)").
CREATE OR REPLACE FUNCTION passgate.purge(retention_days integer) RETURNS SETOF text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    part record;
    cutoff date := (now() AT TIME ZONE 'UTC')::date - retention_days;
    bounds text[];
    deleted bigint;
  BEGIN
    FOR part IN
      SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
        FROM pg_inherits i
        JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = 'passgate.entries'::regclass
       ORDER BY 1
    LOOP
      bounds := regexp_match(part.bound, '^FOR VALUES FROM \(''([0-9-]+)''\) TO \(''([0-9-]+)''\)$');
      IF bounds IS NOT NULL AND bounds[2]::date <= cutoff THEN
        EXECUTE format('DROP TABLE passgate.%I', part.name);
        RETURN NEXT part.name;
      ELSIF bounds IS NULL OR bounds[1]::date < cutoff THEN
        EXECUTE format('DELETE FROM passgate.%I WHERE arrival_day < $1', part.name) USING cutoff;
        GET DIAGNOSTICS deleted = ROW_COUNT;
        IF deleted > 0 THEN
          RETURN NEXT format('%s (%s entries)', part.name, deleted);
        END IF;
      END IF;
    END LOOP;
    DELETE FROM passgate.refused_uploads r WHERE r.last_at < cutoff::timestamp AT TIME ZONE 'UTC';
  END
  $$;

-- The automatic purge, by the server's retention: once a UTC day, at the first contact of any kiosk
-- that day (high_water, which every running kiosk calls at least once a minute, or ingest). A server
-- no kiosk calls for days purges when the next one does, or by `server purge` (a timer of the
-- owner's). Must be the first thing its transaction does: dropping a partition waits for every
-- transaction that wrote entries, and one that had written them and then waited here would deadlock.
CREATE OR REPLACE FUNCTION passgate.purge_if_due() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    today date := (now() AT TIME ZONE 'UTC')::date;
    previous text := current_setting('lock_timeout');
  BEGIN
    IF (SELECT s.purged_on >= today FROM passgate.settings s) THEN
      RETURN;
    END IF;
    -- A kiosk's call must not queue for minutes behind an owner's long read of the entries (and hold
    -- every other kiosk up behind it): past a second, give up; the next contact tries again.
    BEGIN
      PERFORM set_config('lock_timeout', '1s', true);
      -- One session purges; the others wait for its row lock here, then find the day done.
      UPDATE passgate.settings s SET purged_on = today WHERE s.purged_on IS NULL OR s.purged_on < today;
      IF FOUND THEN
        PERFORM passgate.purge((SELECT s.retention_days FROM passgate.settings s));
      END IF;
      PERFORM set_config('lock_timeout', previous, true);
    EXCEPTION WHEN lock_not_available THEN
      NULL; -- rolled back to before the block, purged_on and lock_timeout included
    END;
  END
  $$;

-- The partition of arrival day `d`, made when the first batch of that day arrives.
CREATE OR REPLACE FUNCTION passgate.ensure_partition(d date) RETURNS void
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
    END IF;
  END
  $$;

-- The highest seq of this kiosk's chain that arrived (0: none yet): where the kiosk resumes. The kiosk
-- says how far its own ledger goes, so `server status` can show how far behind it is.
CREATE OR REPLACE FUNCTION passgate.high_water(p_kiosk text, p_local_head bigint DEFAULT NULL) RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    me passgate.kiosks := passgate.caller_kiosk(p_kiosk);
  BEGIN
    PERFORM passgate.purge_if_due();
    UPDATE passgate.kiosks
      SET last_contact = now(),
          reported_head = coalesce(p_local_head, reported_head),
          reported_at = CASE WHEN p_local_head IS NULL THEN reported_at ELSE now() END
      WHERE kiosk_id = p_kiosk;
    RETURN coalesce(me.head_seq, 0);
  END
  $$;

-- Appends a batch (in seq order) to the caller's chain, in the caller's transaction. Each row must
-- name the kiosk the caller's login role is registered for, carry the hash the kiosk's own rule gives
-- and continue the chain; a row already here with the same hash is a harmless re-send. A row naming
-- another kiosk is refused and recorded in passgate.refused_uploads (status 'foreign'; the rows
-- before it are stored, nothing from it on). Anything else is recorded in passgate.forks, the kiosk
-- is refused from then on, and the result says so. Returns the status ('ok', 'fork', 'gap',
-- 'refused', 'foreign'), how many rows were new and how many were re-sent, and the high-water mark
-- after the batch.
CREATE OR REPLACE FUNCTION passgate.ingest(p_kiosk text, p_rows passgate.entry_in[],
                                OUT status text, OUT accepted integer, OUT resent integer,
                                OUT high_water bigint)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    me passgate.kiosks := passgate.caller_kiosk(p_kiosk);
    r passgate.entry_in;
    stored bytea;
    arrived timestamptz;
  BEGIN
    PERFORM passgate.purge_if_due(); -- first: see there
    status := 'ok';
    accepted := 0;
    resent := 0;
    -- One batch per kiosk at a time: a restarted kiosk and its ghost connection must not interleave.
    PERFORM 1 FROM passgate.kiosks WHERE kiosk_id = p_kiosk FOR UPDATE;
    SELECT * INTO me FROM passgate.kiosks WHERE kiosk_id = p_kiosk;
    -- Read after the lock, so that arrival only grows along a chain (retention counts from it): the
    -- batch before this one committed before the lock was ours. now() is when the call began.
    arrived := clock_timestamp();
    IF me.refused_at IS NOT NULL THEN
      status := 'refused';
      high_water := coalesce(me.head_seq, 0);
      RETURN;
    END IF;
    FOREACH r IN ARRAY p_rows LOOP
      IF r.kiosk IS DISTINCT FROM me.kiosk_id THEN
        -- Stored, it would be credited to that kiosk in every export: the session is the only
        -- proof of who wrote it.
        INSERT INTO passgate.refused_uploads AS u (kiosk_id, login_role, claimed_kiosk, seq)
          VALUES (me.kiosk_id, session_user, coalesce(r.kiosk, ''), r.seq)
          ON CONFLICT (kiosk_id, claimed_kiosk, seq)
          DO UPDATE SET attempts = u.attempts + 1, last_at = now(), login_role = excluded.login_role;
        status := 'foreign';
        EXIT;
      ELSIF r.hash IS DISTINCT FROM passgate.chain_hash(r) THEN
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
        IF accepted = 0 THEN
          PERFORM passgate.ensure_partition((arrived AT TIME ZONE 'UTC')::date);
        END IF;
        INSERT INTO passgate.entries (kiosk_id, seq, day, time_ms, kind, kiosk, mode, verdict, reasons, passes,
                                      staff, contact, attributes, event, prev_hash, hash, received_at,
                                      arrival_day)
          VALUES (p_kiosk, r.seq, (to_timestamp(r.time_ms / 1000.0) AT TIME ZONE 'UTC')::date, r.time_ms,
                  r.kind, r.kiosk, r.mode, r.verdict, r.reasons, r.passes, r.staff, r.contact, r.attributes,
                  r.event, r.prev_hash, r.hash, arrived, (arrived AT TIME ZONE 'UTC')::date);
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
-- kiosk's rule, each link to the row before, no missing numbers, every row naming the kiosk it is
-- stored under, and the newest entry acknowledged to the kiosk still here (retention drops the oldest
-- part of a chain, never its newest entry while older ones stay). What `server verify` and
-- `server status` print; any count but entries and seqs above 0 is a broken chain.
CREATE OR REPLACE FUNCTION passgate.verify(OUT kiosk_id text, OUT entries bigint, OUT first_seq bigint, OUT last_seq bigint,
                                OUT bad_hashes bigint, OUT broken_links bigint, OUT foreign_rows bigint,
                                OUT missing_newest bigint)
  RETURNS SETOF record
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT h.kiosk_id, h.entries, h.first_seq, h.last_seq, h.bad_hashes, h.broken_links, h.foreign_rows,
           greatest(coalesce(k.head_seq, 0) - h.last_seq, 0)
      FROM (SELECT c.kiosk_id, count(*) AS entries, min(c.seq) AS first_seq, max(c.seq) AS last_seq,
                   count(*) FILTER (WHERE c.hash <> passgate.chain_hash(c.entry)) AS bad_hashes,
                   count(*) FILTER (WHERE c.before_seq IS NOT NULL
                                      AND (c.before_seq <> c.seq - 1 OR c.before_hash <> c.prev_hash))
                     AS broken_links,
                   count(*) FILTER (WHERE c.kiosk IS DISTINCT FROM c.kiosk_id) AS foreign_rows
              FROM (SELECT e.kiosk_id, e.seq, e.hash, e.prev_hash, e.kiosk,
                           ROW(e.seq, e.time_ms, e.kind, e.kiosk, e.mode, e.verdict, e.reasons, e.passes,
                               e.staff, e.contact, e.attributes, e.event, e.prev_hash,
                               e.hash)::passgate.entry_in AS entry,
                           lag(e.seq) OVER w AS before_seq, lag(e.hash) OVER w AS before_hash
                      FROM passgate.entries e
                    WINDOW w AS (PARTITION BY e.kiosk_id ORDER BY e.seq)) c
             GROUP BY c.kiosk_id) h
      LEFT JOIN passgate.kiosks k ON k.kiosk_id = h.kiosk_id
     ORDER BY h.kiosk_id
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
