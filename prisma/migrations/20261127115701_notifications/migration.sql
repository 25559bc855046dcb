-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('WORK_ITEM_DUE_SOON', 'WORK_ITEM_OVERDUE', 'WORK_ITEM_ESCALATED', 'OBLIGATION_DUE_SOON', 'OBLIGATION_OVERDUE', 'RISK_WARNED', 'RISK_CRITICAL_REPORTED', 'CHANNEL_REGISTRATION_DUE');

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "recipientPersonId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "unitId" TEXT,
    "entityType" TEXT,
    "entityId" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_tenantId_recipientPersonId_createdAt_idx" ON "Notification"("tenantId", "recipientPersonId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_tenantId_recipientPersonId_dedupeKey_key" ON "Notification"("tenantId", "recipientPersonId", "dedupeKey");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_recipientPersonId_fkey" FOREIGN KEY ("tenantId", "recipientPersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
