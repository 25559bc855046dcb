-- AlterTable
ALTER TABLE "WorkRecord" ADD COLUMN     "recordedByRole" "DistrictRole",
ALTER COLUMN "recordedById" DROP NOT NULL;

-- CreateTable
CREATE TABLE "DistrictInspection" (
    "id" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "workRecordId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "findings" TEXT NOT NULL,
    "recordedByUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DistrictInspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionFinding" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "problem" TEXT NOT NULL,
    "rectification" TEXT NOT NULL,
    "dueOn" DATE,
    "answer" TEXT,
    "answeredOn" DATE,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMPTZ(3),

    CONSTRAINT "InspectionFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistrictChannelReview" (
    "id" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "ownerUnitId" TEXT NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "result" "ChannelReviewResult" NOT NULL,
    "findings" TEXT,
    "recordedByUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DistrictChannelReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DistrictInspection_workRecordId_key" ON "DistrictInspection"("workRecordId");

-- CreateIndex
CREATE INDEX "DistrictInspection_districtId_date_idx" ON "DistrictInspection"("districtId", "date");

-- CreateIndex
CREATE INDEX "DistrictInspection_tenantId_date_idx" ON "DistrictInspection"("tenantId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "DistrictInspection_tenantId_id_key" ON "DistrictInspection"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DistrictInspection_tenantId_workRecordId_unitId_key" ON "DistrictInspection"("tenantId", "workRecordId", "unitId");

-- CreateIndex
CREATE INDEX "InspectionFinding_tenantId_inspectionId_idx" ON "InspectionFinding"("tenantId", "inspectionId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionFinding_inspectionId_position_key" ON "InspectionFinding"("inspectionId", "position");

-- CreateIndex
CREATE INDEX "DistrictChannelReview_tenantId_channelId_reviewedOn_idx" ON "DistrictChannelReview"("tenantId", "channelId", "reviewedOn");

-- CreateIndex
CREATE INDEX "DistrictChannelReview_districtId_reviewedOn_idx" ON "DistrictChannelReview"("districtId", "reviewedOn");

-- AddForeignKey
ALTER TABLE "DistrictInspection" ADD CONSTRAINT "DistrictInspection_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictInspection" ADD CONSTRAINT "DistrictInspection_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictInspection" ADD CONSTRAINT "DistrictInspection_tenantId_workRecordId_unitId_fkey" FOREIGN KEY ("tenantId", "workRecordId", "unitId") REFERENCES "WorkRecord"("tenantId", "id", "unitId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictInspection" ADD CONSTRAINT "DistrictInspection_recordedByUserId_fkey" FOREIGN KEY ("recordedByUserId") REFERENCES "UserAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_tenantId_inspectionId_fkey" FOREIGN KEY ("tenantId", "inspectionId") REFERENCES "DistrictInspection"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_tenantId_answeredById_fkey" FOREIGN KEY ("tenantId", "answeredById") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictChannelReview" ADD CONSTRAINT "DistrictChannelReview_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictChannelReview" ADD CONSTRAINT "DistrictChannelReview_tenantId_channelId_ownerUnitId_fkey" FOREIGN KEY ("tenantId", "channelId", "ownerUnitId") REFERENCES "OnlineChannel"("tenantId", "id", "ownerUnitId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictChannelReview" ADD CONSTRAINT "DistrictChannelReview_recordedByUserId_fkey" FOREIGN KEY ("recordedByUserId") REFERENCES "UserAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written rules (names end in _rule).
-- A work record is recorded by exactly one of: a person of the bureau, a district role; a district
-- role records only inspections (the propaganda department's 专项督查, DistrictInspection).
ALTER TABLE "WorkRecord" ADD CONSTRAINT "WorkRecord_recorder_rule"
  CHECK (num_nonnulls("recordedById", "recordedByRole") = 1 AND ("recordedByRole" IS NULL OR "kind" = 'INSPECTION'));
-- An inspection's findings text is not empty; a finding states the problem and the rectification.
ALTER TABLE "DistrictInspection" ADD CONSTRAINT "DistrictInspection_findings_rule" CHECK (length(btrim("findings")) > 0);
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_text_rule"
  CHECK (length(btrim("problem")) > 0 AND length(btrim("rectification")) > 0 AND "position" >= 1);
-- An answer comes whole: its text, date, who answered and when, all or none.
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_answer_rule"
  CHECK (num_nonnulls("answer", "answeredOn", "answeredById", "answeredAt") IN (0, 4));
-- A district review of a channel with issues says what they are.
ALTER TABLE "DistrictChannelReview" ADD CONSTRAINT "DistrictChannelReview_findings_rule"
  CHECK ("result" <> 'ISSUES_FOUND' OR length(btrim(coalesce("findings", ''))) > 0);
