-- AlterTable
ALTER TABLE "WorkItem" ADD COLUMN     "confirmedAt" TIMESTAMPTZ(3),
ADD COLUMN     "confirmedById" TEXT,
ADD COLUMN     "pendingConfirmation" BOOLEAN NOT NULL DEFAULT false;

-- AddForeignKey
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_tenantId_confirmedById_fkey" FOREIGN KEY ("tenantId", "confirmedById") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (issue 21 item 8): only a DONE item waits for confirmation, and a pending one is unconfirmed.
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_pending_confirmation_rule"
  CHECK (NOT "pendingConfirmation" OR ("status" = 'DONE' AND "confirmedAt" IS NULL AND "confirmedById" IS NULL));
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_confirmed_rule"
  CHECK (("confirmedAt" IS NULL) = ("confirmedById" IS NULL) AND ("confirmedAt" IS NULL OR "status" = 'DONE'));
