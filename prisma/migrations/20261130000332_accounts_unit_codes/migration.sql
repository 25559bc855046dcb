-- AlterTable
ALTER TABLE "OrgUnit" ADD COLUMN     "code" TEXT;

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "planTemplateId" TEXT;

-- AlterTable
ALTER TABLE "UserAccount" ADD COLUMN     "isAdministrator" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_tenantId_code_key" ON "OrgUnit"("tenantId", "code");

-- AddForeignKey
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_planTemplateId_fkey" FOREIGN KEY ("planTemplateId") REFERENCES "PlanTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: existing bureaus' roots carry their bureau's code (the org-chart import matches the
-- 局党委 row by it); existing bureaus follow the newest shipped plan template.
UPDATE "OrgUnit" u SET "code" = t."code" FROM "Tenant" t WHERE u."tenantId" = t."id" AND u."parentId" IS NULL AND u."code" IS NULL;
UPDATE "Tenant" SET "planTemplateId" = (SELECT "id" FROM "PlanTemplate" ORDER BY "issuedOn" DESC LIMIT 1) WHERE "planTemplateId" IS NULL;

-- A unit code is a non-blank word without separators (it is written in the workbook's 分管范围
-- lists, separated by 、 or ,).
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_code_rule" CHECK ("code" IS NULL OR ("code" ~ '^[^\s,、，]+$' AND length("code") <= 64));

-- An account is one of: a person of a bureau (optionally also the bureau's administrator); the
-- administrator of a bureau without a person; a district role; the administrator of a district.
ALTER TABLE "UserAccount" DROP CONSTRAINT "UserAccount_principal_rule";
ALTER TABLE "UserAccount" ADD CONSTRAINT "UserAccount_principal_rule" CHECK (
  ("personId" IS NOT NULL AND "tenantId" IS NOT NULL AND "districtRole" IS NULL)
  OR ("personId" IS NULL AND "tenantId" IS NOT NULL AND "districtRole" IS NULL AND "districtId" IS NULL AND "isAdministrator")
  OR ("personId" IS NULL AND "tenantId" IS NULL AND "districtId" IS NOT NULL AND ("districtRole" IS NOT NULL) <> "isAdministrator")
);
ALTER TABLE "UserAccount" ADD CONSTRAINT "UserAccount_session_version_rule" CHECK ("sessionVersion" >= 0);
