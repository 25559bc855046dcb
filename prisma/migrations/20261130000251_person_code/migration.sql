-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "code" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Person_tenantId_code_key" ON "Person"("tenantId", "code");
