-- CreateEnum
CREATE TYPE "ObligationRuleOrigin" AS ENUM ('PLAN', 'LOCAL');

-- CreateEnum
CREATE TYPE "ObligationCountBasis" AS ENUM ('UNIT', 'TEAM_MEMBER');

-- AlterEnum
ALTER TYPE "ObligationRuleKind" ADD VALUE 'RISK_HANDLING';

-- AlterTable
ALTER TABLE "ObligationRule" ADD COLUMN     "countPer" "ObligationCountBasis" NOT NULL DEFAULT 'UNIT',
ADD COLUMN     "note" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "origin" "ObligationRuleOrigin" NOT NULL DEFAULT 'LOCAL',
ADD COLUMN     "requiredRecipients" "DistrictRole"[] DEFAULT ARRAY[]::"DistrictRole"[],
ADD COLUMN     "severity" "RiskSeverity";

-- AlterTable
ALTER TABLE "WorkRecord" ADD COLUMN     "personId" TEXT;

-- CreateIndex
CREATE INDEX "WorkRecord_tenantId_personId_idx" ON "WorkRecord"("tenantId", "personId");

-- AddForeignKey
ALTER TABLE "WorkRecord" ADD CONSTRAINT "WorkRecord_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
