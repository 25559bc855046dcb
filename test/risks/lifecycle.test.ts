import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { inTransaction } from '../../src/db/transaction.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { subscribe } from './sse.js';

const Report = graphql(`
  mutation LcReport($input: ReportRiskInput!) {
    reportRisk(input: $input) { risk {
      id title stage severity handlingDeadline isOverdue
      responsiblePerson { name }
      transitions { fromStage toStage note actor { name } }
    } }
  }
`);

const Move = graphql(`
  mutation LcMove($input: TransitionRiskInput!) {
    transitionRisk(input: $input) { risk {
      id stage handledAt closedAt closeReason allowedMoves
      transitions { fromStage toStage note at actor { name } }
    } }
  }
`);

const AddItem = graphql(`
  mutation LcAddItem($input: AddRectificationInput!) {
    addRectification(input: $input) { rectification { id task dueOn isDone responsiblePerson { name } } }
  }
`);

const CompleteItem = graphql(`
  mutation LcCompleteItem($id: ID!) { completeRectification(input: { rectificationId: $id }) { rectification { id isDone doneOn } } }
`);

const Respond = graphql(`
  mutation LcRespond($input: RecordRiskResponseInput!) { recordRiskResponse(input: $input) { response { id channel content respondedOn } } }
`);

const Filtered = graphql(`
  query LcFiltered($filter: RiskFilter) {
    risks(first: 50, filter: $filter) { totalCount edges { node { title stage isOverdue } } }
  }
`);

const MyNotifications = graphql(`
  query LcNotifications { viewer { notifications(first: 50) { edges { node { kind title subjectId } } } } }
`);

let app: TestApp;
const NOW = new Date('2025-03-10T02:00:00Z'); // 10:00 in China
beforeAll(async () => {
  app = await createTestApp();
  app.setNow(NOW);
});
afterAll(() => app?.close());

const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);
const personId = (name: string) => app.demo.bureau.people.get(name)!;

async function report(username: string, unitKey: string, extra: Record<string, unknown> = {}) {
  const r = await app.ok(Report, {
    input: { unitId: unit(unitKey), title: '测试风险', severity: 'MEDIUM', riskClass: 'IDEOLOGICAL_UNDERSTANDING', mechanism: 'RISK_JUDGEMENT', ...extra },
  }, await app.login(username));
  return r.reportRisk.risk;
}

const move = async (username: string, riskId: string, to: string, note?: string) =>
  app.run(Move, { input: { riskId, to: to as never, note } }, await app.login(username));

const counts = async () => ({
  risks: await app.db.prisma.risk.count(),
  transitions: await app.db.prisma.riskTransition.count(),
  audit: await app.db.prisma.auditEvent.count(),
  items: await app.db.prisma.rectification.count(),
  notifications: await app.db.prisma.notification.count(),
});

describe('the risk list and its filters', () => {
  // Runs first, on the demo data alone (reported relative to the real clock).
  it('filters by stage, severity, class, unit subtree and overdue, with totalCount', async () => {
    app.setNow(new Date());
    const token = await app.login('secretary');
    const titles = async (filter: object) => {
      const r = await app.ok(Filtered, { filter }, token);
      expect(r.risks.totalCount).toBe(r.risks.edges.length);
      return r.risks.edges.map((e) => e.node.title).sort();
    };
    expect(await titles({})).toHaveLength(6);
    expect(await titles({ stages: ['WARNED'] })).toEqual(['林场改制传言引发职工思想波动']);
    expect(await titles({ severities: ['CRITICAL'] })).toEqual(['围填海项目环评争议在微博发酵']);
    expect(await titles({ riskClasses: ['ACADEMIC_VIEWPOINT'] })).toEqual(['学术研讨会上关于“问题地图”认定标准的不同观点']);
    expect(await titles({ unitId: unit('organs') })).toEqual(['个别党员在微信群转发歪曲党史的文章']);
    expect(await titles({ overdue: true })).toEqual(['林场改制传言引发职工思想波动']);
    expect(await titles({ overdue: false })).toHaveLength(5);
    expect(await titles({ stages: ['HANDLED', 'CLOSED'], unitId: unit('office.1') })).toEqual(['网传大中镇征地补偿“暗箱操作”短视频']);
    // the other bureau's secretary sees only their own bureau's risk
    const other = await app.ok(Filtered, {}, await app.login('other.secretary'));
    expect(other.risks.edges.map((e) => e.node.title)).toEqual(['城建档案查询服务差评在本地论坛传播']);
    app.setNow(NOW);
  });
});

describe('reporting a risk', () => {
  it('starts MONITORED, recorded, with the deadline its severity gives (1 / 3 / 7 / 15 days)', async () => {
    const deadlines: Record<string, string> = {};
    for (const severity of ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']) {
      const risk = await report('forestry.secretary', 'forestry.b1', { severity });
      expect(risk.stage).toBe('MONITORED');
      deadlines[severity] = risk.handlingDeadline;
      // the default responsible person: the first responsible person of the nearest committee
      expect(risk.responsiblePerson?.name).toBe('蒋涛');
      expect(risk.transitions).toEqual([{ fromStage: null, toStage: 'MONITORED', note: '报告 (reported)', actor: { name: '赵国强' } }]);
    }
    expect(deadlines).toEqual({ CRITICAL: '2025-03-11', HIGH: '2025-03-13', MEDIUM: '2025-03-17', LOW: '2025-03-25' });
  });

  it('accepts an earlier deadline, refuses one in the past or later than the severity allows, and writes nothing', async () => {
    const early = await report('forestry.secretary', 'forestry.b1', { severity: 'LOW', handlingDeadline: '2025-03-12' });
    expect(early.handlingDeadline).toBe('2025-03-12');
    const before = await counts();
    const token = await app.login('forestry.secretary');
    for (const [deadline, field] of [['2025-03-09', 'handlingDeadline'], ['2025-04-30', 'handlingDeadline']] as const) {
      const r = await app.run(Report, {
        input: { unitId: unit('forestry.b1'), title: '时限不合法', severity: 'LOW', riskClass: 'IDEOLOGICAL_UNDERSTANDING', mechanism: 'RISK_JUDGEMENT', handlingDeadline: deadline },
      }, token);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(await counts()).toEqual(before);
  });

  it('needs the unit in the reporter\'s scope: an unseen unit is NOT_FOUND, like one that does not exist', async () => {
    const token = await app.login('branch.organs1');
    const input = { title: '越权报告', severity: 'LOW' as const, riskClass: 'IDEOLOGICAL_UNDERSTANDING' as const, mechanism: 'RISK_JUDGEMENT' as const };
    const hidden = await app.run(Report, { input: { ...input, unitId: unit('forestry') } }, token);
    const missing = await app.run(Report, { input: { ...input, unitId: globalId('OrgUnit', '00000000-0000-0000-0000-000000000000') } }, token);
    expect(codes(hidden)).toEqual(['NOT_FOUND']);
    expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    // a "one post, two duties" member may report in the area they cover
    expect((await report('member.forestry', 'forestry.b2')).stage).toBe('MONITORED');
  });
});

describe('the lifecycle (state machine)', () => {
  it('MONITORED → ASSESSED → WARNED → HANDLED → CLOSED, each move recorded with actor, time and note', async () => {
    const risk = await report('forestry.secretary', 'forestry.b1');
    const steps: [string, string, string][] = [
      ['ASSESSED', 'forestry.secretary', '研判属思想认识问题'],
      ['WARNED', 'propaganda', '向林场党委预警'],
      ['HANDLED', 'forestry.secretary', '已谈心谈话'],
      ['CLOSED', 'secretary', '处置到位，销号'],
    ];
    let last;
    for (const [to, who, note] of steps) {
      last = await move(who, risk.id, to, note);
      expect(last.errors).toBeUndefined();
    }
    const done = last!.data!.transitionRisk.risk;
    expect(done.stage).toBe('CLOSED');
    expect(done.closeReason).toBe('处置到位，销号');
    expect(done.handledAt).not.toBeNull();
    expect(done.allowedMoves).toEqual([]);
    expect(done.transitions.map((t) => [t.fromStage, t.toStage, t.actor?.name, t.note])).toEqual([
      [null, 'MONITORED', '赵国强', '报告 (reported)'],
      ['MONITORED', 'ASSESSED', '赵国强', '研判属思想认识问题'],
      ['ASSESSED', 'WARNED', '刘志华', '向林场党委预警'],
      ['WARNED', 'HANDLED', '赵国强', '已谈心谈话'],
      ['HANDLED', 'CLOSED', '王建国', '处置到位，销号'],
    ]);
    expect(done.transitions.every((t) => t.at === NOW.toISOString())).toBe(true);
  });

  it('refuses a move the lifecycle does not have with ILLEGAL_TRANSITION, and writes nothing', async () => {
    const risk = await report('forestry.secretary', 'forestry.b1');
    const before = await counts();
    const skip = await move('secretary', risk.id, 'HANDLED', '跳过研判');
    expect(codes(skip)).toEqual(['ILLEGAL_TRANSITION']);
    expect(skip.errors?.[0]?.extensions).toMatchObject({ from: 'MONITORED', to: 'HANDLED', allowed: ['ASSESSED', 'DISMISSED'] });
    expect(codes(await move('secretary', risk.id, 'MONITORED'))).toEqual(['ILLEGAL_TRANSITION']);
    expect(await counts()).toEqual(before);
    expect((await app.db.prisma.risk.findUniqueOrThrow({ where: { id: idOfRisk(risk.id) } })).stage).toBe('MONITORED');
    // terminal stages stay terminal
    expect((await move('secretary', risk.id, 'DISMISSED', '经核实不构成风险')).errors).toBeUndefined();
    const after = await counts();
    for (const to of ['ASSESSED', 'CLOSED', 'DISMISSED']) expect(codes(await move('secretary', risk.id, to, '再次流转'))).toEqual(['ILLEGAL_TRANSITION']);
    expect(await counts()).toEqual(after);
  });

  it('those who answer for the unit assess, warn and handle a risk (一岗双责 included); only first or direct responsible people close or dismiss it', async () => {
    const risk = await report('member.forestry', 'forestry.b1');
    const before = await counts();
    // a "one post, two duties" member over the forest farm does not dismiss: that is the committee's call
    expect(codes(await move('member.forestry', risk.id, 'DISMISSED', '不构成风险'))).toEqual(['FORBIDDEN']);
    // a branch secretary elsewhere does not even see it
    expect(codes(await move('branch.organs1', risk.id, 'ASSESSED', '研判'))).toEqual(['NOT_FOUND']);
    expect(codes(await move('other.secretary', risk.id, 'ASSESSED', '研判'))).toEqual(['NOT_FOUND']);
    expect(await counts()).toEqual(before);
    // … but assesses and warns in their 分管 scope
    expect((await move('member.forestry', risk.id, 'ASSESSED', '研判')).errors).toBeUndefined();
    expect((await move('member.forestry', risk.id, 'WARNED', '预警')).errors).toBeUndefined();
    // the party committee above (林场党委) handles; the dual-duty member may not close, the bureau committee may
    expect((await move('forestry.secretary', risk.id, 'HANDLED', '处置')).errors).toBeUndefined();
    expect(codes(await move('member.forestry', risk.id, 'CLOSED', '销号'))).toEqual(['FORBIDDEN']);
    expect((await move('propaganda', risk.id, 'CLOSED', '销号')).errors).toBeUndefined();
  });

  it('closing and dismissal need a reason', async () => {
    const risk = await report('forestry.secretary', 'forestry.b1');
    const before = await counts();
    const r = await move('secretary', risk.id, 'DISMISSED', '   ');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.field).toBe('note');
    expect(await counts()).toEqual(before);
  });

  it('the database refuses an illegal stage, and a stage change without its transition record', async () => {
    const risk = await report('forestry.secretary', 'forestry.b1');
    const id = idOfRisk(risk.id);
    await expect(inTransaction(app.db.prisma, (tx) => tx.risk.update({ where: { id }, data: { stage: 'HANDLED', handledAt: NOW } })))
      .rejects.toMatchObject({ extensions: { code: 'ILLEGAL_TRANSITION' } });
    await expect(inTransaction(app.db.prisma, (tx) => tx.risk.update({ where: { id }, data: { stage: 'ASSESSED' } })))
      .rejects.toMatchObject({ extensions: { code: 'ILLEGAL_TRANSITION' } });
    await expect(inTransaction(app.db.prisma, (tx) => tx.risk.update({ where: { id }, data: { stage: 'DISMISSED', closedAt: NOW } })))
      .rejects.toThrow();
    expect((await app.db.prisma.risk.findUniqueOrThrow({ where: { id } })).stage).toBe('MONITORED');
    await expect(app.db.prisma.riskTransition.deleteMany({ where: { riskId: id } })).rejects.toThrow();
  });
});

describe('responses and rectification', () => {
  it('rectification items hang off a handled risk; it closes only when they are done', async () => {
    const token = await app.login('forestry.secretary');
    const risk = await report('forestry.secretary', 'forestry.b1');
    const item = { riskId: risk.id, task: '开展专题学习', responsiblePersonId: globalId('Person', personId('蒋涛')), dueOn: '2025-03-31' };
    const before = await counts();
    expect(codes(await app.run(AddItem, { input: item }, token))).toEqual(['RISK_NOT_HANDLED']);
    for (const [to, note] of [['ASSESSED', '研判'], ['WARNED', '预警'], ['HANDLED', '处置']]) await move('forestry.secretary', risk.id, to!, note);
    const past = await app.run(AddItem, { input: { ...item, dueOn: '2025-03-01' } }, token);
    expect(codes(past)).toEqual(['BAD_USER_INPUT']);
    expect(past.errors?.[0]?.extensions?.field).toBe('dueOn');
    expect((await counts()).items).toBe(before.items);
    const added = (await app.ok(AddItem, { input: item }, token)).addRectification.rectification;
    expect(added).toMatchObject({ task: '开展专题学习', dueOn: '2025-03-31', isDone: false, responsiblePerson: { name: '蒋涛' } });
    const open = await move('forestry.secretary', risk.id, 'CLOSED', '销号');
    expect(codes(open)).toEqual(['RECTIFICATIONS_OPEN']);
    expect((await app.ok(CompleteItem, { id: added.id }, token)).completeRectification.rectification).toMatchObject({ isDone: true, doneOn: '2025-03-10' });
    expect((await move('forestry.secretary', risk.id, 'CLOSED', '整改完成，销号')).data?.transitionRisk.risk.stage).toBe('CLOSED');
  });

  it('records responses, never dated in the future, by leaders or the risk\'s responsible person', async () => {
    const risk = await report('forestry.secretary', 'forestry.b1');
    const input = { riskId: risk.id, channel: 'INTERNAL_NOTICE' as const, content: '党内通报，澄清事实' };
    const ok = await app.ok(Respond, { input }, await app.login('forestry.secretary'));
    expect(ok.recordRiskResponse.response).toMatchObject({ channel: 'INTERNAL_NOTICE', respondedOn: '2025-03-10' });
    const future = await app.run(Respond, { input: { ...input, respondedOn: '2025-03-11' } }, await app.login('forestry.secretary'));
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    // 一岗双责: the dual-duty member over the forest farm responds there, not at the bureau committee they sit on
    expect(codes(await app.run(Respond, { input }, await app.login('member.forestry')))).toEqual([]);
    const atBureau = await report('secretary', 'bureau');
    expect(codes(await app.run(Respond, { input: { ...input, riskId: atBureau.id } }, await app.login('member.forestry')))).toEqual(['FORBIDDEN']);
  });
});

describe('early warning', () => {
  const FORESTRY_B1_RESPONSIBLE = ['王建国', '刘志华', '张海涛', '赵国强', '钱红', '冯军', '蒋涛'];

  async function recipients(riskGlobalId: string, kind: 'RISK_WARNED' | 'RISK_CRITICAL_REPORTED') {
    const rows = await app.db.prisma.notification.findMany({
      where: { entityType: 'Risk', entityId: idOfRisk(riskGlobalId), kind }, select: { recipient: { select: { name: true } } },
    });
    return rows.map((r) => r.recipient!.name).sort();
  }

  it('warning notifies everyone responsible for the unit — its own and every committee above — and nobody else', async () => {
    const risk = await report('forestry.secretary', 'forestry.b1');
    await move('forestry.secretary', risk.id, 'ASSESSED', '研判');
    expect(await recipients(risk.id, 'RISK_WARNED')).toEqual([]);
    await move('forestry.secretary', risk.id, 'WARNED', '预警');
    // 何静's "one post, two duties" covers 林场第二党支部 only; 黄磊 leads another branch
    expect(await recipients(risk.id, 'RISK_WARNED')).toEqual([...FORESTRY_B1_RESPONSIBLE].sort());
    const seen = await app.ok(MyNotifications, {}, await app.login('member.forestry'));
    expect(seen.viewer.notifications.edges.some((e) => e.node.kind === 'RISK_WARNED' && e.node.subjectId === risk.id)).toBe(true);
    const outsider = await app.ok(MyNotifications, {}, await app.login('branch.organs1'));
    expect(outsider.viewer.notifications.edges.some((e) => e.node.subjectId === risk.id)).toBe(false);
  });

  it('a CRITICAL report warns at once; lower severities do not', async () => {
    const critical = await report('forestry.secretary', 'forestry.b1', { severity: 'CRITICAL', title: '重大舆情' });
    expect(await recipients(critical.id, 'RISK_CRITICAL_REPORTED')).toEqual([...FORESTRY_B1_RESPONSIBLE].sort());
    const high = await report('forestry.secretary', 'forestry.b1', { severity: 'HIGH' });
    expect(await recipients(high.id, 'RISK_CRITICAL_REPORTED')).toEqual([]);
  });

  it('riskWarnings delivers over SSE to the people responsible, and not to others', async () => {
    const query = 'subscription { riskWarnings { kind risk { id title stage unit { name } } } }';
    const fetchFn = (url: string, init: RequestInit) => Promise.resolve(app.yoga.fetch(url, init));
    const url = 'http://zeren.test/graphql';
    type Warning = { riskWarnings: { kind: string; risk: { id: string; title: string } } };
    const open = async (u: string) => subscribe<Warning>(fetchFn, url, query, await app.login(u));
    const [leader, member, outsider, otherBureau] = [await open('forestry.secretary'), await open('member.forestry'), await open('branch.organs1'), await open('other.secretary')];
    try {
      await new Promise((r) => setTimeout(r, 300));
      const forestryRisk = await report('forestry.secretary', 'forestry.b1', { title: '林场预警' });
      await move('forestry.secretary', forestryRisk.id, 'ASSESSED', '研判');
      await move('forestry.secretary', forestryRisk.id, 'WARNED', '预警');
      // a control event the outsider answers for: it arrives after the first, so the outsider was listening
      const organsRisk = await report('branch.organs1', 'organs.b1', { title: '机关支部重大风险', severity: 'CRITICAL' });
      await outsider.waitFor(1);
      await leader.waitFor(1);
      await member.waitFor(1);
      expect(leader.events.map((e) => [e.data?.riskWarnings.kind, e.data?.riskWarnings.risk.title])).toEqual([['RISK_WARNED', '林场预警']]);
      expect(member.events.map((e) => e.data?.riskWarnings.risk.id)).toEqual([forestryRisk.id]);
      expect(outsider.events.map((e) => [e.data?.riskWarnings.kind, e.data?.riskWarnings.risk.id])).toEqual([['RISK_CRITICAL_REPORTED', organsRisk.id]]);
      expect(otherBureau.events).toEqual([]);
    } finally {
      await Promise.all([leader, member, outsider, otherBureau].map((s) => s.close()));
    }
  });

  it('riskWarnings refuses anonymous and district subscribers', async () => {
    const fetchFn = (url: string, init: RequestInit) => Promise.resolve(app.yoga.fetch(url, init));
    const district = await subscribe<unknown>(fetchFn, 'http://zeren.test/graphql', 'subscription { riskWarnings { risk { id } } }', await app.login('district.cyberspace'));
    await district.waitFor(1);
    expect(district.events[0]?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await district.close();
    const anonymous = await app.yoga.fetch('http://zeren.test/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { riskWarnings { risk { id } } }' }),
    });
    expect(await anonymous.text()).toContain('UNAUTHENTICATED');
  });
});

function idOfRisk(global: string): string {
  return Buffer.from(global, 'base64').toString('utf8').replace(/^Risk:/, '');
}
