import type { AssessmentGrade, AssessmentStatus } from '../../../generated/prisma/enums.js';
import { ratingSummariesFor } from '../../assessment/ratings.js';
import { assessmentListWhere, suggestedGrade } from '../../assessment/service.js';
import { ASSESSMENT_GRADE_NAMES, ASSESSMENT_STATUS_NAMES } from '../labels.js';
import { afterInUnitTree, defineLedger, keysetPages, type TreeCursor, unitTreeOrder, nameIf, visiblePeople } from '../ledger.js';

/**
 * 考核台账: assessments the viewer may see — of the units they see, and their own — as
 * `assessments` lists them (the same `assessmentListWhere`). Scores are exact two-place decimals
 * (Prisma Decimal → "87.50", never through a float). The unit is named only when the viewer may see
 * it and people only when the viewer may see them, as the API's fields do. Status DRAFT / FINAL / ALL.
 */
export interface AssessmentLedgerRow {
  id: string;
  year: number;
  subjectIsPerson: boolean;
  unitName: string | null;
  personName: string | null;
  setVersion: number;
  status: AssessmentStatus;
  score: string;
  suggestedGrade: AssessmentGrade;
  grade: AssessmentGrade | null;
  ratings: number;
  ratingAverage: string | null;
  comment: string | null;
  finalisedAt: Date | null;
  finalisedBy: string | null;
}

export const assessmentsLedger = defineLedger<AssessmentLedgerRow>({
  code: 'ASSESSMENTS',
  title: '考核台账',
  keyColumn: '系统编号',
  filters: { year: true, unit: true, status: { values: { ...ASSESSMENT_STATUS_NAMES, ALL: '全部' }, default: 'ALL' } },
  columns: [
    { header: '年度', type: 'integer', width: 6, value: (a) => a.year },
    { header: '考核类别', type: 'text', width: 10, value: (a) => (a.subjectIsPerson ? '班子成员考核' : '单位考核') },
    { header: '被考核单位', type: 'text', width: 30, value: (a) => a.unitName },
    { header: '被考核班子成员', type: 'text', width: 12, value: (a) => a.personName },
    { header: '指标体系版本', type: 'integer', width: 10, value: (a) => a.setVersion },
    { header: '定量得分', type: 'decimal', width: 10, value: (a) => a.score },
    { header: '建议等次', type: 'text', width: 8, value: (a) => ASSESSMENT_GRADE_NAMES[a.suggestedGrade] },
    { header: '定性等次', type: 'text', width: 8, value: (a) => (a.grade ? ASSESSMENT_GRADE_NAMES[a.grade] : null) },
    { header: '评议人数', type: 'integer', width: 8, value: (a) => a.ratings },
    { header: '评议平均分', type: 'decimal', width: 10, value: (a) => a.ratingAverage },
    { header: '状态', type: 'text', width: 8, value: (a) => ASSESSMENT_STATUS_NAMES[a.status] },
    { header: '考核评语', type: 'text', width: 40, value: (a) => a.comment },
    { header: '定稿时间', type: 'datetime', width: 20, value: (a) => a.finalisedAt },
    { header: '定稿人', type: 'text', width: 10, value: (a) => a.finalisedBy },
    { header: '系统编号', type: 'text', width: 28, value: (a) => a.id },
  ],
  async *rows(q) {
    const where = assessmentListWhere(q.viewer, {
      year: q.year,
      subtreeOf: q.unit?.id,
      status: q.status && q.status !== 'ALL' ? (q.status as AssessmentStatus) : null,
    });
    const person = { select: { id: true, name: true } } as const;
    const pages = keysetPages(
      (after: TreeCursor | undefined, take) =>
        q.db.assessment.findMany({
          where: after ? { AND: [where, afterInUnitTree(after)] } : where,
          orderBy: unitTreeOrder(),
          take,
          select: {
            id: true, year: true, personId: true, status: true, quantitativeScore: true, grade: true, comment: true, finalisedAt: true,
            unit: { select: { id: true, tenantId: true, ancestorIds: true, name: true, treeKey: true } },
            person,
            finalisedBy: person,
            set: { select: { version: true } },
          },
        }),
      (a) => ({ treeKey: a.unit.treeKey, id: a.id }),
      q.pageSize,
    );
    for await (const page of pages) {
      const [visible, ratings] = await Promise.all([
        visiblePeople(q.db, q.viewer, page.flatMap((a) => [a.person?.id, a.finalisedBy?.id])),
        ratingSummariesFor(q.db, q.viewer, page.map((a) => a.id)),
      ]);
      yield page.map((a) => {
        const rating = ratings.get(a.id);
        return {
          id: a.id,
          year: a.year,
          subjectIsPerson: a.personId !== null,
          unitName: q.scope.canSeeUnit(a.unit) ? a.unit.name : null,
          personName: nameIf(visible, a.person),
          setVersion: a.set.version,
          status: a.status,
          score: a.quantitativeScore.toFixed(2),
          suggestedGrade: suggestedGrade(a.quantitativeScore),
          grade: a.grade,
          ratings: rating?.count ?? 0,
          ratingAverage: rating?.average ? rating.average.toFixed(2) : null,
          comment: a.comment,
          finalisedAt: a.finalisedAt,
          finalisedBy: nameIf(visible, a.finalisedBy),
        };
      });
    }
  },
});
