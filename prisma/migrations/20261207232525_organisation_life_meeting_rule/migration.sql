-- 民主生活会 (四(二)) is the bureau committee team's; committees and branches below hold
-- 组织生活会, a local rule of each bureau with its own record kind (separate migration: a new enum
-- value cannot be used in the transaction that adds it).
UPDATE "ObligationRule" SET "appliesToKinds" = ARRAY['BUREAU_COMMITTEE']::"OrgUnitKind"[], "name" = '局领导班子民主生活会将意识形态工作作为重要内容'
 WHERE "code" = 'DEMOCRATIC_LIFE_MEETING' AND "origin" = 'PLAN';

INSERT INTO "ObligationRule" ("id", "tenantId", "code", "name", "clause", "ruleKind", "recordKind", "minCount", "period", "appliesToKinds", "origin", "note", "updatedAt")
SELECT 'olm_' || t."id", t."id", 'ORGANISATION_LIFE_MEETING', '基层党组织组织生活会将意识形态工作作为重要内容', '', 'RECORD_COUNT', 'ORGANISATION_LIFE_MEETING', 1, 'YEAR',
       ARRAY['PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH']::"OrgUnitKind"[], 'LOCAL',
       '方案四(二)所称民主生活会是局领导班子的；局党委以下党委、党总支、党支部召开组织生活会，将意识形态工作纳入其内容为本局补充', now()
  FROM "Tenant" t
ON CONFLICT ("tenantId", "code") DO NOTHING;

-- A meeting of a unit below the bureau committee recorded as 民主生活会 was its 组织生活会.
UPDATE "WorkRecord" w SET "kind" = 'ORGANISATION_LIFE_MEETING'
  FROM "OrgUnit" u
 WHERE w."kind" = 'DEMOCRATIC_LIFE_MEETING' AND u."tenantId" = w."tenantId" AND u."id" = w."unitId" AND u."kind" <> 'BUREAU_COMMITTEE';
