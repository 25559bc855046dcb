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

-- The tree is a tree: each unit's ancestry is its parent's ancestry plus itself (read under a
-- share lock on the parent, so a concurrent move of the parent waits or is seen), a unit never
-- appears in its own ancestry above itself, and a unit whose ancestry changes still agrees with
-- each of its children. A live unit never hangs under an archived one, and a unit is archived only
-- when no live child, active post or active duty scope remains in it.
CREATE FUNCTION zeren_check_unit_tree() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_parent_ancestors text[];
  v_parent_archived timestamptz;
BEGIN
  IF NEW."id" = ANY (NEW."ancestorIds"[1:NEW."depth"]) THEN
    RAISE EXCEPTION 'zeren:INVALID_MOVE unit % would be its own ancestor', NEW."id" USING ERRCODE = '23514';
  END IF;
  IF NEW."parentId" IS NOT NULL THEN
    SELECT "ancestorIds", "archivedAt" INTO v_parent_ancestors, v_parent_archived
      FROM "OrgUnit" WHERE "tenantId" = NEW."tenantId" AND "id" = NEW."parentId" FOR SHARE;
    IF NEW."ancestorIds" IS DISTINCT FROM v_parent_ancestors || NEW."id" THEN
      RAISE EXCEPTION 'zeren:INVALID_MOVE the ancestry of unit % disagrees with its parent', NEW."id" USING ERRCODE = '23514';
    END IF;
    IF NEW."archivedAt" IS NULL AND v_parent_archived IS NOT NULL THEN
      RAISE EXCEPTION 'zeren:BAD_USER_INPUT the parent of unit % is archived', NEW."id" USING ERRCODE = '23514';
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."ancestorIds" IS DISTINCT FROM OLD."ancestorIds" THEN
    IF EXISTS (SELECT 1 FROM "OrgUnit" c WHERE c."tenantId" = NEW."tenantId" AND c."parentId" = NEW."id"
                  AND c."ancestorIds" IS DISTINCT FROM NEW."ancestorIds" || c."id") THEN
      RAISE EXCEPTION 'zeren:INVALID_MOVE a child of unit % kept its old ancestry', NEW."id" USING ERRCODE = '23514';
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."archivedAt" IS NULL AND NEW."archivedAt" IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM "OrgUnit" c WHERE c."tenantId" = NEW."tenantId" AND c."parentId" = NEW."id" AND c."archivedAt" IS NULL)
       OR EXISTS (SELECT 1 FROM "Post" p WHERE p."tenantId" = NEW."tenantId" AND p."unitId" = NEW."id" AND p."endDate" IS NULL)
       OR EXISTS (SELECT 1 FROM "DutyScopeUnit" s JOIN "Duty" d ON d."tenantId" = s."tenantId" AND d."id" = s."dutyId"
                   WHERE s."tenantId" = NEW."tenantId" AND s."unitId" = NEW."id" AND d."endDate" IS NULL) THEN
      RAISE EXCEPTION 'zeren:UNIT_NOT_EMPTY unit % still has live children, posts or duty scopes', NEW."id" USING ERRCODE = '23514';
    END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "OrgUnit_tree_rule" AFTER INSERT OR UPDATE OF "parentId", "ancestorIds", "depth", "archivedAt" ON "OrgUnit"
  FOR EACH ROW EXECUTE FUNCTION zeren_check_unit_tree();

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
