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
--      CONSTRAINTS … IMMEDIATE); the first one to fire checks every queued unit once and empties the
--      queue, the others find it empty. A statement after that queues its units again.
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

-- 2. Deferred, at COMMIT: the first firing checks every queued unit once and empties the queue.
CREATE FUNCTION zeren_check_queued_duties() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF to_regclass('pg_temp.zeren_duty_check_queue') IS NULL THEN RETURN NULL; END IF;
  FOR r IN DELETE FROM pg_temp.zeren_duty_check_queue RETURNING "tenantId", "unitId" LOOP
    PERFORM zeren_check_unit_duties(r."tenantId", r."unitId");
  END LOOP;
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
