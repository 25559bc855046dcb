-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'ANNUAL_PLAN_MISSING';
ALTER TYPE "NotificationKind" ADD VALUE 'INSPECTION_DUE';

-- AlterEnum
ALTER TYPE "WorkRecordKind" ADD VALUE 'INTERNAL_INSPECTION';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "recipientUserId" TEXT,
ALTER COLUMN "recipientPersonId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ObligationRule" ADD COLUMN     "internalDueMonthDay" TEXT,
ADD COLUMN     "performedByRole" "DistrictRole";

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "establishedOn" DATE;

-- AlterTable
ALTER TABLE "WorkItem" ADD COLUMN     "carriedOverFromId" TEXT;

-- AlterTable
ALTER TABLE "WorkRecord" ADD COLUMN     "filedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reportingYear" INTEGER;
-- Existing rows: the year of their date, filed when they were created.
UPDATE "WorkRecord" SET "reportingYear" = extract(year FROM "date")::int, "filedAt" = "createdAt";
ALTER TABLE "WorkRecord" ALTER COLUMN "filedAt" SET NOT NULL, ALTER COLUMN "reportingYear" SET NOT NULL;

-- CreateTable
CREATE TABLE "ObligationRuleVersion" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "fromYear" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "recordKind" "WorkRecordKind",
    "minCount" INTEGER,
    "period" "ObligationPeriod",
    "dueMonthDay" TEXT,
    "internalDueMonthDay" TEXT,
    "withinDays" INTEGER,
    "appliesToKinds" "OrgUnitKind"[] DEFAULT ARRAY[]::"OrgUnitKind"[],
    "requiredRecipients" "DistrictRole"[] DEFAULT ARRAY[]::"DistrictRole"[],
    "requiredCopies" "DistrictRole"[] DEFAULT ARRAY[]::"DistrictRole"[],
    "countPer" "ObligationCountBasis" NOT NULL DEFAULT 'UNIT',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ObligationRuleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ObligationRuleVersion_tenantId_ruleId_fromYear_idx" ON "ObligationRuleVersion"("tenantId", "ruleId", "fromYear");

-- CreateIndex
CREATE UNIQUE INDEX "ObligationRuleVersion_ruleId_fromYear_key" ON "ObligationRuleVersion"("ruleId", "fromYear");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_recipientUserId_dedupeKey_key" ON "Notification"("recipientUserId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "WorkItem_tenantId_carriedOverFromId_key" ON "WorkItem"("tenantId", "carriedOverFromId");

-- CreateIndex
CREATE INDEX "WorkRecord_tenantId_unitId_kind_reportingYear_idx" ON "WorkRecord"("tenantId", "unitId", "kind", "reportingYear");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientUserId_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "UserAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_tenantId_carriedOverFromId_fkey" FOREIGN KEY ("tenantId", "carriedOverFromId") REFERENCES "WorkItem"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObligationRuleVersion" ADD CONSTRAINT "ObligationRuleVersion_tenantId_ruleId_fkey" FOREIGN KEY ("tenantId", "ruleId") REFERENCES "ObligationRule"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- 所属年度 is never after the year the record was filed in (China time).
ALTER TABLE "WorkRecord" ADD CONSTRAINT "WorkRecord_reporting_year_filed_rule"
  CHECK ("reportingYear" <= extract(year FROM ("filedAt" AT TIME ZONE 'UTC' + interval '8 hours'))::int);

-- A notification goes to exactly one recipient: a person of the bureau or a district account.
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_one_recipient_rule"
  CHECK (num_nonnulls("recipientPersonId", "recipientUserId") = 1);

-- A carried-over item does not continue itself.
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_carry_over_other_rule"
  CHECK ("carriedOverFromId" IS NULL OR "carriedOverFromId" <> "id");

-- 三(三)11: the 专项督查 is 区委宣传部's to carry out.
UPDATE "ObligationRule" SET "performedByRole" = 'PROPAGANDA_DEPARTMENT' WHERE "code" = 'INSPECTION' AND "origin" = 'PLAN';

-- Every existing rule gets its first version, in force from the plan's year (2022) on.
INSERT INTO "ObligationRuleVersion" ("id", "tenantId", "ruleId", "fromYear", "name", "recordKind", "minCount", "period",
  "dueMonthDay", "internalDueMonthDay", "withinDays", "appliesToKinds", "requiredRecipients", "requiredCopies", "countPer", "active")
SELECT 'v1-' || r."id", r."tenantId", r."id", 2022, r."name", r."recordKind", r."minCount", r."period",
       r."dueMonthDay", NULL, r."withinDays", r."appliesToKinds", r."requiredRecipients", r."requiredCopies", r."countPer", r."active"
  FROM "ObligationRule" r;
