-- CreateEnum
CREATE TYPE "ObligationRuleKind" AS ENUM ('RECORD_COUNT', 'CHANNEL_REGISTRATION');

-- AlterTable
ALTER TABLE "ObligationRule" ADD COLUMN     "ruleKind" "ObligationRuleKind" NOT NULL DEFAULT 'RECORD_COUNT',
ADD COLUMN     "withinDays" INTEGER,
ALTER COLUMN "recordKind" DROP NOT NULL,
ALTER COLUMN "minCount" DROP NOT NULL,
ALTER COLUMN "period" DROP NOT NULL;

-- Each kind of rule has exactly its own fields: counting rules what to count, how often; the
-- channel registration rule its number of days (1–365), and it is one per bureau.
ALTER TABLE "ObligationRule" ADD CONSTRAINT "ObligationRule_kind_rule" CHECK (
  CASE "ruleKind"
    WHEN 'RECORD_COUNT' THEN "recordKind" IS NOT NULL AND "minCount" IS NOT NULL AND "period" IS NOT NULL AND "withinDays" IS NULL
    WHEN 'CHANNEL_REGISTRATION' THEN "withinDays" BETWEEN 1 AND 365 AND "recordKind" IS NULL AND "minCount" IS NULL AND "period" IS NULL
      AND "dueMonthDay" IS NULL AND cardinality("appliesToKinds") = 0 AND cardinality("requiredCopies") = 0
  END);
CREATE UNIQUE INDEX "ObligationRule_channel_registration_rule" ON "ObligationRule" ("tenantId") WHERE "ruleKind" = 'CHANNEL_REGISTRATION';

-- Bureaus that exist already get the plan's rule (task 12): a new channel is registered within 30 days.
INSERT INTO "ObligationRule" ("id", "tenantId", "code", "name", "clause", "ruleKind", "withinDays", "updatedAt")
SELECT 'rule-channel-registration-' || t."id", t."id", 'CHANNEL_REGISTRATION', '新开设网络阵地30日内登记备案', '三(四)12', 'CHANNEL_REGISTRATION', 30, CURRENT_TIMESTAMP
  FROM "Tenant" t
ON CONFLICT DO NOTHING;
