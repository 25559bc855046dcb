-- AlterTable
ALTER TABLE "OrgUnit" ADD COLUMN     "treeKey" TEXT NOT NULL DEFAULT '';

-- ---------------------------------------------------------------------------------------------
-- Hand-written (issue 13): the tree order key. Each unit's "treeKey" is its parent's key followed
-- by its own segment (sort order, offset to sort as text, then name and id), compared bytewise, so
-- ORDER BY "treeKey" lists the root first, then each unit's subtree depth-first by sort order, name
-- and id — the order the org chart reads. Ledgers page on it in SQL.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE "OrgUnit" ALTER COLUMN "treeKey" TYPE TEXT COLLATE "C";

CREATE FUNCTION zeren_unit_tree_segment(p_sort integer, p_name text, p_id text) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT lpad((p_sort::bigint + 2147483648)::text, 10, '0') || p_name || chr(1) || p_id || chr(2)
$$;

-- Recomputes the keys of the given units and their subtrees, starting from those among them with no
-- ancestor among them (following "parentId", so a move whose descendants' ancestry is rewritten in
-- a later statement is keyed by the move itself).
CREATE FUNCTION zeren_refresh_unit_tree_keys(p_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH RECURSIVE changed AS (
    SELECT DISTINCT c.id FROM unnest(p_ids) AS c(id)
  ), covered AS (
    -- changed units with a changed ancestor: keyed by that ancestor's walk (set joins, no array scans)
    SELECT DISTINCT u."id" FROM "OrgUnit" u JOIN changed c ON c.id = u."id"
      CROSS JOIN LATERAL unnest(u."ancestorIds"[1:u."depth"]) AS a(id) JOIN changed ca ON ca.id = a.id
  ), top AS (
    SELECT u."tenantId", u."id", u."parentId", u."sortOrder", u."name" FROM "OrgUnit" u JOIN changed c ON c.id = u."id"
     WHERE NOT EXISTS (SELECT 1 FROM covered v WHERE v."id" = u."id")
  ), t AS (
    SELECT top."tenantId", top."id", COALESCE(p."treeKey", '') || zeren_unit_tree_segment(top."sortOrder", top."name", top."id") AS key
      FROM top LEFT JOIN "OrgUnit" p ON p."tenantId" = top."tenantId" AND p."id" = top."parentId"
    UNION ALL
    SELECT c."tenantId", c."id", t.key || zeren_unit_tree_segment(c."sortOrder", c."name", c."id")
      FROM t JOIN "OrgUnit" c ON c."tenantId" = t."tenantId" AND c."parentId" = t."id"
  )
  UPDATE "OrgUnit" u SET "treeKey" = t.key FROM t
   WHERE u."tenantId" = t."tenantId" AND u."id" = t."id" AND u."treeKey" IS DISTINCT FROM t.key;
END $$;

-- The tree rule (concurrency_rules) skips the refresh's own UPDATE (issued from a trigger, writing
-- only "treeKey").
CREATE OR REPLACE FUNCTION zeren_check_unit_tree() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_bad text;
BEGIN
  -- The only UPDATE of "OrgUnit" a trigger issues is the tree-key refresh below, which writes only
  -- "treeKey": nothing this rule reads. Re-checking its rows cost seconds for a 2,400-unit subtree.
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
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

CREATE FUNCTION zeren_unit_tree_key() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_ids text[];
BEGIN
  IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF; -- the refresh's own UPDATE
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n."id") INTO v_ids FROM new_rows n;
  ELSE
    SELECT array_agg(n."id") INTO v_ids FROM new_rows n JOIN old_rows o ON o."id" = n."id"
     WHERE n."parentId" IS DISTINCT FROM o."parentId" OR n."sortOrder" <> o."sortOrder" OR n."name" <> o."name";
  END IF;
  IF v_ids IS NOT NULL THEN
    PERFORM zeren_refresh_unit_tree_keys(v_ids);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "OrgUnit_treekey_insert_rule" AFTER INSERT ON "OrgUnit"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_unit_tree_key();
CREATE TRIGGER "OrgUnit_treekey_update_rule" AFTER UPDATE ON "OrgUnit"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_unit_tree_key();

SELECT zeren_refresh_unit_tree_keys(ARRAY(SELECT "id" FROM "OrgUnit" WHERE "parentId" IS NULL));
