-- CreateEnum
CREATE TYPE "RiskSource" AS ENUM ('MAJOR_EVENT', 'IMPORTANT_SITUATION', 'PUBLIC_OPINION', 'ONLINE', 'INTERNAL', 'OTHER');

-- CreateEnum
CREATE TYPE "RiskMechanism" AS ENUM ('RISK_JUDGEMENT', 'DECISION_RISK_ASSESSMENT', 'PREVENTION_COORDINATION', 'PREVENTION_RESPONSIBILITY');

-- CreateEnum
CREATE TYPE "RiskClass" AS ENUM ('POLITICAL_PRINCIPLE', 'IDEOLOGICAL_UNDERSTANDING', 'ACADEMIC_VIEWPOINT');

-- CreateEnum
CREATE TYPE "RiskSeverity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "RiskStage" AS ENUM ('MONITORED', 'ASSESSED', 'WARNED', 'HANDLED', 'CLOSED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "RiskResponseChannel" AS ENUM ('MEDIA', 'INTERNAL_NOTICE', 'ONLINE_PLATFORM', 'MEETING', 'OTHER');

-- CreateEnum
CREATE TYPE "OnlineChannelKind" AS ENUM ('WEBSITE', 'WECHAT_OFFICIAL', 'WEIBO', 'SHORT_VIDEO', 'OTHER');

-- CreateEnum
CREATE TYPE "OnlineChannelStatus" AS ENUM ('ACTIVE', 'DORMANT', 'CLOSED');

-- CreateEnum
CREATE TYPE "ChannelReviewResult" AS ENUM ('PASSED', 'ISSUES_FOUND');

-- CreateEnum
CREATE TYPE "MisconductVenue" AS ENUM ('MEDIA', 'INTERNET', 'PUBLICATION', 'LECTURE_FORUM');

-- CreateEnum
CREATE TYPE "MisconductClass" AS ENUM ('AGAINST_CENTRAL_LINE', 'DISPARAGING_POLICY', 'POLITICAL_RUMOUR');

-- CreateTable
CREATE TABLE "Risk" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "source" "RiskSource" NOT NULL,
    "mechanism" "RiskMechanism" NOT NULL,
    "riskClass" "RiskClass" NOT NULL,
    "severity" "RiskSeverity" NOT NULL,
    "stage" "RiskStage" NOT NULL DEFAULT 'MONITORED',
    "responsiblePersonId" TEXT NOT NULL,
    "reportedById" TEXT NOT NULL,
    "reportedAt" TIMESTAMPTZ(3) NOT NULL,
    "handlingDeadline" DATE NOT NULL,
    "handledAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "closeReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskTransition" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "riskId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "fromStage" "RiskStage",
    "toStage" "RiskStage" NOT NULL,
    "actorAccountId" TEXT,
    "actorPersonId" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "RiskTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskResponse" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "riskId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "channel" "RiskResponseChannel" NOT NULL,
    "respondedOn" DATE NOT NULL,
    "content" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rectification" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "riskId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "task" TEXT NOT NULL,
    "responsiblePersonId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "doneOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rectification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnlineChannel" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "ownerUnitId" TEXT NOT NULL,
    "kind" "OnlineChannelKind" NOT NULL,
    "name" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "responsiblePersonId" TEXT NOT NULL,
    "reviewerPersonId" TEXT NOT NULL,
    "launchedOn" DATE NOT NULL,
    "registeredOn" DATE,
    "status" "OnlineChannelStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OnlineChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelReview" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "ownerUnitId" TEXT NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "reviewerPersonId" TEXT NOT NULL,
    "result" "ChannelReviewResult" NOT NULL,
    "findings" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelZeroReport" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "filedAt" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "ChannelZeroReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MisconductCase" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "venue" "MisconductVenue" NOT NULL,
    "misconductClass" "MisconductClass" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "referredOn" DATE,
    "referredToDistrictId" TEXT,
    "referredToBody" TEXT,
    "referenceNumber" TEXT,
    "outcome" TEXT,
    "outcomeOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MisconductCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Risk_tenantId_unitId_stage_idx" ON "Risk"("tenantId", "unitId", "stage");

-- CreateIndex
CREATE INDEX "Risk_tenantId_stage_handlingDeadline_idx" ON "Risk"("tenantId", "stage", "handlingDeadline");

-- CreateIndex
CREATE INDEX "Risk_tenantId_reportedAt_idx" ON "Risk"("tenantId", "reportedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Risk_tenantId_id_key" ON "Risk"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Risk_tenantId_id_unitId_key" ON "Risk"("tenantId", "id", "unitId");

-- CreateIndex
CREATE INDEX "RiskTransition_tenantId_riskId_at_idx" ON "RiskTransition"("tenantId", "riskId", "at");

-- CreateIndex
CREATE INDEX "RiskResponse_tenantId_riskId_respondedOn_idx" ON "RiskResponse"("tenantId", "riskId", "respondedOn");

-- CreateIndex
CREATE INDEX "Rectification_tenantId_riskId_idx" ON "Rectification"("tenantId", "riskId");

-- CreateIndex
CREATE INDEX "OnlineChannel_tenantId_ownerUnitId_idx" ON "OnlineChannel"("tenantId", "ownerUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "OnlineChannel_tenantId_id_key" ON "OnlineChannel"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OnlineChannel_tenantId_id_ownerUnitId_key" ON "OnlineChannel"("tenantId", "id", "ownerUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "OnlineChannel_tenantId_kind_account_key" ON "OnlineChannel"("tenantId", "kind", "account");

-- CreateIndex
CREATE INDEX "ChannelReview_tenantId_channelId_reviewedOn_idx" ON "ChannelReview"("tenantId", "channelId", "reviewedOn");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelZeroReport_tenantId_unitId_period_key" ON "ChannelZeroReport"("tenantId", "unitId", "period");

-- CreateIndex
CREATE INDEX "MisconductCase_tenantId_occurredOn_idx" ON "MisconductCase"("tenantId", "occurredOn");

-- CreateIndex
CREATE INDEX "MisconductCase_referredToDistrictId_referredOn_idx" ON "MisconductCase"("referredToDistrictId", "referredOn");

-- CreateIndex
CREATE UNIQUE INDEX "MisconductCase_tenantId_id_key" ON "MisconductCase"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_tenantId_responsiblePersonId_fkey" FOREIGN KEY ("tenantId", "responsiblePersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_tenantId_reportedById_fkey" FOREIGN KEY ("tenantId", "reportedById") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskTransition" ADD CONSTRAINT "RiskTransition_tenantId_riskId_unitId_fkey" FOREIGN KEY ("tenantId", "riskId", "unitId") REFERENCES "Risk"("tenantId", "id", "unitId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskTransition" ADD CONSTRAINT "RiskTransition_tenantId_actorPersonId_fkey" FOREIGN KEY ("tenantId", "actorPersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskResponse" ADD CONSTRAINT "RiskResponse_tenantId_riskId_unitId_fkey" FOREIGN KEY ("tenantId", "riskId", "unitId") REFERENCES "Risk"("tenantId", "id", "unitId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskResponse" ADD CONSTRAINT "RiskResponse_tenantId_recordedById_fkey" FOREIGN KEY ("tenantId", "recordedById") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_tenantId_riskId_unitId_fkey" FOREIGN KEY ("tenantId", "riskId", "unitId") REFERENCES "Risk"("tenantId", "id", "unitId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_tenantId_responsiblePersonId_fkey" FOREIGN KEY ("tenantId", "responsiblePersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineChannel" ADD CONSTRAINT "OnlineChannel_tenantId_ownerUnitId_fkey" FOREIGN KEY ("tenantId", "ownerUnitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineChannel" ADD CONSTRAINT "OnlineChannel_tenantId_responsiblePersonId_fkey" FOREIGN KEY ("tenantId", "responsiblePersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineChannel" ADD CONSTRAINT "OnlineChannel_tenantId_reviewerPersonId_fkey" FOREIGN KEY ("tenantId", "reviewerPersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelReview" ADD CONSTRAINT "ChannelReview_tenantId_channelId_ownerUnitId_fkey" FOREIGN KEY ("tenantId", "channelId", "ownerUnitId") REFERENCES "OnlineChannel"("tenantId", "id", "ownerUnitId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelReview" ADD CONSTRAINT "ChannelReview_tenantId_reviewerPersonId_fkey" FOREIGN KEY ("tenantId", "reviewerPersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelZeroReport" ADD CONSTRAINT "ChannelZeroReport_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelZeroReport" ADD CONSTRAINT "ChannelZeroReport_tenantId_filedById_fkey" FOREIGN KEY ("tenantId", "filedById") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MisconductCase" ADD CONSTRAINT "MisconductCase_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MisconductCase" ADD CONSTRAINT "MisconductCase_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MisconductCase" ADD CONSTRAINT "MisconductCase_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MisconductCase" ADD CONSTRAINT "MisconductCase_tenantId_recordedById_fkey" FOREIGN KEY ("tenantId", "recordedById") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MisconductCase" ADD CONSTRAINT "MisconductCase_referredToDistrictId_fkey" FOREIGN KEY ("referredToDistrictId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot express (objects named *_rule are hand-written).
-- ---------------------------------------------------------------------------------------------

-- The risk lifecycle (task 7): MONITORED → ASSESSED → WARNED → HANDLED → CLOSED, and DISMISSED
-- (with a reason) from any stage that is not terminal. The service holds the same table together
-- with who may make each move (src/modules/risks/lifecycle.ts) and answers first with a typed
-- error; this trigger is the backstop, so no code path can write an illegal stage.
CREATE FUNCTION zeren_risk_lifecycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW."stage" <> 'MONITORED' THEN
      RAISE EXCEPTION 'zeren:ILLEGAL_TRANSITION a risk is reported as MONITORED, not %', NEW."stage" USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
  END IF;
  IF OLD."stage" IN ('CLOSED', 'DISMISSED') THEN
    RAISE EXCEPTION 'zeren:ILLEGAL_TRANSITION risk % is % and cannot change', OLD."id", OLD."stage" USING ERRCODE = '23514';
  END IF;
  IF NEW."stage" IS DISTINCT FROM OLD."stage" AND NOT (
       (OLD."stage" = 'MONITORED' AND NEW."stage" = 'ASSESSED')
    OR (OLD."stage" = 'ASSESSED' AND NEW."stage" = 'WARNED')
    OR (OLD."stage" = 'WARNED' AND NEW."stage" = 'HANDLED')
    OR (OLD."stage" = 'HANDLED' AND NEW."stage" = 'CLOSED')
    OR NEW."stage" = 'DISMISSED'
  ) THEN
    RAISE EXCEPTION 'zeren:ILLEGAL_TRANSITION % → % is not a move of the lifecycle', OLD."stage", NEW."stage" USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Risk_lifecycle_rule" BEFORE INSERT OR UPDATE ON "Risk"
  FOR EACH ROW EXECUTE FUNCTION zeren_risk_lifecycle();

-- Every stage a risk takes is recorded: at commit, the risk's current stage has its transition row
-- (from the previous stage, or from nothing for the report itself).
CREATE FUNCTION zeren_risk_move_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."stage" IS NOT DISTINCT FROM OLD."stage" THEN RETURN NULL; END IF;
  IF NOT EXISTS (
    SELECT 1 FROM "RiskTransition" t
     WHERE t."tenantId" = NEW."tenantId" AND t."riskId" = NEW."id" AND t."toStage" = NEW."stage"
       AND t."fromStage" IS NOT DISTINCT FROM (CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD."stage" END)
  ) THEN
    RAISE EXCEPTION 'zeren:ILLEGAL_TRANSITION risk % moved to % without a transition record', NEW."id", NEW."stage" USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "Risk_move_recorded_rule" AFTER INSERT OR UPDATE OF "stage" ON "Risk"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION zeren_risk_move_recorded();

-- Closed and dismissed risks carry their reason and time; handled ones their handling time; the
-- deadline is never before the day of the report (China time).
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_closing_rule" CHECK (
  ("stage" IN ('CLOSED', 'DISMISSED')) = ("closedAt" IS NOT NULL)
  AND ("stage" NOT IN ('CLOSED', 'DISMISSED') OR btrim(coalesce("closeReason", '')) <> '')
);
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_handled_rule" CHECK ("stage" NOT IN ('HANDLED', 'CLOSED') OR "handledAt" IS NOT NULL);
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_deadline_rule" CHECK (
  "handlingDeadline" >= ((("reportedAt" AT TIME ZONE 'UTC') + interval '8 hours')::date)
);
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_title_rule" CHECK (btrim("title") <> '');

-- The history of moves is append-only.
CREATE FUNCTION zeren_refuse_risk_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'zeren:HISTORY_IMMUTABLE % is history', TG_TABLE_NAME USING ERRCODE = '23514';
END $$;
CREATE TRIGGER "RiskTransition_append_only_rule" BEFORE UPDATE OR DELETE ON "RiskTransition"
  FOR EACH ROW EXECUTE FUNCTION zeren_refuse_risk_history_change();

ALTER TABLE "RiskResponse" ADD CONSTRAINT "RiskResponse_content_rule" CHECK (btrim("content") <> '');
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_task_rule" CHECK (btrim("task") <> '');

-- Channels: registration (备案) is on or after launch; a zero report names a quarter.
ALTER TABLE "OnlineChannel" ADD CONSTRAINT "OnlineChannel_dates_rule" CHECK ("registeredOn" IS NULL OR "registeredOn" >= "launchedOn");
ALTER TABLE "OnlineChannel" ADD CONSTRAINT "OnlineChannel_names_rule" CHECK (btrim("name") <> '' AND btrim("account") <> '');
ALTER TABLE "ChannelZeroReport" ADD CONSTRAINT "ChannelZeroReport_period_rule" CHECK ("period" ~ '^[0-9]{4}-Q[1-4]$');

-- Misconduct referral (task 14): date, body, district and reference number together or not at
-- all; an outcome only after a referral, and not before it.
ALTER TABLE "MisconductCase" ADD CONSTRAINT "MisconductCase_referral_rule" CHECK (
  ("referredOn" IS NULL AND "referredToDistrictId" IS NULL AND "referredToBody" IS NULL AND "referenceNumber" IS NULL)
  OR ("referredOn" IS NOT NULL AND "referredToDistrictId" IS NOT NULL AND btrim(coalesce("referredToBody", '')) <> ''
      AND btrim(coalesce("referenceNumber", '')) <> '')
);
ALTER TABLE "MisconductCase" ADD CONSTRAINT "MisconductCase_outcome_rule" CHECK (
  ("outcome" IS NULL AND "outcomeOn" IS NULL)
  OR ("outcome" IS NOT NULL AND "outcomeOn" IS NOT NULL AND "referredOn" IS NOT NULL AND "outcomeOn" >= "referredOn")
);
-- A case is referred once: the referral, once written, never changes.
CREATE FUNCTION zeren_refer_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."referredOn" IS NOT NULL AND (
       NEW."referredOn" IS DISTINCT FROM OLD."referredOn"
    OR NEW."referredToDistrictId" IS DISTINCT FROM OLD."referredToDistrictId"
    OR NEW."referredToBody" IS DISTINCT FROM OLD."referredToBody"
    OR NEW."referenceNumber" IS DISTINCT FROM OLD."referenceNumber") THEN
    RAISE EXCEPTION 'zeren:ALREADY_REFERRED case % was referred on %', OLD."id", OLD."referredOn" USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "MisconductCase_refer_once_rule" BEFORE UPDATE ON "MisconductCase"
  FOR EACH ROW EXECUTE FUNCTION zeren_refer_once();
