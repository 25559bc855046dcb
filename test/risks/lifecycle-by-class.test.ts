import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { globalId } from '../../src/lib/ids.js';
import { inTransaction } from '../../src/db/transaction.js';
import { lifecycleRows, WARNING_POLICY } from '../../src/modules/risks/lifecycle.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';

/**
 * 三(五)13: the lifecycle follows the risk's class and severity. A political-principle question
 * (or any HIGH/CRITICAL risk) is warned before it is handled; an academic-viewpoint question, or a
 * LOW ideological-understanding one, may be handled at once after assessment, without the warning
 * that alerts every responsible person up to the bureau secretary. Every move is still recorded.
 */

const Report = graphql(`
  mutation ByClassReport($input: ReportRiskInput!) {
    reportRisk(input: $input) { risk { id stage mustBeWarned allowedMoves } }
  }
`);

const Move = graphql(`
  mutation ByClassMove($input: TransitionRiskInput!) {
    transitionRisk(input: $input) { risk {
      id stage handledAt allowedMoves
      transitions { fromStage toStage note at actor { name } }
    } }
  }
`);

let app: TestApp;
const NOW = new Date('2025-03-10T02:00:00Z');
beforeAll(async () => {
  app = await createTestApp();
  app.setNow(NOW);
});
afterAll(() => app?.close());

const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);
const rawId = (id: string) => decodeGlobalID(id).id;

async function report(riskClass: string, severity: string) {
  const r = await app.ok(Report, {
    input: { unitId: unit('forestry.b1'), title: `${riskClass} ${severity}`, severity: severity as never, riskClass: riskClass as never, mechanism: 'RISK_JUDGEMENT' },
  }, await app.login('forestry.secretary'));
  return r.reportRisk.risk;
}
const move = async (riskId: string, to: string, note: string) =>
  app.run(Move, { input: { riskId, to: to as never, note } }, await app.login('forestry.secretary'));
const warnings = () => app.db.prisma.notification.count({ where: { kind: 'RISK_WARNED' } });

describe('the lifecycle follows class and severity (三(五)13)', () => {
  it('the database table holds exactly the moves of the TypeScript table, cell by cell', async () => {
    const rows = await app.db.prisma.riskLifecycleMove.findMany();
    const key = (r: { riskClass: string; severity: string; fromStage: string; toStage: string }) => `${r.riskClass}/${r.severity}/${r.fromStage}→${r.toStage}`;
    expect(rows.map(key).sort()).toEqual(lifecycleRows().map(key).sort());
    // and nobody edits it outside a migration
    await expect(app.db.prisma.riskLifecycleMove.deleteMany({})).rejects.toThrow();
  });

  it('an academic-viewpoint question is handled at once after assessment: no warning, every move recorded', async () => {
    const risk = await report('ACADEMIC_VIEWPOINT', 'MEDIUM');
    expect(risk.mustBeWarned).toBe(false);
    expect((await move(risk.id, 'ASSESSED', '属学术观点问题')).data?.transitionRisk.risk.allowedMoves).toEqual(['WARNED', 'HANDLED', 'DISMISSED']);
    const before = await warnings();
    const handled = await move(risk.id, 'HANDLED', '组织专家交流，澄清认识');
    expect(handled.errors).toBeUndefined();
    expect(handled.data!.transitionRisk.risk.stage).toBe('HANDLED');
    expect(handled.data!.transitionRisk.risk.handledAt).toBe(NOW.toISOString());
    expect(handled.data!.transitionRisk.risk.transitions.map((t) => [t.fromStage, t.toStage, t.actor?.name, t.note, t.at])).toEqual([
      [null, 'MONITORED', '赵国强', '报告 (reported)', NOW.toISOString()],
      ['MONITORED', 'ASSESSED', '赵国强', '属学术观点问题', NOW.toISOString()],
      ['ASSESSED', 'HANDLED', '赵国强', '组织专家交流，澄清认识', NOW.toISOString()],
    ]);
    // nobody up to the bureau secretary was alerted
    expect(await warnings()).toBe(before);
  });

  it('a LOW ideological-understanding question may be handled at once; a MEDIUM one must be warned', async () => {
    const low = await report('IDEOLOGICAL_UNDERSTANDING', 'LOW');
    await move(low.id, 'ASSESSED', '研判');
    expect((await move(low.id, 'HANDLED', '谈心谈话')).data?.transitionRisk.risk.stage).toBe('HANDLED');

    const medium = await report('IDEOLOGICAL_UNDERSTANDING', 'MEDIUM');
    expect(medium.mustBeWarned).toBe(true);
    await move(medium.id, 'ASSESSED', '研判');
    const skip = await move(medium.id, 'HANDLED', '直接处置');
    expect(codes(skip)).toEqual(['ILLEGAL_TRANSITION']);
    expect(skip.errors?.[0]?.extensions).toMatchObject({ from: 'ASSESSED', to: 'HANDLED', allowed: ['WARNED', 'DISMISSED'], policy: 'MUST_WARN' });
  });

  it('a political-principle question is warned first, even at LOW severity, and the warning reaches the leaders', async () => {
    const risk = await report('POLITICAL_PRINCIPLE', 'LOW');
    expect(risk.mustBeWarned).toBe(true);
    await move(risk.id, 'ASSESSED', '属政治原则问题');
    const transitions = await app.db.prisma.riskTransition.count();
    expect(codes(await move(risk.id, 'HANDLED', '直接处置'))).toEqual(['ILLEGAL_TRANSITION']);
    expect(await app.db.prisma.riskTransition.count()).toBe(transitions);
    const before = await warnings();
    expect((await move(risk.id, 'WARNED', '向上预警')).errors).toBeUndefined();
    expect(await warnings()).toBeGreaterThan(before);
    expect((await move(risk.id, 'HANDLED', '批驳澄清')).data?.transitionRisk.risk.stage).toBe('HANDLED');
  });

  it('a HIGH academic-viewpoint question must be warned too', async () => {
    const risk = await report('ACADEMIC_VIEWPOINT', 'HIGH');
    expect(risk.mustBeWarned).toBe(true);
    await move(risk.id, 'ASSESSED', '研判');
    expect(codes(await move(risk.id, 'HANDLED', '直接处置'))).toEqual(['ILLEGAL_TRANSITION']);
  });

  it('every class keeps MONITORED → ASSESSED first: nothing is handled before it is judged', async () => {
    for (const riskClass of Object.keys(WARNING_POLICY)) {
      const risk = await report(riskClass, 'LOW');
      expect(risk.allowedMoves).toEqual(['ASSESSED', 'DISMISSED']);
      expect(codes(await move(risk.id, 'HANDLED', '跳过研判'))).toEqual(['ILLEGAL_TRANSITION']);
    }
  });

  it('the database backstop follows the same table when the service is bypassed', async () => {
    const political = await report('POLITICAL_PRINCIPLE', 'MEDIUM');
    const academic = await report('ACADEMIC_VIEWPOINT', 'LOW');
    for (const r of [political, academic]) await move(r.id, 'ASSESSED', '研判');
    const handle = (id: string) => inTransaction(app.db.prisma, async (tx) => {
      await tx.riskTransition.create({ data: { tenantId: app.demo.bureau.tenantId, riskId: id, unitId: app.demo.bureau.units.get('forestry.b1')!, fromStage: 'ASSESSED', toStage: 'HANDLED', at: NOW, note: '绕过服务' } });
      return tx.risk.update({ where: { id }, data: { stage: 'HANDLED', handledAt: NOW } });
    });
    await expect(handle(rawId(political.id))).rejects.toMatchObject({ extensions: { code: 'ILLEGAL_TRANSITION' } });
    expect((await handle(rawId(academic.id))).stage).toBe('HANDLED');
  });
});
