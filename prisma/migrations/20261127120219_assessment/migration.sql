-- CreateEnum
CREATE TYPE "IntellectualSector" AS ENUM ('SOCIAL_SCIENCE_THEORY', 'NEWS_PUBLISHING', 'RADIO_FILM_TV', 'LITERATURE_ART', 'EDUCATION_SCIENCE', 'NON_PARTY_INTELLECTUALS', 'NEW_ECONOMIC_ORGANISATIONS', 'NEW_SOCIAL_ORGANISATIONS', 'NEW_ARTS_GROUPS');

-- CreateEnum
CREATE TYPE "LiaisonForm" AS ENUM ('VISIT', 'HEART_TO_HEART_TALK', 'SYMPOSIUM', 'CONSULTATION', 'JOINT_ACTIVITY', 'CORRESPONDENCE');

-- CreateEnum
CREATE TYPE "TrainingLayer" AS ENUM ('LEADERSHIP', 'MIDDLE_CADRE', 'PROPAGANDA_CADRE', 'PARTY_MEMBER', 'INTELLECTUAL');

-- CreateEnum
CREATE TYPE "TrainingClass" AS ENUM ('POLITICAL_THEORY', 'IDEOLOGICAL_WORK', 'NEWS_PROPAGANDA', 'NETWORK_SECURITY', 'CULTURE_ARTS', 'PROFESSIONAL_SKILLS');

-- CreateEnum
CREATE TYPE "IndicatorSetStatus" AS ENUM ('ACTIVE', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "IndicatorScoring" AS ENUM ('DERIVED', 'MANUAL');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'FINAL');

-- CreateEnum
CREATE TYPE "AssessmentGrade" AS ENUM ('EXCELLENT', 'GOOD', 'FAIR', 'POOR');

-- CreateEnum
CREATE TYPE "AccountabilityMeasure" AS ENUM ('REMINDER', 'CRITICISM_EDUCATION', 'WRITTEN_SELF_EXAMINATION', 'CIRCULATED_CRITICISM', 'ORGANISATIONAL_HANDLING', 'DISCIPLINARY_SANCTION');

-- CreateEnum
CREATE TYPE "AccountabilitySourceType" AS ENUM ('RISK', 'MISCONDUCT_CASE', 'WORK_ITEM');

-- CreateTable
CREATE TABLE "LiaisonContact" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "leaderPersonId" TEXT NOT NULL,
    "sector" "IntellectualSector" NOT NULL,
    "date" DATE NOT NULL,
    "form" "LiaisonForm" NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactAffiliation" TEXT NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiaisonContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingRecord" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "course" TEXT NOT NULL,
    "organiser" TEXT,
    "date" DATE NOT NULL,
    "hours" DECIMAL(6,2) NOT NULL,
    "layer" "TrainingLayer" NOT NULL,
    "class" "TrainingClass" NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingParticipant" (
    "tenantId" TEXT NOT NULL,
    "trainingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "hours" DECIMAL(6,2) NOT NULL,

    CONSTRAINT "TrainingParticipant_pkey" PRIMARY KEY ("trainingId","personId")
);

-- CreateTable
CREATE TABLE "IndicatorSet" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "IndicatorSetStatus" NOT NULL DEFAULT 'ACTIVE',
    "ratingScaleMin" DECIMAL(5,2) NOT NULL,
    "ratingScaleMax" DECIMAL(5,2) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorDefinition" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "weight" DECIMAL(5,2) NOT NULL,
    "scoring" "IndicatorScoring" NOT NULL,
    "source" TEXT,
    "target" DECIMAL(9,2) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IndicatorDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT,
    "setId" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "quantitativeScore" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "grade" "AssessmentGrade",
    "comment" TEXT,
    "createdById" TEXT,
    "finalisedAt" TIMESTAMPTZ(3),
    "finalisedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentValue" (
    "tenantId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "definitionId" TEXT NOT NULL,
    "value" DECIMAL(9,2),
    "score" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "computedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AssessmentValue_pkey" PRIMARY KEY ("assessmentId","definitionId")
);

-- CreateTable
CREATE TABLE "AssessmentRating" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "raterPersonId" TEXT NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentAmendment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "reason" TEXT NOT NULL,
    "byPersonId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountabilityRecord" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT,
    "measure" "AccountabilityMeasure" NOT NULL,
    "basis" TEXT NOT NULL,
    "decidingBody" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "sourceType" "AccountabilitySourceType",
    "sourceId" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountabilityRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiaisonContact_tenantId_unitId_date_idx" ON "LiaisonContact"("tenantId", "unitId", "date");

-- CreateIndex
CREATE INDEX "LiaisonContact_tenantId_leaderPersonId_date_idx" ON "LiaisonContact"("tenantId", "leaderPersonId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "LiaisonContact_tenantId_id_key" ON "LiaisonContact"("tenantId", "id");

-- CreateIndex
CREATE INDEX "TrainingRecord_tenantId_unitId_date_idx" ON "TrainingRecord"("tenantId", "unitId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingRecord_tenantId_id_key" ON "TrainingRecord"("tenantId", "id");

-- CreateIndex
CREATE INDEX "TrainingParticipant_tenantId_personId_idx" ON "TrainingParticipant"("tenantId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorSet_tenantId_id_key" ON "IndicatorSet"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorSet_tenantId_year_version_key" ON "IndicatorSet"("tenantId", "year", "version");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorDefinition_tenantId_id_key" ON "IndicatorDefinition"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorDefinition_setId_code_key" ON "IndicatorDefinition"("setId", "code");

-- CreateIndex
CREATE INDEX "Assessment_tenantId_year_unitId_idx" ON "Assessment"("tenantId", "year", "unitId");

-- CreateIndex
CREATE INDEX "Assessment_tenantId_personId_year_idx" ON "Assessment"("tenantId", "personId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_tenantId_id_key" ON "Assessment"("tenantId", "id");

-- CreateIndex
CREATE INDEX "AssessmentRating_tenantId_raterPersonId_idx" ON "AssessmentRating"("tenantId", "raterPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentRating_assessmentId_raterPersonId_key" ON "AssessmentRating"("assessmentId", "raterPersonId");

-- CreateIndex
CREATE INDEX "AssessmentAmendment_tenantId_assessmentId_at_idx" ON "AssessmentAmendment"("tenantId", "assessmentId", "at");

-- CreateIndex
CREATE INDEX "AccountabilityRecord_tenantId_unitId_decidedOn_idx" ON "AccountabilityRecord"("tenantId", "unitId", "decidedOn");

-- CreateIndex
CREATE INDEX "AccountabilityRecord_tenantId_personId_decidedOn_idx" ON "AccountabilityRecord"("tenantId", "personId", "decidedOn");

-- CreateIndex
CREATE UNIQUE INDEX "AccountabilityRecord_tenantId_id_key" ON "AccountabilityRecord"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "LiaisonContact" ADD CONSTRAINT "LiaisonContact_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiaisonContact" ADD CONSTRAINT "LiaisonContact_tenantId_leaderPersonId_fkey" FOREIGN KEY ("tenantId", "leaderPersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingParticipant" ADD CONSTRAINT "TrainingParticipant_tenantId_trainingId_fkey" FOREIGN KEY ("tenantId", "trainingId") REFERENCES "TrainingRecord"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingParticipant" ADD CONSTRAINT "TrainingParticipant_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorSet" ADD CONSTRAINT "IndicatorSet_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorDefinition" ADD CONSTRAINT "IndicatorDefinition_tenantId_setId_fkey" FOREIGN KEY ("tenantId", "setId") REFERENCES "IndicatorSet"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_tenantId_finalisedById_fkey" FOREIGN KEY ("tenantId", "finalisedById") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_tenantId_setId_fkey" FOREIGN KEY ("tenantId", "setId") REFERENCES "IndicatorSet"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentValue" ADD CONSTRAINT "AssessmentValue_tenantId_assessmentId_fkey" FOREIGN KEY ("tenantId", "assessmentId") REFERENCES "Assessment"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentValue" ADD CONSTRAINT "AssessmentValue_tenantId_definitionId_fkey" FOREIGN KEY ("tenantId", "definitionId") REFERENCES "IndicatorDefinition"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRating" ADD CONSTRAINT "AssessmentRating_tenantId_assessmentId_fkey" FOREIGN KEY ("tenantId", "assessmentId") REFERENCES "Assessment"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRating" ADD CONSTRAINT "AssessmentRating_tenantId_raterPersonId_fkey" FOREIGN KEY ("tenantId", "raterPersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAmendment" ADD CONSTRAINT "AssessmentAmendment_tenantId_assessmentId_fkey" FOREIGN KEY ("tenantId", "assessmentId") REFERENCES "Assessment"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAmendment" ADD CONSTRAINT "AssessmentAmendment_tenantId_byPersonId_fkey" FOREIGN KEY ("tenantId", "byPersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountabilityRecord" ADD CONSTRAINT "AccountabilityRecord_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountabilityRecord" ADD CONSTRAINT "AccountabilityRecord_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountabilityRecord" ADD CONSTRAINT "AccountabilityRecord_tenantId_recordedById_fkey" FOREIGN KEY ("tenantId", "recordedById") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot express. Objects named *_rule are hand-written.

ALTER TABLE "LiaisonContact" ADD CONSTRAINT "LiaisonContact_text_rule"
  CHECK (length(btrim("contactName")) > 0 AND length(btrim("contactAffiliation")) > 0);
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_hours_rule" CHECK ("hours" > 0);
ALTER TABLE "TrainingParticipant" ADD CONSTRAINT "TrainingParticipant_hours_rule" CHECK ("hours" > 0);
ALTER TABLE "IndicatorSet" ADD CONSTRAINT "IndicatorSet_scale_rule"
  CHECK ("ratingScaleMin" >= 0 AND "ratingScaleMax" > "ratingScaleMin" AND "year" BETWEEN 2000 AND 2100);
ALTER TABLE "IndicatorDefinition" ADD CONSTRAINT "IndicatorDefinition_values_rule"
  CHECK ("weight" > 0 AND "target" > 0 AND ("scoring" = 'DERIVED') = ("source" IS NOT NULL));
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_final_rule"
  CHECK ("status" = 'DRAFT' OR ("grade" IS NOT NULL AND "finalisedAt" IS NOT NULL AND "finalisedById" IS NOT NULL));
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_score_rule" CHECK ("quantitativeScore" BETWEEN 0 AND 100);
ALTER TABLE "AccountabilityRecord" ADD CONSTRAINT "AccountabilityRecord_source_rule"
  CHECK (("sourceType" IS NULL) = ("sourceId" IS NULL));
ALTER TABLE "AccountabilityRecord" ADD CONSTRAINT "AccountabilityRecord_text_rule"
  CHECK (length(btrim("basis")) > 0 AND length(btrim("decidingBody")) > 0);

-- One ACTIVE indicator set per bureau and year; one assessment per unit, or per member and unit, and year.
CREATE UNIQUE INDEX "IndicatorSet_one_active_rule" ON "IndicatorSet" ("tenantId", "year") WHERE "status" = 'ACTIVE';
CREATE UNIQUE INDEX "Assessment_one_per_unit_rule" ON "Assessment" ("tenantId", "year", "unitId") WHERE "personId" IS NULL;
CREATE UNIQUE INDEX "Assessment_one_per_member_rule" ON "Assessment" ("tenantId", "year", "unitId", "personId") WHERE "personId" IS NOT NULL;

-- The weights of an indicator set sum to exactly 100 (numeric, no rounding), checked at commit so
-- that a set and its definitions are written in one transaction.
CREATE FUNCTION zeren_check_indicator_weights() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_sum numeric;
BEGIN
  SELECT COALESCE(SUM("weight"), 0) INTO v_sum FROM "IndicatorDefinition" WHERE "setId" = NEW."setId";
  IF v_sum <> 100 THEN
    RAISE EXCEPTION 'zeren:INDICATOR_WEIGHTS_NOT_100 set % sums to %', NEW."setId", v_sum USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "IndicatorDefinition_weights_rule" AFTER INSERT ON "IndicatorDefinition"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION zeren_check_indicator_weights();

-- Definitions are the contract assessments were scored against: a revision is a new version.
CREATE FUNCTION zeren_refuse_definition_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'zeren:INDICATOR_SET_IMMUTABLE indicator definitions are never changed; define a new version'
    USING ERRCODE = '23514';
END $$;
CREATE TRIGGER "IndicatorDefinition_immutable_rule" BEFORE UPDATE OR DELETE ON "IndicatorDefinition"
  FOR EACH ROW EXECUTE FUNCTION zeren_refuse_definition_change();

-- A FINAL assessment is locked: its row, values and ratings change only inside the amendment
-- service's transaction, which sets the transaction-local flag zeren.amendment = 'on' (and writes
-- an AssessmentAmendment row for every change it makes).
CREATE FUNCTION zeren_amendment_path() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT COALESCE(current_setting('zeren.amendment', true), '') = 'on'
$$;
CREATE FUNCTION zeren_guard_final_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'FINAL' AND NOT zeren_amendment_path() THEN
    RAISE EXCEPTION 'zeren:ASSESSMENT_FINAL assessment % is final', OLD."id" USING ERRCODE = '23514';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Assessment_final_lock_rule" BEFORE UPDATE OR DELETE ON "Assessment"
  FOR EACH ROW EXECUTE FUNCTION zeren_guard_final_assessment();

CREATE FUNCTION zeren_guard_final_assessment_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_id text := CASE WHEN TG_OP = 'DELETE' THEN OLD."assessmentId" ELSE NEW."assessmentId" END;
  v_tenant text := CASE WHEN TG_OP = 'DELETE' THEN OLD."tenantId" ELSE NEW."tenantId" END;
BEGIN
  IF NOT zeren_amendment_path() AND EXISTS (
    SELECT 1 FROM "Assessment" WHERE "tenantId" = v_tenant AND "id" = v_id AND "status" = 'FINAL'
  ) THEN
    RAISE EXCEPTION 'zeren:ASSESSMENT_FINAL assessment % is final', v_id USING ERRCODE = '23514';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "AssessmentValue_final_lock_rule" BEFORE INSERT OR UPDATE OR DELETE ON "AssessmentValue"
  FOR EACH ROW EXECUTE FUNCTION zeren_guard_final_assessment_child();
CREATE TRIGGER "AssessmentRating_final_lock_rule" BEFORE INSERT OR UPDATE OR DELETE ON "AssessmentRating"
  FOR EACH ROW EXECUTE FUNCTION zeren_guard_final_assessment_child();

-- A rating lies on the scale of the assessment's indicator set.
CREATE FUNCTION zeren_check_rating_scale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "Assessment" a JOIN "IndicatorSet" s ON s."tenantId" = a."tenantId" AND s."id" = a."setId"
     WHERE a."tenantId" = NEW."tenantId" AND a."id" = NEW."assessmentId"
       AND NEW."score" BETWEEN s."ratingScaleMin" AND s."ratingScaleMax"
  ) THEN
    RAISE EXCEPTION 'zeren:RATING_OUT_OF_SCALE rating % of assessment %', NEW."score", NEW."assessmentId" USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "AssessmentRating_scale_rule" BEFORE INSERT OR UPDATE ON "AssessmentRating"
  FOR EACH ROW EXECUTE FUNCTION zeren_check_rating_scale();

-- Amendments are the record of what changed after finalisation: append-only.
CREATE FUNCTION zeren_refuse_amendment_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'zeren:ASSESSMENT_FINAL amendments are append-only' USING ERRCODE = '23514';
END $$;
CREATE TRIGGER "AssessmentAmendment_append_only_rule" BEFORE UPDATE OR DELETE ON "AssessmentAmendment"
  FOR EACH ROW EXECUTE FUNCTION zeren_refuse_amendment_change();
