-- ---------------------------------------------------------------------------------------------
-- Hand-written (issue 9, import speed): the team rules (zeren_check_unit_duties, unchanged) are
-- checked once per touched unit per transaction instead of once per written row.
--
-- Before, each inserted or updated Post, Duty and DutyScopeUnit row queued a deferred check of its
-- unit's whole team: an org-chart import of 2,000 units re-checked ~6,000 times at COMMIT, most of
-- them the same units again. Deferred constraint triggers can only be row-level, so the work is
-- split in two:
--   1. statement-level AFTER triggers (immediate, over the transition tables) record the units a
--      statement touched in a per-session temporary queue, one row per unit (ON CONFLICT DO NOTHING);
--   2. the deferred row-level constraint triggers stay (they still fire at COMMIT, or at SET
--      CONSTRAINTS … IMMEDIATE); the first one to fire checks every queued unit and empties the
--      queue, the others find it empty. A statement after that queues its units again. The check
--      is a few set queries over all queued units that pick the units which may break a rule, then
--      zeren_check_unit_duties on each picked unit (it raises the error).
-- The rules and their error codes are exactly zeren_check_unit_duties's; only the number of calls
-- changes. The queue is a temporary table (per connection; emptied by the check, its rows gone on
-- rollback), so concurrent transactions never share it and nothing of it is in the Prisma schema.
-- ---------------------------------------------------------------------------------------------

DROP TRIGGER "Post_duties_rule" ON "Post";
DROP TRIGGER "Duty_duties_rule" ON "Duty";
DROP TRIGGER "DutyScopeUnit_duties_rule" ON "DutyScopeUnit";
DROP TRIGGER "OrgUnit_duties_rule" ON "OrgUnit";
DROP FUNCTION zeren_check_duties_trigger();

-- The queue of units whose team must be re-checked before this transaction commits.
CREATE FUNCTION zeren_duty_queue_ready() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF to_regclass('pg_temp.zeren_duty_check_queue') IS NULL THEN
    CREATE TEMPORARY TABLE zeren_duty_check_queue (
      "tenantId" text NOT NULL,
      "unitId" text NOT NULL,
      PRIMARY KEY ("tenantId", "unitId")
    );
  END IF;
END $$;

-- 1. Immediate, once per statement: which teams did this statement touch?
CREATE FUNCTION zeren_queue_duty_checks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM zeren_duty_queue_ready();
  IF TG_TABLE_NAME IN ('Post', 'Duty') THEN
    -- The unit of every written row, and on an update also the unit it left.
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp.zeren_duty_check_queue SELECT DISTINCT n."tenantId", n."unitId" FROM new_rows n ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP = 'UPDATE' THEN
      INSERT INTO pg_temp.zeren_duty_check_queue SELECT DISTINCT o."tenantId", o."unitId" FROM old_rows o ON CONFLICT DO NOTHING;
    END IF;
  ELSIF TG_TABLE_NAME = 'DutyScopeUnit' THEN
    -- The unit of the duty whose scope changed.
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp.zeren_duty_check_queue
        SELECT DISTINCT d."tenantId", d."unitId" FROM "Duty" d
         WHERE (d."tenantId", d."id") IN (SELECT n."tenantId", n."dutyId" FROM new_rows n) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp.zeren_duty_check_queue
        SELECT DISTINCT d."tenantId", d."unitId" FROM "Duty" d
         WHERE (d."tenantId", d."id") IN (SELECT o."tenantId", o."dutyId" FROM old_rows o) ON CONFLICT DO NOTHING;
    END IF;
  ELSIF TG_TABLE_NAME = 'OrgUnit' THEN
    -- A move re-checks every committee whose active duty scope names a unit of a moved subtree
    -- (a unit whose ancestry changed, and every unit below it).
    INSERT INTO pg_temp.zeren_duty_check_queue
      SELECT DISTINCT d."tenantId", d."unitId" FROM "DutyScopeUnit" s
        JOIN "Duty" d ON d."tenantId" = s."tenantId" AND d."id" = s."dutyId" AND d."endDate" IS NULL
        JOIN "OrgUnit" u ON u."tenantId" = s."tenantId" AND u."id" = s."unitId"
        JOIN (SELECT n."tenantId", n."id" FROM new_rows n JOIN old_rows o ON o."tenantId" = n."tenantId" AND o."id" = n."id"
               WHERE o."ancestorIds" IS DISTINCT FROM n."ancestorIds") m
          ON m."tenantId" = u."tenantId" AND u."ancestorIds" @> ARRAY[m."id"]
      ON CONFLICT DO NOTHING;
  END IF;
  -- A transaction-local flag, so that the deferred firings need not look at the queue at all
  -- once it is drained (reverted with the queue's rows on a rollback to a savepoint).
  PERFORM set_config('zeren.duties_queued', 'on', true);
  RETURN NULL;
END $$;

CREATE TRIGGER "Post_duties_queue_insert_rule" AFTER INSERT ON "Post"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_queue_duty_checks();
CREATE TRIGGER "Post_duties_queue_update_rule" AFTER UPDATE ON "Post"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_queue_duty_checks();
CREATE TRIGGER "Duty_duties_queue_insert_rule" AFTER INSERT ON "Duty"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_queue_duty_checks();
CREATE TRIGGER "Duty_duties_queue_update_rule" AFTER UPDATE ON "Duty"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_queue_duty_checks();
CREATE TRIGGER "DutyScopeUnit_duties_queue_insert_rule" AFTER INSERT ON "DutyScopeUnit"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_queue_duty_checks();
CREATE TRIGGER "DutyScopeUnit_duties_queue_update_rule" AFTER UPDATE ON "DutyScopeUnit"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_queue_duty_checks();
CREATE TRIGGER "DutyScopeUnit_duties_queue_delete_rule" AFTER DELETE ON "DutyScopeUnit"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_queue_duty_checks();
CREATE TRIGGER "OrgUnit_duties_queue_update_rule" AFTER UPDATE ON "OrgUnit"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_queue_duty_checks();

-- 2. Deferred, at COMMIT: the first firing checks every queued unit and empties the queue. A few
-- set queries over all queued units first pick those that may break a rule (a superset: each
-- condition below is zeren_check_unit_duties's, or wider); zeren_check_unit_duties, unchanged,
-- then checks each picked unit and raises its error. A unit picked in error passes that check.
CREATE FUNCTION zeren_check_queued_duties() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  -- Every firing after the first (one per written row) finds nothing queued: stop here.
  IF coalesce(current_setting('zeren.duties_queued', true), '') <> 'on' THEN RETURN NULL; END IF;
  IF to_regclass('pg_temp.zeren_duty_check_queue') IS NULL THEN RETURN NULL; END IF;
  FOR r IN
    WITH q AS (
      SELECT o."tenantId" AS t, o."id" AS u, o."kind" AS k FROM pg_temp.zeren_duty_check_queue z
        JOIN "OrgUnit" o ON o."tenantId" = z."tenantId" AND o."id" = z."unitId"
    ), posts AS (
      SELECT p."tenantId" AS t, p."unitId" AS u,
             count(*) FILTER (WHERE p."role" = 'SECRETARY') AS nsec,
             min(p."personId") FILTER (WHERE p."role" = 'SECRETARY') AS sec,
             count(*) FILTER (WHERE p."role" IN ('DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')) AS nmem,
             count(*) FILTER (WHERE p."role" <> 'MEMBER') AS nlead
        FROM "Post" p JOIN q ON p."tenantId" = q.t AND p."unitId" = q.u
       WHERE p."endDate" IS NULL GROUP BY 1, 2
    ), duties AS (
      SELECT d."tenantId" AS t, d."unitId" AS u, count(*) AS nduty,
             count(*) FILTER (WHERE d."kind" = 'FIRST_RESPONSIBLE') AS nfirst,
             min(d."personId") FILTER (WHERE d."kind" = 'FIRST_RESPONSIBLE') AS first,
             count(*) FILTER (WHERE d."kind" = 'DIRECT_RESPONSIBLE') AS ndirect,
             min(d."personId") FILTER (WHERE d."kind" = 'DIRECT_RESPONSIBLE') AS direct
        FROM "Duty" d JOIN q ON d."tenantId" = q.t AND d."unitId" = q.u
       WHERE d."endDate" IS NULL GROUP BY 1, 2
    )
    -- No team outside committees; rules 1 and 2 (with more than one secretary, first or direct
    -- responsible person picked too: the check reads one of each).
    SELECT q.t, q.u FROM q LEFT JOIN posts ps ON ps.t = q.t AND ps.u = q.u LEFT JOIN duties ds ON ds.t = q.t AND ds.u = q.u
     WHERE (q.k NOT IN ('BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH')
            AND (coalesce(ds.nduty, 0) > 0 OR coalesce(ps.nlead, 0) > 0))
        OR (q.k IN ('BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH') AND (
               coalesce(ps.nsec, 0) > 1 OR coalesce(ds.nfirst, 0) > 1 OR coalesce(ds.ndirect, 0) > 1
            OR ps.sec IS DISTINCT FROM ds.first
            OR (coalesce(ps.nmem, 0) > 0 AND coalesce(ps.nsec, 0) = 0)
            OR (ds.direct IS NOT NULL AND ds.direct = ps.sec)
            OR (q.k IN ('BUREAU_COMMITTEE', 'PARTY_COMMITTEE') AND coalesce(ps.nmem, 0) > 0 AND coalesce(ds.ndirect, 0) = 0)))
    UNION
    -- Rule 5: a duty not resting on its holder's active leadership post there.
    SELECT q.t, q.u FROM q JOIN "Duty" d ON d."tenantId" = q.t AND d."unitId" = q.u AND d."endDate" IS NULL
      LEFT JOIN "Post" p ON p."tenantId" = d."tenantId" AND p."id" = d."postId"
     WHERE p."id" IS NULL OR p."endDate" IS NOT NULL OR p."unitId" <> d."unitId" OR p."personId" <> d."personId"
        OR p."role" = 'MEMBER' OR (d."kind" = 'FIRST_RESPONSIBLE') <> (p."role" = 'SECRETARY')
    UNION
    -- Rule 3: a team member without an active duty.
    SELECT q.t, q.u FROM q JOIN "Post" p ON p."tenantId" = q.t AND p."unitId" = q.u AND p."endDate" IS NULL
     WHERE p."role" IN ('DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')
       AND NOT EXISTS (SELECT 1 FROM "Duty" d WHERE d."tenantId" = p."tenantId" AND d."postId" = p."id" AND d."endDate" IS NULL)
    UNION
    -- Rule 3: a duty with an empty scope.
    SELECT q.t, q.u FROM q JOIN "Duty" d ON d."tenantId" = q.t AND d."unitId" = q.u AND d."endDate" IS NULL
     WHERE NOT EXISTS (SELECT 1 FROM "DutyScopeUnit" s WHERE s."tenantId" = d."tenantId" AND s."dutyId" = d."id")
    UNION
    -- Rule 4: a scope unit outside the unit's subtree, or a first or direct responsible person's
    -- scope other than the unit itself.
    SELECT q.t, q.u FROM q JOIN "Duty" d ON d."tenantId" = q.t AND d."unitId" = q.u AND d."endDate" IS NULL
      JOIN "DutyScopeUnit" s ON s."tenantId" = d."tenantId" AND s."dutyId" = d."id"
      JOIN "OrgUnit" su ON su."tenantId" = s."tenantId" AND su."id" = s."unitId"
     WHERE NOT (su."ancestorIds" @> ARRAY[d."unitId"]) OR (d."kind" <> 'DUAL_DUTY' AND su."id" <> d."unitId")
  LOOP
    PERFORM zeren_check_unit_duties(r.t, r.u);
  END LOOP;
  DELETE FROM pg_temp.zeren_duty_check_queue;
  PERFORM set_config('zeren.duties_queued', 'off', true);
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Post_duties_rule" AFTER INSERT OR UPDATE ON "Post"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION zeren_check_queued_duties();
CREATE CONSTRAINT TRIGGER "Duty_duties_rule" AFTER INSERT OR UPDATE ON "Duty"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION zeren_check_queued_duties();
CREATE CONSTRAINT TRIGGER "DutyScopeUnit_duties_rule" AFTER INSERT OR UPDATE OR DELETE ON "DutyScopeUnit"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION zeren_check_queued_duties();
CREATE CONSTRAINT TRIGGER "OrgUnit_duties_rule" AFTER UPDATE OF "ancestorIds" ON "OrgUnit"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION zeren_check_queued_duties();
