-- AlterTable
ALTER TABLE "UserAccount" ADD COLUMN     "disabledForNoPost" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "OneTimePasswordSheet" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT,
    "accountId" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "sealed" BYTEA,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "downloadedAt" TIMESTAMPTZ(3),

    CONSTRAINT "OneTimePasswordSheet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OneTimePasswordSheet_accountId_idx" ON "OneTimePasswordSheet"("accountId");

-- AddForeignKey
ALTER TABLE "OneTimePasswordSheet" ADD CONSTRAINT "OneTimePasswordSheet_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "UserAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- No plaintext and no ciphertext once a sheet is downloaded; a flag only on a disabled account.
ALTER TABLE "OneTimePasswordSheet" ADD CONSTRAINT "OneTimePasswordSheet_wiped_after_download_rule"
  CHECK ("downloadedAt" IS NULL OR "sealed" IS NULL);
ALTER TABLE "OneTimePasswordSheet" ADD CONSTRAINT "OneTimePasswordSheet_expiry_rule" CHECK ("expiresAt" > "createdAt");
ALTER TABLE "UserAccount" ADD CONSTRAINT "UserAccount_disabled_for_no_post_rule"
  CHECK (NOT "disabledForNoPost" OR "disabledAt" IS NOT NULL);

SELECT zeren_install_data_version_triggers('"OneTimePasswordSheet"');
