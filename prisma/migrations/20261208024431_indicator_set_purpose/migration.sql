-- CreateEnum
CREATE TYPE "IndicatorSetPurpose" AS ENUM ('BUREAU_TEAM', 'INTERNAL');

-- AlterEnum
ALTER TYPE "IndicatorSetStatus" ADD VALUE 'PROPOSED';

-- DropIndex
DROP INDEX "IndicatorSet_tenantId_year_version_key";

-- AlterTable
ALTER TABLE "IndicatorSet" ADD COLUMN     "approvedAt" TIMESTAMPTZ(3),
ADD COLUMN     "approvedByRole" "DistrictRole",
ADD COLUMN     "definedByRole" "DistrictRole",
ADD COLUMN     "purpose" "IndicatorSetPurpose" NOT NULL DEFAULT 'INTERNAL';

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorSet_tenantId_purpose_year_version_key" ON "IndicatorSet"("tenantId", "purpose", "year", "version");

-- Hand-written (issue 21 item 4): one ACTIVE version per bureau, purpose and year.
DROP INDEX "IndicatorSet_one_active_rule";
CREATE UNIQUE INDEX "IndicatorSet_one_active_rule" ON "IndicatorSet" ("tenantId", "purpose", "year") WHERE "status" = 'ACTIVE';

-- The assessed do not set their yardstick: a BUREAU_TEAM version that is (or was) in force was defined
-- or approved by a district role, or is the system default (no creator). Only a proposal (status
-- PROPOSED, compared as text: the enum value is new in this transaction) may come from the bureau alone.
ALTER TABLE "IndicatorSet" ADD CONSTRAINT "IndicatorSet_team_set_by_district_rule"
  CHECK ("purpose" = 'INTERNAL' OR "status"::text = 'PROPOSED' OR "createdById" IS NULL OR "approvedByRole" IS NOT NULL);
ALTER TABLE "IndicatorSet" ADD CONSTRAINT "IndicatorSet_defined_once_rule"
  CHECK ("definedByRole" IS NULL OR "createdById" IS NULL);

-- Existing sets were the bureaus' own: they stay as INTERNAL. Each bureau's team set starts as a copy
-- of the set it started with (its earliest year's version 1, the system default), a default
-- (no creator) the district may redefine; assessments already opened keep the version they were
-- opened with.
CREATE TEMP TABLE zeren_team_sets ON COMMIT DROP AS
  SELECT DISTINCT ON (s."tenantId") s."id" AS "fromId", gen_random_uuid()::text AS "id", s."tenantId", s."year",
         s."ratingScaleMin", s."ratingScaleMax"
    FROM "IndicatorSet" s
   ORDER BY s."tenantId", s."year", s."version";
INSERT INTO "IndicatorSet" ("id", "tenantId", "purpose", "year", "version", "status", "ratingScaleMin", "ratingScaleMax")
  SELECT "id", "tenantId", 'BUREAU_TEAM', "year", 1, 'ACTIVE', "ratingScaleMin", "ratingScaleMax" FROM zeren_team_sets;
INSERT INTO "IndicatorDefinition" ("id", "tenantId", "setId", "code", "name", "description", "weight", "scoring", "source", "target", "sortOrder")
  SELECT gen_random_uuid()::text, d."tenantId", t."id", d."code", d."name", d."description", d."weight", d."scoring", d."source", d."target", d."sortOrder"
    FROM "IndicatorDefinition" d JOIN zeren_team_sets t ON t."fromId" = d."setId";
