-- Hand-written (no schema difference): the rules and data of the obligation_provenance migration,
-- in their own transaction because they use the enum value that migration adds.

ALTER TABLE "ObligationRule" ADD CONSTRAINT "ObligationRule_recipients_arrays_rule"
  CHECK ("requiredRecipients" IS NOT NULL);

-- Each kind of rule has exactly its own fields: counting rules what to count, how often, for whom
-- and to whom it must be addressed; the channel registration rule its number of days (one per
-- bureau); a risk handling rule its severity and number of days (one per bureau and severity).
ALTER TABLE "ObligationRule" DROP CONSTRAINT "ObligationRule_kind_rule";
ALTER TABLE "ObligationRule" ADD CONSTRAINT "ObligationRule_kind_rule" CHECK (
  CASE "ruleKind"
    WHEN 'RECORD_COUNT' THEN "recordKind" IS NOT NULL AND "minCount" IS NOT NULL AND "period" IS NOT NULL AND "withinDays" IS NULL
      AND "severity" IS NULL
    ELSE "withinDays" BETWEEN 1 AND 365 AND "recordKind" IS NULL AND "minCount" IS NULL AND "period" IS NULL
      AND "dueMonthDay" IS NULL AND cardinality("appliesToKinds") = 0 AND cardinality("requiredCopies") = 0
      AND cardinality("requiredRecipients") = 0 AND "countPer" = 'UNIT'
      AND ("severity" IS NOT NULL) = ("ruleKind" = 'RISK_HANDLING')
  END);
CREATE UNIQUE INDEX "ObligationRule_risk_handling_rule" ON "ObligationRule" ("tenantId", "severity") WHERE "ruleKind" = 'RISK_HANDLING';

-- Provenance: a rule the plan states names its clause.
ALTER TABLE "ObligationRule" ADD CONSTRAINT "ObligationRule_origin_rule"
  CHECK ("origin" = 'LOCAL' OR length(btrim("clause")) > 0);

-- A duty report (述职报告, IV.2) is one team member's own: it names that member. Rows recorded
-- before this rule (no member known) are left as they were.
ALTER TABLE "WorkRecord" ADD CONSTRAINT "WorkRecord_duty_report_person_rule"
  CHECK ("kind" <> 'DUTY_REPORT' OR "personId" IS NOT NULL) NOT VALID;

-- The plan's own rules (DOMAIN.md §4), by code.
UPDATE "ObligationRule" SET "origin" = 'PLAN'
 WHERE "ruleKind" = 'RECORD_COUNT' AND length(btrim("clause")) > 0
   AND "code" IN ('COMMITTEE_STUDY', 'SPECIAL_REPORT', 'INTERNAL_BRIEFING', 'INSPECTION', 'ANNUAL_RESPONSIBILITY_REPORT',
                  'DEMOCRATIC_LIFE_MEETING', 'DUTY_REPORT');

-- Addressees (三(二)5, 四(一)): sent (主送) to the district committee, copied (抄送) to its propaganda department.
UPDATE "ObligationRule" SET "requiredRecipients" = ARRAY['DISTRICT_COMMITTEE']::"DistrictRole"[],
                            "requiredCopies" = ARRAY['PROPAGANDA_DEPARTMENT']::"DistrictRole"[]
 WHERE "code" IN ('SPECIAL_REPORT', 'ANNUAL_RESPONSIBILITY_REPORT') AND "ruleKind" = 'RECORD_COUNT';

-- 四(二): each team member's duty report.
UPDATE "ObligationRule" SET "countPer" = 'TEAM_MEMBER' WHERE "code" = 'DUTY_REPORT' AND "ruleKind" = 'RECORD_COUNT';

-- Local additions, labelled as such (they were labelled with a clause of the plan before).
UPDATE "ObligationRule" SET "origin" = 'LOCAL', "clause" = '',
       "note" = '方案三(四)12要求维护网络意识形态安全，未规定备案时限；30日为本局补充'
 WHERE "ruleKind" = 'CHANNEL_REGISTRATION';
UPDATE "ObligationRule" SET "origin" = 'LOCAL', "clause" = '',
       "note" = '方案三(二)6要求定期开展分析研判，未规定频次；每半年1次为本局补充'
 WHERE "code" = 'PERIODIC_ANALYSIS' AND "ruleKind" = 'RECORD_COUNT';

-- Risk handling deadlines by severity (1/3/7/15 days) were code; they are each bureau's local rules now.
INSERT INTO "ObligationRule" ("id", "tenantId", "code", "name", "clause", "ruleKind", "severity", "withinDays", "origin", "note", "updatedAt")
SELECT 'rule-risk-handling-' || lower(s.severity) || '-' || t."id", t."id", 'RISK_HANDLING_' || s.severity, s.name, '',
       'RISK_HANDLING', s.severity::"RiskSeverity", s.days, 'LOCAL',
       '方案三(二)7、三(五)13要求妥善处置，未规定时限；按风险等级确定处置时限为本局补充', CURRENT_TIMESTAMP
  FROM "Tenant" t
 CROSS JOIN (VALUES ('CRITICAL', '重大风险1日内处置', 1), ('HIGH', '较大风险3日内处置', 3),
                    ('MEDIUM', '一般风险7日内处置', 7), ('LOW', '较低风险15日内处置', 15)) AS s(severity, name, days)
ON CONFLICT DO NOTHING;
