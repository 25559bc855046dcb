-- AlterEnum
ALTER TYPE "OrgUnitKind" ADD VALUE 'DEPARTMENT';

-- 科室 (三9 "各部门（科室）紧密配合"): a department hangs directly under the bureau committee and
-- holds no units of its own (PARENT_KINDS in src/modules/org/rules.ts says the same). The function
-- body compares text, so it does not use the new enum value inside this transaction.
CREATE FUNCTION "OrgUnit_department_parent_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_parent_kind text;
BEGIN
  IF NEW."parentId" IS NULL THEN RETURN NEW; END IF;
  SELECT "kind"::text INTO v_parent_kind FROM "OrgUnit" WHERE "tenantId" = NEW."tenantId" AND "id" = NEW."parentId";
  IF v_parent_kind = 'DEPARTMENT' THEN
    RAISE EXCEPTION 'zeren:UNIT_KIND_NOT_ALLOWED' USING DETAIL = 'a department holds no units';
  END IF;
  IF NEW."kind"::text = 'DEPARTMENT' AND v_parent_kind IS DISTINCT FROM 'BUREAU_COMMITTEE' THEN
    RAISE EXCEPTION 'zeren:UNIT_KIND_NOT_ALLOWED' USING DETAIL = 'a department hangs under the bureau committee';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "OrgUnit_department_parent_rule" BEFORE INSERT OR UPDATE OF "parentId", "kind" ON "OrgUnit"
  FOR EACH ROW EXECUTE FUNCTION "OrgUnit_department_parent_rule"();
