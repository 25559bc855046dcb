import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../db/transaction.js';
import type { IndicatorSetPurpose } from '../../generated/prisma/enums.js';
import type { DefinitionInput } from './service.js';

/**
 * The indicator set every bureau starts with (task 10, IV.2): three indicators the committee scores
 * by hand and the rest derived from what the system records (studies held, reports on time, work
 * items on time, risks handled in time, liaison, training hours, duty coverage, team completeness,
 * staff rating). Weights sum to 100. A bureau defines its own version with defineIndicatorSet.
 */
export const DEFAULT_INDICATORS: readonly DefinitionInput[] = [
  { code: 'STUDY', name: '学习研究部署 (党委专题研究意识形态工作、纳入议事日程)', weight: '15', scoring: 'MANUAL', source: null, target: '15' },
  { code: 'POSITION', name: '阵地建设管理 (网络阵地、宣传阵地管理)', weight: '15', scoring: 'MANUAL', source: null, target: '15' },
  { code: 'RISK', name: '风险研判处置 (意识形态领域风险隐患研判和处置)', weight: '15', scoring: 'MANUAL', source: null, target: '15' },
  { code: 'TRAINING', name: '教育培训学时 (年度培训学时，满60学时得满分)', weight: '10', scoring: 'DERIVED', source: 'TRAINING_HOURS', target: '60' },
  { code: 'STUDIES', name: '专题学习研究次数 (党委专题研究意识形态工作，年度2次得满分)', weight: '5', scoring: 'DERIVED', source: 'COMMITTEE_STUDIES', target: '2' },
  { code: 'REPORTS', name: '报告按时报送 (专题报告、年度责任制报告按时报送率)', weight: '5', scoring: 'DERIVED', source: 'REPORTS_ON_TIME', target: '100' },
  { code: 'TASKS', name: '年度任务按期完成 (任务细化分解按期完成率)', weight: '5', scoring: 'DERIVED', source: 'WORK_ITEMS_ON_TIME', target: '100' },
  { code: 'RISK_TIMELY', name: '风险及时处置 (风险隐患在处置时限内处置的比例)', weight: '5', scoring: 'DERIVED', source: 'RISKS_HANDLED_IN_TIME', target: '100' },
  { code: 'LIAISON', name: '联系知识分子 (年度联系6次得满分)', weight: '5', scoring: 'DERIVED', source: 'LIAISON_CONTACTS', target: '6' },
  { code: 'SECTORS', name: '联系领域覆盖 (覆盖3个以上领域得满分)', weight: '5', scoring: 'DERIVED', source: 'LIAISON_SECTORS', target: '3' },
  { code: 'COVERAGE', name: '责任全覆盖 (一岗双责覆盖下级单位比例)', weight: '5', scoring: 'DERIVED', source: 'DUTY_COVERAGE', target: '100' },
  { code: 'TEAM', name: '班子健全 (下属党组织书记在岗比例)', weight: '5', scoring: 'DERIVED', source: 'TEAM_COMPLETENESS', target: '100' },
  { code: 'RATING', name: '干部职工评议 (评议平均分占量表比例)', weight: '5', scoring: 'DERIVED', source: 'STAFF_RATING', target: '100' },
];

/** The default staff-rating scale (评议): 1 to 5. */
export const DEFAULT_RATING_SCALE = { min: '1', max: '5' } as const;

/**
 * Creates the default indicator set of `year` (version 1) of one purpose for a new bureau, in the caller's
 * transaction: no creator (the system's default). A new bureau gets both: its own (INTERNAL) and its team's
 * (BUREAU_TEAM), which 区委组织部 may redefine. Both carry into later years until a new version is defined.
 */
export async function createDefaultIndicatorSet(tx: Tx, tenantId: string, year: number, purpose: IndicatorSetPurpose = 'INTERNAL') {
  return tx.indicatorSet.create({
    data: {
      tenantId, year, version: 1, purpose,
      ratingScaleMin: new Prisma.Decimal(DEFAULT_RATING_SCALE.min), ratingScaleMax: new Prisma.Decimal(DEFAULT_RATING_SCALE.max),
      definitions: {
        createMany: {
          data: DEFAULT_INDICATORS.map((d, i) => ({
            code: d.code, name: d.name, scoring: d.scoring, source: d.source ?? null,
            weight: new Prisma.Decimal(d.weight), target: new Prisma.Decimal(d.target), sortOrder: i + 1,
          })),
        },
      },
    },
  });
}
