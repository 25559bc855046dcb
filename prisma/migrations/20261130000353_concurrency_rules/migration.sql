-- AlterTable
ALTER TABLE "ChannelZeroReport" ADD COLUMN     "supersededAt" TIMESTAMPTZ(3),
ADD COLUMN     "supersededByChannelId" TEXT;

-- AddForeignKey
ALTER TABLE "ChannelZeroReport" ADD CONSTRAINT "ChannelZeroReport_tenantId_supersededByChannelId_fkey" FOREIGN KEY ("tenantId", "supersededByChannelId") REFERENCES "OnlineChannel"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written rules (issue 10): the tree and archived units hold under concurrent writers.
-- Each rule locks the row it reads (FOR SHARE) or takes the lock its writers share, so that a
-- concurrent transaction's change is either waited for and seen, or waits for this one.
-- ---------------------------------------------------------------------------------------------

-- The tree is a tree: each unit's ancestry is its parent's plus itself (read under a share lock on
-- the parent, so a concurrent move of the parent waits or is seen), a unit never appears in its own
-- ancestry above itself, and a unit whose ancestry changes still agrees with each of its children.
-- A live unit never hangs under an archived one, and a unit is archived only when no live child,
-- active post or active duty scope remains in it. Statement-level, over the transition tables, so
-- a bulk insert or a subtree move is checked in a few set queries rather than row by row.
CREATE FUNCTION zeren_check_unit_tree() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_bad text;
BEGIN
  SELECT n."id" INTO v_bad FROM new_rows n WHERE n."id" = ANY (n."ancestorIds"[1:n."depth"]) LIMIT 1;
  IF v_bad IS NOT NULL THEN
    RAISE EXCEPTION 'zeren:INVALID_MOVE unit % would be its own ancestor', v_bad USING ERRCODE = '23514';
  END IF;
  PERFORM 1 FROM "OrgUnit" p
   WHERE (p."tenantId", p."id") IN (SELECT DISTINCT n."tenantId", n."parentId" FROM new_rows n WHERE n."parentId" IS NOT NULL)
   ORDER BY p."id" FOR SHARE OF p;
  SELECT n."id" INTO v_bad FROM new_rows n
    LEFT JOIN "OrgUnit" p ON p."tenantId" = n."tenantId" AND p."id" = n."parentId"
   WHERE n."parentId" IS NOT NULL AND n."ancestorIds" IS DISTINCT FROM p."ancestorIds" || n."id" LIMIT 1;
  IF v_bad IS NOT NULL THEN
    RAISE EXCEPTION 'zeren:INVALID_MOVE the ancestry of unit % disagrees with its parent', v_bad USING ERRCODE = '23514';
  END IF;
  SELECT c."id" INTO v_bad FROM new_rows n
    JOIN "OrgUnit" c ON c."tenantId" = n."tenantId" AND c."parentId" = n."id"
   WHERE c."ancestorIds" IS DISTINCT FROM n."ancestorIds" || c."id" LIMIT 1;
  IF v_bad IS NOT NULL THEN
    RAISE EXCEPTION 'zeren:INVALID_MOVE unit % kept an ancestry its parent no longer has', v_bad USING ERRCODE = '23514';
  END IF;
  SELECT n."id" INTO v_bad FROM new_rows n
    JOIN "OrgUnit" p ON p."tenantId" = n."tenantId" AND p."id" = n."parentId"
   WHERE n."archivedAt" IS NULL AND p."archivedAt" IS NOT NULL LIMIT 1;
  IF v_bad IS NOT NULL THEN
    RAISE EXCEPTION 'zeren:BAD_USER_INPUT the parent of unit % is archived', v_bad USING ERRCODE = '23514';
  END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT n."id" INTO v_bad FROM new_rows n JOIN old_rows o ON o."id" = n."id"
     WHERE o."archivedAt" IS NULL AND n."archivedAt" IS NOT NULL
       AND (EXISTS (SELECT 1 FROM "OrgUnit" c WHERE c."tenantId" = n."tenantId" AND c."parentId" = n."id" AND c."archivedAt" IS NULL)
            OR EXISTS (SELECT 1 FROM "Post" p WHERE p."tenantId" = n."tenantId" AND p."unitId" = n."id" AND p."endDate" IS NULL)
            OR EXISTS (SELECT 1 FROM "DutyScopeUnit" s JOIN "Duty" d ON d."tenantId" = s."tenantId" AND d."id" = s."dutyId"
                        WHERE s."tenantId" = n."tenantId" AND s."unitId" = n."id" AND d."endDate" IS NULL))
     LIMIT 1;
    IF v_bad IS NOT NULL THEN
      RAISE EXCEPTION 'zeren:UNIT_NOT_EMPTY unit % still has live children, posts or duty scopes', v_bad USING ERRCODE = '23514';
    END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "OrgUnit_tree_rule" AFTER INSERT ON "OrgUnit"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_check_unit_tree();
CREATE TRIGGER "OrgUnit_tree_update_rule" AFTER UPDATE ON "OrgUnit"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_check_unit_tree();

-- No active post and no duty scope is added to an archived unit. The share lock on the unit makes
-- a concurrent archive wait for this transaction (and then see the post), or this one wait for the
-- archive (and then see it archived).
CREATE FUNCTION zeren_refuse_archived_unit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_archived timestamptz;
BEGIN
  IF TG_TABLE_NAME = 'Post' THEN
    IF NEW."endDate" IS NOT NULL THEN RETURN NEW; END IF;
  END IF;
  SELECT "archivedAt" INTO v_archived FROM "OrgUnit" WHERE "tenantId" = NEW."tenantId" AND "id" = NEW."unitId" FOR SHARE;
  IF v_archived IS NOT NULL THEN
    RAISE EXCEPTION 'zeren:BAD_USER_INPUT unit % is archived', NEW."unitId" USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Post_unit_live_rule" BEFORE INSERT OR UPDATE OF "unitId" ON "Post"
  FOR EACH ROW EXECUTE FUNCTION zeren_refuse_archived_unit();
CREATE TRIGGER "DutyScopeUnit_unit_live_rule" BEFORE INSERT OR UPDATE OF "unitId" ON "DutyScopeUnit"
  FOR EACH ROW EXECUTE FUNCTION zeren_refuse_archived_unit();

-- A zero report (零报告) does not stand for a quarter in which its unit runs a channel: a channel
-- that is not closed and was launched in or before that quarter. Both sides take the unit's
-- channel lock (the services take it first), so whichever transaction comes second sees the other:
-- a zero report filed after such a channel is refused; a channel registered after the zero report
-- marks it superseded (kept for history, no longer listed).
CREATE FUNCTION zeren_lock_unit_channels(p_tenant text, p_unit text) RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtextextended('zeren-channels:' || p_tenant || ':' || p_unit, 0));
$$;

CREATE FUNCTION zeren_refuse_zero_report_with_channel() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."supersededAt" IS NOT NULL THEN RETURN NEW; END IF;
  PERFORM zeren_lock_unit_channels(NEW."tenantId", NEW."unitId");
  IF EXISTS (SELECT 1 FROM "OnlineChannel" c
              WHERE c."tenantId" = NEW."tenantId" AND c."ownerUnitId" = NEW."unitId" AND c."status" <> 'CLOSED'
                AND to_char(c."launchedOn", 'YYYY-"Q"Q') <= NEW."period") THEN
    RAISE EXCEPTION 'zeren:UNIT_HAS_CHANNEL unit % runs a channel in %', NEW."unitId", NEW."period" USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "ChannelZeroReport_no_channel_rule" BEFORE INSERT ON "ChannelZeroReport"
  FOR EACH ROW EXECUTE FUNCTION zeren_refuse_zero_report_with_channel();

CREATE FUNCTION zeren_supersede_zero_reports() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'CLOSED' THEN RETURN NULL; END IF;
  PERFORM zeren_lock_unit_channels(NEW."tenantId", NEW."ownerUnitId");
  UPDATE "ChannelZeroReport"
     SET "supersededAt" = now(), "supersededByChannelId" = NEW."id"
   WHERE "tenantId" = NEW."tenantId" AND "unitId" = NEW."ownerUnitId" AND "supersededAt" IS NULL
     AND "period" >= to_char(NEW."launchedOn", 'YYYY-"Q"Q');
  RETURN NULL;
END $$;
CREATE TRIGGER "OnlineChannel_supersedes_zero_reports_rule" AFTER INSERT OR UPDATE OF "status", "launchedOn", "ownerUnitId" ON "OnlineChannel"
  FOR EACH ROW EXECUTE FUNCTION zeren_supersede_zero_reports();

-- Sibling units have distinct names (among live ones). The services check first, under the tree
-- lock that creates share; two creates (or renames) at once are settled by this index.
CREATE UNIQUE INDEX "OrgUnit_sibling_name_rule" ON "OrgUnit" ("tenantId", "parentId", "name") WHERE "archivedAt" IS NULL;
