-- CreateEnum
CREATE TYPE "WorkItemStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "WorkRecordKind" AS ENUM ('COMMITTEE_STUDY', 'SPECIAL_REPORT', 'INTERNAL_BRIEFING', 'PERIODIC_ANALYSIS', 'INSPECTION', 'ANNUAL_RESPONSIBILITY_REPORT', 'DEMOCRATIC_LIFE_MEETING', 'DUTY_REPORT');

-- CreateEnum
CREATE TYPE "ObligationPeriod" AS ENUM ('YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH');

-- CreateTable
CREATE TABLE "PlanTemplate" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,

    CONSTRAINT "PlanTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTemplateTask" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "groupNumber" INTEGER NOT NULL,
    "groupTitle" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "clause" TEXT NOT NULL,

    CONSTRAINT "PlanTemplateTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualPlan" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "templateId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnualPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkItem" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "templateTaskId" TEXT,
    "unitId" TEXT NOT NULL,
    "responsiblePersonId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE NOT NULL,
    "status" "WorkItemStatus" NOT NULL DEFAULT 'PLANNED',
    "completedAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkItemNote" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "workItemId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "authorPersonId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkItemNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkRecord" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "WorkRecordKind" NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "participants" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sentTo" "DistrictRole"[] DEFAULT ARRAY[]::"DistrictRole"[],
    "copiedTo" "DistrictRole"[] DEFAULT ARRAY[]::"DistrictRole"[],
    "otherRecipients" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "workItemId" TEXT,
    "workRecordId" TEXT,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedByPersonId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObligationRule" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "clause" TEXT NOT NULL DEFAULT '',
    "recordKind" "WorkRecordKind" NOT NULL,
    "minCount" INTEGER NOT NULL,
    "period" "ObligationPeriod" NOT NULL,
    "dueMonthDay" TEXT,
    "appliesToKinds" "OrgUnitKind"[] DEFAULT ARRAY[]::"OrgUnitKind"[],
    "requiredCopies" "DistrictRole"[] DEFAULT ARRAY[]::"DistrictRole"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ObligationRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanTemplate_version_key" ON "PlanTemplate"("version");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTemplateTask_templateId_number_key" ON "PlanTemplateTask"("templateId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualPlan_tenantId_year_key" ON "AnnualPlan"("tenantId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualPlan_tenantId_id_key" ON "AnnualPlan"("tenantId", "id");

-- CreateIndex
CREATE INDEX "WorkItem_tenantId_planId_dueDate_idx" ON "WorkItem"("tenantId", "planId", "dueDate");

-- CreateIndex
CREATE INDEX "WorkItem_tenantId_unitId_dueDate_idx" ON "WorkItem"("tenantId", "unitId", "dueDate");

-- CreateIndex
CREATE INDEX "WorkItem_tenantId_responsiblePersonId_idx" ON "WorkItem"("tenantId", "responsiblePersonId");

-- CreateIndex
CREATE INDEX "WorkItem_status_dueDate_idx" ON "WorkItem"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "WorkItem_tenantId_id_key" ON "WorkItem"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WorkItem_tenantId_id_unitId_key" ON "WorkItem"("tenantId", "id", "unitId");

-- CreateIndex
CREATE INDEX "WorkItemNote_tenantId_workItemId_createdAt_idx" ON "WorkItemNote"("tenantId", "workItemId", "createdAt");

-- CreateIndex
CREATE INDEX "WorkRecord_tenantId_unitId_kind_date_idx" ON "WorkRecord"("tenantId", "unitId", "kind", "date");

-- CreateIndex
CREATE INDEX "WorkRecord_tenantId_kind_date_idx" ON "WorkRecord"("tenantId", "kind", "date");

-- CreateIndex
CREATE UNIQUE INDEX "WorkRecord_tenantId_id_key" ON "WorkRecord"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WorkRecord_tenantId_id_unitId_key" ON "WorkRecord"("tenantId", "id", "unitId");

-- CreateIndex
CREATE INDEX "Attachment_tenantId_workItemId_idx" ON "Attachment"("tenantId", "workItemId");

-- CreateIndex
CREATE INDEX "Attachment_tenantId_workRecordId_idx" ON "Attachment"("tenantId", "workRecordId");

-- CreateIndex
CREATE INDEX "Attachment_sha256_idx" ON "Attachment"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "ObligationRule_tenantId_code_key" ON "ObligationRule"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ObligationRule_tenantId_id_key" ON "ObligationRule"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "PlanTemplateTask" ADD CONSTRAINT "PlanTemplateTask_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "PlanTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "PlanTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_tenantId_planId_fkey" FOREIGN KEY ("tenantId", "planId") REFERENCES "AnnualPlan"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_templateTaskId_fkey" FOREIGN KEY ("templateTaskId") REFERENCES "PlanTemplateTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_tenantId_responsiblePersonId_fkey" FOREIGN KEY ("tenantId", "responsiblePersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItemNote" ADD CONSTRAINT "WorkItemNote_tenantId_workItemId_unitId_fkey" FOREIGN KEY ("tenantId", "workItemId", "unitId") REFERENCES "WorkItem"("tenantId", "id", "unitId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItemNote" ADD CONSTRAINT "WorkItemNote_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItemNote" ADD CONSTRAINT "WorkItemNote_tenantId_authorPersonId_fkey" FOREIGN KEY ("tenantId", "authorPersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkRecord" ADD CONSTRAINT "WorkRecord_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkRecord" ADD CONSTRAINT "WorkRecord_tenantId_recordedById_fkey" FOREIGN KEY ("tenantId", "recordedById") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_tenantId_workItemId_unitId_fkey" FOREIGN KEY ("tenantId", "workItemId", "unitId") REFERENCES "WorkItem"("tenantId", "id", "unitId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_tenantId_workRecordId_unitId_fkey" FOREIGN KEY ("tenantId", "workRecordId", "unitId") REFERENCES "WorkRecord"("tenantId", "id", "unitId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_tenantId_uploadedByPersonId_fkey" FOREIGN KEY ("tenantId", "uploadedByPersonId") REFERENCES "Person"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObligationRule" ADD CONSTRAINT "ObligationRule_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The plan's 17 main tasks (section 三), version 2022, quoted verbatim from 《党委意识形态工作责任制实施方案》
-- (中共盐城市大丰区自然资源和规划局委员会, 2022-09-06). Shipped as data: a later plan is a new version in a new
-- migration, and application code does not change.
INSERT INTO "PlanTemplate" ("id", "version", "title", "issuer", "issuedOn") VALUES
  ('plan-2022', '2022', '党委意识形态工作责任制实施方案', '中共盐城市大丰区自然资源和规划局委员会', DATE '2022-09-06');
INSERT INTO "PlanTemplateTask" ("id", "templateId", "groupNumber", "groupTitle", "number", "text", "clause") VALUES
  ('plan-2022-01', 'plan-2022', 1, '牢牢把握正确政治方向', 1, '坚持和完善坚定维护党中央权威和集中统一领导的各项制度,自觉在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致,坚决把维护习近平总书记党中央的核心、全党的核心地位落到实处。', '三(一)1'),
  ('plan-2022-02', 'plan-2022', 1, '牢牢把握正确政治方向', 2, '坚持马克思主义在意识形态领域指导地位的根本制度,深入学习宣传贯彻习近平新时代中国特色社会主义思想,深入学习宣传贯彻习近平总书记对江苏工作重要指示精神,健全用党的创新理论武装全党、教育人民工作体系。', '三(一)2'),
  ('plan-2022-03', 'plan-2022', 1, '牢牢把握正确政治方向', 3, '认真贯彻落实党中央和省、市、区委及其宣传部门关于意识形态工作的部署和要求,牢牢把握正确的政治方向,严守政治纪律和政治规矩,严守组织纪律和宣传工作相关纪律要求。', '三(一)3'),
  ('plan-2022-04', 'plan-2022', 1, '牢牢把握正确政治方向', 4, '深化理想信念教育,加强党史、新中国史、改革开放史、社会主义发展史教育,加强新时代公民道德建设和爱国主义教育,大力弘扬伟大建党精神、深入宣传中国共产党人精神谱系。', '三(一)4'),
  ('plan-2022-05', 'plan-2022', 2, '定期分析研判意识形态领域情况', 5, '局党委每年至少专题研究2次意识形态工作,向上级党委专题汇报1次意识形态工作,并抄送上级党委宣传部。', '三(二)5'),
  ('plan-2022-06', 'plan-2022', 2, '定期分析研判意识形态领域情况', 6, '全面落实风险研判、决策风险评估、风险防控协同、风险防控责任“四项机制”,定期组织开展意识形态领域分析研判,每年至少1次在党内通报意识形态领域情况,统一思想认识、明确工作方向。', '三(二)6'),
  ('plan-2022-07', 'plan-2022', 2, '定期分析研判意识形态领域情况', 7, '加强常态化风险排查,对重大事件、重要情况、重要社情民意中的苗头性倾向性问题进行动态监测、精准研判、及早预警、妥善处置。', '三(二)7'),
  ('plan-2022-08', 'plan-2022', 3, '加强各领域统筹协调', 8, '建立健全意识形态工作领导体制机制,明确相应机构,负责研究部署和协调指导本单位意识形态工作。', '三(三)8'),
  ('plan-2022-09', 'plan-2022', 3, '加强各领域统筹协调', 9, '在日常工作中体现意识形态工作要求,切实形成党委统一领导、班子成员齐抓共管、各部门(科室)紧密配合的领导体制和工作机制。', '三(三)9'),
  ('plan-2022-10', 'plan-2022', 3, '加强各领域统筹协调', 10, '建立意识形态工作责任制考核制度,纳入年度综合考核中的党的建设考核。坚持定量考核与定性考核相结合,加强结果运用,将考核结果作为全面评价党委和领导班子成员的重要参考。', '三(三)10'),
  ('plan-2022-11', 'plan-2022', 3, '加强各领域统筹协调', 11, '宣传部门切实履行指导、组织、协调、管理、督查和抓好落实的职责,每年接受1次区委宣传部门对意识形态工作进行的专项督查。', '三(三)11'),
  ('plan-2022-12', 'plan-2022', 4, '切实维护网络意识形态安全', 12, '发挥区委网信办牵头作用,在区委统一领导、区委宣传部指导下,具体协调组织网络宣传管理和舆论引导工作,推进网上正能量传播,维护网络意识形态安全,推动落实网络意识形态工作责任制。', '三(四)12'),
  ('plan-2022-13', 'plan-2022', 5, '及时妥善处置意识形态领域重大问题', 13, '注意区分政治原则问题、思想认识问题、学术观点问题,旗帜鲜明反对和抵制各种错误观点。对否定中国共产党领导、攻击中国特色社会主义制度等错误思潮和言论,做到敢抓敢管、敢于亮剑,及时有效发声,通过新闻媒体或者党内通报表明立场、亮明态度,理直气壮加以批驳,有理有利有节开展思想舆论斗争,不搞“爱惜羽毛”,不当“开明绅士”,不做“好好先生”。', '三(五)13'),
  ('plan-2022-14', 'plan-2022', 5, '及时妥善处置意识形态领域重大问题', 14, '对在境内外各类媒体、互联网、出版物以及讲座论坛等公开场合发表同党中央精神相违背的言论,非议党的理论和路线方针政策以及重大决策部署,散布传播政治谣言的党员、干部,配合上级纪检监察部门依规依纪依法严肃处理。', '三(五)14'),
  ('plan-2022-15', 'plan-2022', 6, '积极做好知识分子团结引导服务工作', 15, '加强领导班子成员特别是主要负责人同社科理论界、新闻出版界、广播影视界、文学艺术界、教育科技界知识分子的联系,加强政治思想引领,做好各领域学术带头人、领军人物和新媒体中代表人士的工作。', '三(六)15'),
  ('plan-2022-16', 'plan-2022', 6, '积极做好知识分子团结引导服务工作', 16, '加强对党外知识分子的政治引领和政治吸纳,加强同新经济组织、新社会组织和新的文艺组织、文艺群体中知识分子的联系,做好耐心细致的思想政治工作和分层分类教育培训。', '三(六)16'),
  ('plan-2022-17', 'plan-2022', 7, '建强配齐宣传思想文化领域人才队伍', 17, '加强宣传思想文化干部队伍建设,增强脚力、眼力、脑力、笔力,打造政治过硬、本领高强、求实创新、能打胜仗的工作队伍。', '三(七)17');

-- Rules of the plan module that the database backs (services check them first and give typed
-- errors; these catch anything that slips past, including races).

-- A work item: a cancelled item carries a reason; completedAt is set exactly when DONE.
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_cancel_reason_rule"
  CHECK ("status" <> 'CANCELLED' OR length(btrim(coalesce("cancelReason", ''))) > 0);
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_completed_at_rule"
  CHECK (("status" = 'DONE') = ("completedAt" IS NOT NULL));
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_title_rule" CHECK (length(btrim("title")) > 0);

-- A work item's due date lies in its plan's year; a cancelled item is final.
CREATE FUNCTION zeren_check_work_item() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  plan_year int;
BEGIN
  SELECT p."year" INTO plan_year FROM "AnnualPlan" p WHERE p."tenantId" = NEW."tenantId" AND p."id" = NEW."planId";
  IF extract(year FROM NEW."dueDate")::int <> plan_year THEN
    RAISE EXCEPTION 'zeren:DUE_DATE_OUTSIDE_PLAN_YEAR work item % is due % outside %', NEW."id", NEW."dueDate", plan_year USING ERRCODE = '23514';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."status" = 'CANCELLED' AND NEW IS DISTINCT FROM OLD THEN
    RAISE EXCEPTION 'zeren:INVALID_STATUS_TRANSITION work item % is cancelled', NEW."id" USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "WorkItem_plan_rule" BEFORE INSERT OR UPDATE ON "WorkItem"
  FOR EACH ROW EXECUTE FUNCTION zeren_check_work_item();

-- An attachment belongs to exactly one work item or work record.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_owner_rule"
  CHECK (("workItemId" IS NULL) <> ("workRecordId" IS NULL));
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_blob_rule"
  CHECK ("size" > 0 AND "sha256" ~ '^[0-9a-f]{64}$');

-- An obligation rule: a positive count, and a due day 'MM-DD' inside its period.
ALTER TABLE "ObligationRule" ADD CONSTRAINT "ObligationRule_count_rule" CHECK ("minCount" >= 1 AND "minCount" <= 366);
ALTER TABLE "ObligationRule" ADD CONSTRAINT "ObligationRule_due_rule" CHECK (
  "dueMonthDay" IS NULL OR (
    "dueMonthDay" ~ '^[0-9]{2}-[0-9]{2}$'
    AND substr("dueMonthDay", 4, 2)::int BETWEEN 1 AND 31
    AND substr("dueMonthDay", 1, 2)::int BETWEEN 1 AND CASE "period" WHEN 'YEAR' THEN 12 WHEN 'HALF_YEAR' THEN 6 WHEN 'QUARTER' THEN 3 ELSE 1 END
  ));

-- Work records are dated; the future is refused by the service (it depends on "today").
ALTER TABLE "WorkRecord" ADD CONSTRAINT "WorkRecord_title_rule" CHECK (length(btrim("title")) > 0);

-- District roles look records up by the roles they are addressed to.
CREATE INDEX "WorkRecord_addressees_rule" ON "WorkRecord" USING GIN (("sentTo" || "copiedTo"));

-- Array columns are never NULL (Prisma cannot declare NOT NULL on a list): a NULL would make the
-- addressee and copy matches above silently false.
ALTER TABLE "WorkRecord" ADD CONSTRAINT "WorkRecord_arrays_rule"
  CHECK ("participants" IS NOT NULL AND "sentTo" IS NOT NULL AND "copiedTo" IS NOT NULL);
ALTER TABLE "ObligationRule" ADD CONSTRAINT "ObligationRule_arrays_rule"
  CHECK ("appliesToKinds" IS NOT NULL AND "requiredCopies" IS NOT NULL);
