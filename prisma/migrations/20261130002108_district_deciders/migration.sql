-- AlterEnum
ALTER TYPE "DistrictRole" ADD VALUE 'ORGANISATION_DEPARTMENT';

-- AlterTable
ALTER TABLE "AccountabilityRecord" ADD COLUMN     "recordedByRole" "DistrictRole",
ALTER COLUMN "recordedById" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "finalisedByRole" "DistrictRole";

-- AlterTable
ALTER TABLE "AssessmentAmendment" ADD COLUMN     "byRole" "DistrictRole",
ALTER COLUMN "byPersonId" DROP NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot express (objects named *_rule are hand-written).
-- ---------------------------------------------------------------------------------------------

-- A measure is recorded by a person of the bureau or by a district body (区委, its organisation
-- department, the discipline body), never by both or neither (src/authz/deciders.ts says which).
ALTER TABLE "AccountabilityRecord" ADD CONSTRAINT "AccountabilityRecord_recorder_rule"
  CHECK (("recordedById" IS NULL) <> ("recordedByRole" IS NULL));
ALTER TABLE "AssessmentAmendment" ADD CONSTRAINT "AssessmentAmendment_by_rule"
  CHECK (("byPersonId" IS NULL) <> ("byRole" IS NULL));
-- A final assessment names who finalised it: a person of the bureau or a district body (区委).
ALTER TABLE "Assessment" DROP CONSTRAINT "Assessment_final_rule";
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_final_rule"
  CHECK ("status" = 'DRAFT' OR ("grade" IS NOT NULL AND "finalisedAt" IS NOT NULL AND (("finalisedById" IS NULL) <> ("finalisedByRole" IS NULL))));
