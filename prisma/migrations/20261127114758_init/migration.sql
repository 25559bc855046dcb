-- CreateEnum
CREATE TYPE "DutyKind" AS ENUM ('FIRST_RESPONSIBLE', 'DIRECT_RESPONSIBLE', 'DUAL_DUTY');

-- CreateEnum
CREATE TYPE "OrgUnitKind" AS ENUM ('BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'RESOURCE_OFFICE', 'SUB_BUREAU', 'DIRECT_UNIT');

-- CreateEnum
CREATE TYPE "PostRole" AS ENUM ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'MEMBER');

-- CreateEnum
CREATE TYPE "DistrictRole" AS ENUM ('DISTRICT_COMMITTEE', 'PROPAGANDA_DEPARTMENT', 'CYBERSPACE_OFFICE', 'DISCIPLINE_INSPECTION');

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "tenantId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Duty" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "kind" "DutyKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "endReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Duty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyScopeUnit" (
    "tenantId" TEXT NOT NULL,
    "dutyId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "DutyScopeUnit_pkey" PRIMARY KEY ("dutyId","unitId")
);

-- CreateTable
CREATE TABLE "District" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "District_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "parentId" TEXT,
    "kind" "OrgUnitKind" NOT NULL,
    "name" TEXT NOT NULL,
    "ancestorIds" TEXT[],
    "depth" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OrgUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" TEXT,
    "jobTitle" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "PostRole" NOT NULL,
    "title" TEXT,
    "businessArea" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserAccount" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "tenantId" TEXT,
    "personId" TEXT,
    "districtId" TEXT,
    "districtRole" "DistrictRole",
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserAccount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_createdAt_idx" ON "AuditEvent"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "Duty_tenantId_unitId_endDate_idx" ON "Duty"("tenantId", "unitId", "endDate");

-- CreateIndex
CREATE INDEX "Duty_tenantId_personId_endDate_idx" ON "Duty"("tenantId", "personId", "endDate");

-- CreateIndex
CREATE UNIQUE INDEX "Duty_tenantId_id_key" ON "Duty"("tenantId", "id");

-- CreateIndex
CREATE INDEX "DutyScopeUnit_tenantId_unitId_idx" ON "DutyScopeUnit"("tenantId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "District_code_key" ON "District"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_code_key" ON "Tenant"("code");

-- CreateIndex
CREATE INDEX "Tenant_districtId_idx" ON "Tenant"("districtId");

-- CreateIndex
CREATE INDEX "OrgUnit_tenantId_parentId_idx" ON "OrgUnit"("tenantId", "parentId");

-- CreateIndex
CREATE INDEX "OrgUnit_ancestorIds_idx" ON "OrgUnit" USING GIN ("ancestorIds");

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_tenantId_id_key" ON "OrgUnit"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Person_tenantId_name_idx" ON "Person"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Person_tenantId_id_key" ON "Person"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Post_tenantId_unitId_endDate_idx" ON "Post"("tenantId", "unitId", "endDate");

-- CreateIndex
CREATE INDEX "Post_tenantId_personId_endDate_idx" ON "Post"("tenantId", "personId", "endDate");

-- CreateIndex
CREATE UNIQUE INDEX "Post_tenantId_id_key" ON "Post"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "UserAccount_username_key" ON "UserAccount"("username");

-- CreateIndex
CREATE UNIQUE INDEX "UserAccount_tenantId_personId_key" ON "UserAccount"("tenantId", "personId");

-- AddForeignKey
ALTER TABLE "Duty" ADD CONSTRAINT "Duty_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Duty" ADD CONSTRAINT "Duty_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Duty" ADD CONSTRAINT "Duty_tenantId_postId_fkey" FOREIGN KEY ("tenantId", "postId") REFERENCES "Post"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyScopeUnit" ADD CONSTRAINT "DutyScopeUnit_tenantId_dutyId_fkey" FOREIGN KEY ("tenantId", "dutyId") REFERENCES "Duty"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyScopeUnit" ADD CONSTRAINT "DutyScopeUnit_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_tenantId_parentId_fkey" FOREIGN KEY ("tenantId", "parentId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAccount" ADD CONSTRAINT "UserAccount_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAccount" ADD CONSTRAINT "UserAccount_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAccount" ADD CONSTRAINT "UserAccount_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot express. Objects named *_rule are hand-written; the
-- migration script (scripts/migration.ts) never proposes dropping them.
-- ---------------------------------------------------------------------------------------------

-- An account belongs to a person of a bureau or to a district role, never both.
ALTER TABLE "UserAccount" ADD CONSTRAINT "UserAccount_principal_rule" CHECK (
  ("personId" IS NOT NULL AND "tenantId" IS NOT NULL AND "districtRole" IS NULL)
  OR ("personId" IS NULL AND "tenantId" IS NULL AND "districtRole" IS NOT NULL AND "districtId" IS NOT NULL)
);

-- The stored ancestry is consistent with depth and parent: ancestorIds = root … self.
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_ancestry_rule" CHECK (
  cardinality("ancestorIds") = "depth" + 1
  AND "ancestorIds"["depth" + 1] = "id"
  AND (("parentId" IS NULL) = ("depth" = 0))
  AND ("parentId" IS NULL OR "ancestorIds"["depth"] = "parentId")
);

-- Effective dating: [startDate, endDate).
ALTER TABLE "Post" ADD CONSTRAINT "Post_dates_rule" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "Duty" ADD CONSTRAINT "Duty_dates_rule" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");

-- Rule 5: one active post and one active duty per person and unit; one active secretary per unit.
CREATE UNIQUE INDEX "Post_one_active_per_person_rule" ON "Post" ("tenantId", "unitId", "personId") WHERE "endDate" IS NULL;
CREATE UNIQUE INDEX "Post_one_active_secretary_rule" ON "Post" ("tenantId", "unitId") WHERE "endDate" IS NULL AND "role" = 'SECRETARY';
CREATE UNIQUE INDEX "Duty_one_active_per_person_rule" ON "Duty" ("tenantId", "unitId", "personId") WHERE "endDate" IS NULL;
-- Rules 1 and 2: at most one active first and one active direct responsible person per unit.
-- Concurrent appointments serialise on this index: the second one fails, whatever the code checked.
CREATE UNIQUE INDEX "Duty_one_active_leader_rule" ON "Duty" ("tenantId", "unitId", "kind") WHERE "endDate" IS NULL AND "kind" <> 'DUAL_DUTY';

-- The audit trail is append-only.
CREATE FUNCTION zeren_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'zeren:AUDIT_APPEND_ONLY the audit trail cannot be changed' USING ERRCODE = '23514';
END $$;
CREATE TRIGGER "AuditEvent_append_only_rule" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION zeren_refuse_audit_change();
CREATE TRIGGER "AuditEvent_no_truncate_rule" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_refuse_audit_change();

-- Rules 1–5 of the responsibility system, re-checked for a unit at commit (deferred), so that a
-- transaction may pass through intermediate states but never commit a broken team. The service
-- layer checks the same rules first and answers with typed errors; this is the backstop.
CREATE FUNCTION zeren_check_unit_duties(p_tenant text, p_unit text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_kind "OrgUnitKind";
  v_secretary text;
  v_first text;
  v_direct text;
  v_has_members boolean;
  v_bad text;
BEGIN
  SELECT "kind" INTO v_kind FROM "OrgUnit" WHERE "tenantId" = p_tenant AND "id" = p_unit;
  IF v_kind IS NULL THEN RETURN; END IF;

  IF v_kind NOT IN ('BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH') THEN
    IF EXISTS (SELECT 1 FROM "Duty" WHERE "tenantId" = p_tenant AND "unitId" = p_unit AND "endDate" IS NULL)
       OR EXISTS (SELECT 1 FROM "Post" WHERE "tenantId" = p_tenant AND "unitId" = p_unit AND "endDate" IS NULL AND "role" <> 'MEMBER') THEN
      RAISE EXCEPTION 'zeren:NOT_COMMITTEE_UNIT unit % has no leadership team', p_unit USING ERRCODE = '23514';
    END IF;
    RETURN;
  END IF;

  SELECT "personId" INTO v_secretary FROM "Post"
   WHERE "tenantId" = p_tenant AND "unitId" = p_unit AND "endDate" IS NULL AND "role" = 'SECRETARY';
  SELECT "personId" INTO v_first FROM "Duty"
   WHERE "tenantId" = p_tenant AND "unitId" = p_unit AND "endDate" IS NULL AND "kind" = 'FIRST_RESPONSIBLE';
  SELECT "personId" INTO v_direct FROM "Duty"
   WHERE "tenantId" = p_tenant AND "unitId" = p_unit AND "endDate" IS NULL AND "kind" = 'DIRECT_RESPONSIBLE';
  SELECT EXISTS (SELECT 1 FROM "Post" WHERE "tenantId" = p_tenant AND "unitId" = p_unit AND "endDate" IS NULL
                  AND "role" IN ('DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')) INTO v_has_members;

  -- Rule 1: the first responsible person is the secretary, and a team has one.
  IF v_first IS DISTINCT FROM v_secretary THEN
    RAISE EXCEPTION 'zeren:FIRST_RESPONSIBLE_NOT_SECRETARY unit %', p_unit USING ERRCODE = '23514';
  END IF;
  IF v_has_members AND v_secretary IS NULL THEN
    RAISE EXCEPTION 'zeren:FIRST_RESPONSIBLE_REQUIRED unit %', p_unit USING ERRCODE = '23514';
  END IF;
  -- Rule 2: the direct responsible person is a team member other than the secretary; a bureau or
  -- party committee with members besides its secretary has one.
  IF v_direct IS NOT NULL AND v_direct = v_secretary THEN
    RAISE EXCEPTION 'zeren:DIRECT_RESPONSIBLE_IS_SECRETARY unit %', p_unit USING ERRCODE = '23514';
  END IF;
  IF v_kind IN ('BUREAU_COMMITTEE', 'PARTY_COMMITTEE') AND v_has_members AND v_direct IS NULL THEN
    RAISE EXCEPTION 'zeren:DIRECT_RESPONSIBLE_REQUIRED unit %', p_unit USING ERRCODE = '23514';
  END IF;
  -- Rule 5 (second half): every active duty rests on an active leadership post of its holder there.
  SELECT d."id" INTO v_bad FROM "Duty" d
    LEFT JOIN "Post" p ON p."tenantId" = d."tenantId" AND p."id" = d."postId"
   WHERE d."tenantId" = p_tenant AND d."unitId" = p_unit AND d."endDate" IS NULL
     AND (p."id" IS NULL OR p."endDate" IS NOT NULL OR p."unitId" <> d."unitId" OR p."personId" <> d."personId"
          OR p."role" = 'MEMBER'
          OR (d."kind" = 'FIRST_RESPONSIBLE') <> (p."role" = 'SECRETARY'))
   LIMIT 1;
  IF v_bad IS NOT NULL THEN
    RAISE EXCEPTION 'zeren:DUTY_HOLDER_NOT_TEAM_MEMBER duty %', v_bad USING ERRCODE = '23514';
  END IF;
  -- Rule 3: every other active team member holds a duty.
  SELECT p."id" INTO v_bad FROM "Post" p
   WHERE p."tenantId" = p_tenant AND p."unitId" = p_unit AND p."endDate" IS NULL
     AND p."role" IN ('DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')
     AND NOT EXISTS (SELECT 1 FROM "Duty" d WHERE d."tenantId" = p_tenant AND d."postId" = p."id" AND d."endDate" IS NULL)
   LIMIT 1;
  IF v_bad IS NOT NULL THEN
    RAISE EXCEPTION 'zeren:MEMBER_WITHOUT_DUTY post %', v_bad USING ERRCODE = '23514';
  END IF;
  -- Rule 3: a duty's scope is never empty; rule 4: it lies in the unit's own subtree, and a first
  -- or direct responsible person's scope is the unit itself.
  SELECT d."id" INTO v_bad FROM "Duty" d
   WHERE d."tenantId" = p_tenant AND d."unitId" = p_unit AND d."endDate" IS NULL
     AND NOT EXISTS (SELECT 1 FROM "DutyScopeUnit" s WHERE s."tenantId" = p_tenant AND s."dutyId" = d."id")
   LIMIT 1;
  IF v_bad IS NOT NULL THEN
    RAISE EXCEPTION 'zeren:DUAL_DUTY_EMPTY_SCOPE duty %', v_bad USING ERRCODE = '23514';
  END IF;
  SELECT d."id" INTO v_bad FROM "Duty" d
    JOIN "DutyScopeUnit" s ON s."tenantId" = d."tenantId" AND s."dutyId" = d."id"
    JOIN "OrgUnit" u ON u."tenantId" = s."tenantId" AND u."id" = s."unitId"
   WHERE d."tenantId" = p_tenant AND d."unitId" = p_unit AND d."endDate" IS NULL
     AND (NOT (u."ancestorIds" @> ARRAY[p_unit]) OR (d."kind" <> 'DUAL_DUTY' AND u."id" <> p_unit))
   LIMIT 1;
  IF v_bad IS NOT NULL THEN
    RAISE EXCEPTION 'zeren:SCOPE_OUTSIDE_SUBTREE duty %', v_bad USING ERRCODE = '23514';
  END IF;
END $$;

CREATE FUNCTION zeren_check_duties_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_TABLE_NAME = 'DutyScopeUnit' THEN
    FOR r IN SELECT d."tenantId", d."unitId" FROM "Duty" d
              WHERE d."tenantId" = COALESCE(NEW."tenantId", OLD."tenantId")
                AND d."id" = COALESCE(NEW."dutyId", OLD."dutyId") LOOP
      PERFORM zeren_check_unit_duties(r."tenantId", r."unitId");
    END LOOP;
  ELSIF TG_TABLE_NAME = 'OrgUnit' THEN
    -- A move re-checks every committee whose duty scope names a unit of the moved subtree.
    FOR r IN SELECT DISTINCT d."tenantId", d."unitId" FROM "DutyScopeUnit" s
               JOIN "Duty" d ON d."tenantId" = s."tenantId" AND d."id" = s."dutyId" AND d."endDate" IS NULL
               JOIN "OrgUnit" u ON u."tenantId" = s."tenantId" AND u."id" = s."unitId"
              WHERE s."tenantId" = NEW."tenantId" AND u."ancestorIds" @> ARRAY[NEW."id"] LOOP
      PERFORM zeren_check_unit_duties(r."tenantId", r."unitId");
    END LOOP;
  ELSE
    PERFORM zeren_check_unit_duties(NEW."tenantId", NEW."unitId");
    IF TG_OP = 'UPDATE' AND OLD."unitId" <> NEW."unitId" THEN
      PERFORM zeren_check_unit_duties(OLD."tenantId", OLD."unitId");
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Post_duties_rule" AFTER INSERT OR UPDATE ON "Post"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION zeren_check_duties_trigger();
CREATE CONSTRAINT TRIGGER "Duty_duties_rule" AFTER INSERT OR UPDATE ON "Duty"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION zeren_check_duties_trigger();
CREATE CONSTRAINT TRIGGER "DutyScopeUnit_duties_rule" AFTER INSERT OR UPDATE OR DELETE ON "DutyScopeUnit"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION zeren_check_duties_trigger();
CREATE CONSTRAINT TRIGGER "OrgUnit_duties_rule" AFTER UPDATE OF "ancestorIds" ON "OrgUnit"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION zeren_check_duties_trigger();

-- Rule 6: posts and duties are effective-dated history: never deleted, and frozen once ended.
CREATE FUNCTION zeren_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD."endDate" IS NOT NULL THEN
    RAISE EXCEPTION 'zeren:HISTORY_IMMUTABLE % % is history', TG_TABLE_NAME, OLD."id" USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Post_history_rule" BEFORE UPDATE OR DELETE ON "Post"
  FOR EACH ROW EXECUTE FUNCTION zeren_refuse_history_change();
CREATE TRIGGER "Duty_history_rule" BEFORE UPDATE OR DELETE ON "Duty"
  FOR EACH ROW EXECUTE FUNCTION zeren_refuse_history_change();
