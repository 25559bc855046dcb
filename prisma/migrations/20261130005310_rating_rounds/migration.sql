-- CreateEnum
CREATE TYPE "RatingRoundStatus" AS ENUM ('OPEN', 'CLOSED');

-- AlterTable
ALTER TABLE "AssessmentRating" ADD COLUMN     "roundId" TEXT;

-- CreateTable
CREATE TABLE "RatingRound" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "RatingRoundStatus" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "openedById" TEXT,
    "openedByRole" "DistrictRole",
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RatingRound_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RatingRound_tenantId_id_key" ON "RatingRound"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "RatingRound_tenantId_unitId_year_key" ON "RatingRound"("tenantId", "unitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentRating_roundId_assessmentId_raterPersonId_key" ON "AssessmentRating"("roundId", "assessmentId", "raterPersonId");

-- AddForeignKey
ALTER TABLE "RatingRound" ADD CONSTRAINT "RatingRound_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRating" ADD CONSTRAINT "AssessmentRating_tenantId_roundId_fkey" FOREIGN KEY ("tenantId", "roundId") REFERENCES "RatingRound"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot express (objects named *_rule are hand-written).
-- ---------------------------------------------------------------------------------------------

-- A round is opened by a person of the bureau or by a district body, and is closed exactly when it
-- carries its closing time.
ALTER TABLE "RatingRound" ADD CONSTRAINT "RatingRound_opener_rule" CHECK (("openedById" IS NULL) <> ("openedByRole" IS NULL));
ALTER TABLE "RatingRound" ADD CONSTRAINT "RatingRound_closed_rule" CHECK (("status" = 'CLOSED') = ("closedAt" IS NOT NULL));

-- A rating given in a round targets an assessment of the round's unit and year, and is written
-- (or changed) only while the round is open.
CREATE FUNCTION zeren_rating_in_open_round() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."roundId" IS NULL THEN
    IF TG_OP = 'INSERT' THEN
      RAISE EXCEPTION 'zeren:RATING_ROUND_CLOSED a rating is given in a rating round' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM "RatingRound" r JOIN "Assessment" a ON a."tenantId" = r."tenantId" AND a."unitId" = r."unitId" AND a."year" = r."year"
     WHERE r."tenantId" = NEW."tenantId" AND r."id" = NEW."roundId" AND r."status" = 'OPEN' AND a."id" = NEW."assessmentId"
  ) THEN
    RAISE EXCEPTION 'zeren:RATING_ROUND_CLOSED no open round of this assessment''s unit and year' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "AssessmentRating_round_rule" BEFORE INSERT OR UPDATE ON "AssessmentRating"
  FOR EACH ROW EXECUTE FUNCTION zeren_rating_in_open_round();
