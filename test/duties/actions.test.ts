import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, type Action } from '../../src/authz/actions.js';
import { loadViewer, type Viewer } from '../../src/authz/scope.js';
import { todayInChina } from '../../src/lib/dates.js';
import { recordAccountability } from '../../src/modules/accountability/service.js';
import { defineIndicatorSet, startUnitAssessments } from '../../src/modules/assessment/service.js';
import { createOnlineChannel, fileChannelZeroReport, recordChannelReview, updateOnlineChannel } from '../../src/modules/channels/service.js';
import { appointToPost, TEAM_ROLES } from '../../src/modules/duties/service.js';
import { recordLiaisonContact, recordTraining } from '../../src/modules/intellectuals/service.js';
import { recordMisconductCase } from '../../src/modules/misconduct/service.js';
import { updateObligationRule } from '../../src/modules/obligations/service.js';
import { renameUnit } from '../../src/modules/org/service.js';
import { addWorkItemNote, changeWorkItemStatus, createAnnualPlan, createWorkItem, updateWorkItem } from '../../src/modules/plan/service.js';
import { createWorkRecord } from '../../src/modules/records/service.js';
import { addRectification, completeRectification, recordRiskResponse, reportRisk, transitionRisk } from '../../src/modules/risks/service.js';
import { createTestApp, demoPasswordHash, type TestApp } from '../helpers.js';
import { fcParameters } from '../fc.js';
import { loadWorld, referenceHolds, referenceVisibleUnits, type ReferenceHolder, type ReferenceWorld } from '../reference.js';

/**
 * 一岗双责 means acting, not only seeing (issue 11 item 7). The table in src/authz/actions.ts is
 * restated here on its own (EXPECTED), and each action is performed through its service: for the
 * demo's dual-duty member (张海涛, `member.forestry`, 分管 大丰林场党委) inside and outside their
 * scope, then for random people × actions × units against the reference model (test/reference.ts,
 * walking parent pointers): invisible → NOT_FOUND, visible but not permitted → FORBIDDEN naming
 * the action, permitted → done.
 */

const ANSWERABLE: ReferenceHolder[] = ['FIRST', 'DIRECT', 'DUAL'];
const LEADERS: ReferenceHolder[] = ['FIRST', 'DIRECT'];
const ANYONE: ReferenceHolder[] = [...ANSWERABLE, 'MEMBER'];

/** Who may, per action, as the plan reads (docs/design.md, "Who may act"): holders, and whether the row's own person may too. */
const EXPECTED: Record<Action, { holders: ReferenceHolder[]; owner?: true }> = {
  RECORD_WORK: { holders: ANSWERABLE },
  FILE_DUTY_REPORT: { holders: ANSWERABLE, owner: true },
  ATTACH_EVIDENCE: { holders: ANSWERABLE, owner: true },
  PLAN_YEAR: { holders: LEADERS },
  ANSWER_INSPECTION_FINDING: { holders: LEADERS },
  SET_OBLIGATION_RULES: { holders: LEADERS },
  CREATE_WORK_ITEM: { holders: ANSWERABLE },
  UPDATE_WORK_ITEM: { holders: ANSWERABLE },
  PROGRESS_WORK_ITEM: { holders: ANSWERABLE, owner: true },
  CANCEL_OR_REOPEN_WORK_ITEM: { holders: ANSWERABLE },
  CONFIRM_WORK_ITEM: { holders: LEADERS },
  REPORT_RISK: { holders: ANYONE },
  ASSESS_RISK: { holders: ANSWERABLE },
  WARN_RISK: { holders: ANSWERABLE },
  HANDLE_RISK: { holders: ANSWERABLE },
  CLOSE_RISK: { holders: LEADERS },
  DISMISS_RISK: { holders: LEADERS },
  RESPOND_TO_RISK: { holders: ANSWERABLE, owner: true },
  ADD_RECTIFICATION: { holders: ANSWERABLE },
  COMPLETE_RECTIFICATION: { holders: ANSWERABLE, owner: true },
  REGISTER_CHANNEL: { holders: ANSWERABLE },
  REVIEW_CHANNEL: { holders: ANSWERABLE, owner: true },
  FILE_ZERO_REPORT: { holders: ANYONE },
  RECORD_LIAISON: { holders: ANSWERABLE, owner: true },
  RECORD_TRAINING: { holders: ANSWERABLE },
  RECORD_MISCONDUCT_CASE: { holders: LEADERS },
  DEFINE_INDICATORS: { holders: LEADERS },
  START_ASSESSMENT_ROUND: { holders: LEADERS },
  RECORD_ACCOUNTABILITY: { holders: LEADERS },
  CHANGE_UNITS: { holders: LEADERS },
  APPOINT: { holders: LEADERS },
  IMPORT_ORG_CHART: { holders: LEADERS },
};

let app: TestApp;
let world: ReferenceWorld;
let now: Date;
let today: Date;
let planId: string;
let secretary: Viewer;
let counter = 0;
const next = () => ++counter;

const unit = (key: string) => app.demo.bureau.units.get(key)!;
const person = (name: string) => app.demo.bureau.people.get(name)!;

async function viewerOf(personId: string): Promise<Viewer> {
  const prisma = app.db.prisma;
  let account = await prisma.userAccount.findFirst({ where: { personId } });
  if (!account) {
    const p = await prisma.person.findUniqueOrThrow({ where: { id: personId } });
    account = await prisma.userAccount.create({
      data: { username: `act.${personId}`, passwordHash: await demoPasswordHash(), displayName: p.name, tenantId: p.tenantId, personId },
    });
  }
  return loadViewer(prisma, account.id, { now });
}

/** The error code of a call, or OK. */
async function outcome(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
    return 'OK';
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    if (!code) throw error;
    return code;
  }
}

const personIdOf = (viewer: Viewer) => (viewer.kind === 'person' ? viewer.personId : '');

/** A risk of the unit, reported and moved to `stage` by the bureau secretary; its responsible person is the secretary. */
async function riskAt(unitId: string, stage: 'MONITORED' | 'ASSESSED' | 'WARNED' | 'HANDLED') {
  const { prisma } = app.db;
  const risk = await reportRisk(prisma, app.services.pubsub, secretary, {
    unitId, title: `测试风险${next()}`, mechanism: 'RISK_JUDGEMENT', riskClass: 'IDEOLOGICAL_UNDERSTANDING', severity: 'MEDIUM', responsiblePersonId: person('王建国'),
  }, now);
  const path = { MONITORED: [], ASSESSED: ['ASSESSED'], WARNED: ['ASSESSED', 'WARNED'], HANDLED: ['ASSESSED', 'WARNED', 'HANDLED'] } as const;
  for (const to of path[stage]) await transitionRisk(prisma, app.services.pubsub, secretary, { riskId: risk.id, to, note: to }, now);
  return risk;
}

async function itemAt(unitId: string) {
  return createWorkItem(app.db.prisma, secretary, { planId, unitId, responsiblePersonId: person('王建国'), title: `测试事项${next()}`, dueDate: new Date(Date.UTC(today.getUTCFullYear(), 11, 31)) });
}

async function channelAt(unitId: string) {
  return createOnlineChannel(app.db.prisma, secretary, {
    ownerUnitId: unitId, kind: 'WECHAT_OFFICIAL', name: `测试公众号${next()}`, account: `test-account-${next()}`,
    responsiblePersonId: person('王建国'), reviewerPersonId: person('王建国'), launchedOn: today, registeredOn: today,
  }, now);
}

/** A team member of the unit (the leader of a liaison contact), or undefined. */
async function teamMemberOf(unitId: string, not?: string) {
  const post = await app.db.prisma.post.findFirst({ where: { unitId, endDate: null, role: { in: [...TEAM_ROLES] }, ...(not ? { personId: { not } } : {}) }, orderBy: { personId: 'asc' } });
  return post?.personId;
}

/**
 * Each action the property test performs: setup by the bureau secretary (who leads everything),
 * then the call as the viewer, with the person ids the row names (its owners).
 */
type Performer = (viewer: Viewer, unitId: string) => Promise<{ owners: string[]; run: () => Promise<unknown> }>;

const PERFORM: Partial<Record<Action, Performer>> = {
  FILE_DUTY_REPORT: async (viewer, unitId) => {
    // Another member's report (so the owner path does not answer), or the viewer's own when no one else is on the team.
    const reporter = (await teamMemberOf(unitId, personIdOf(viewer))) ?? personIdOf(viewer);
    return { owners: [reporter], run: () => createWorkRecord(app.db.prisma, viewer, { unitId, kind: 'DUTY_REPORT', date: today, title: `述职报告${next()}`, personId: reporter }, now) };
  },
  RECORD_WORK: async (viewer, unitId) => ({ owners: [], run: () => createWorkRecord(app.db.prisma, viewer, { unitId, kind: 'INTERNAL_BRIEFING', date: today, title: `通报${next()}` }, now) }),
  CREATE_WORK_ITEM: async (viewer, unitId) => ({
    owners: [],
    run: () => createWorkItem(app.db.prisma, viewer, { planId, unitId, responsiblePersonId: personIdOf(viewer), title: `分解事项${next()}`, dueDate: new Date(Date.UTC(today.getUTCFullYear(), 11, 31)) }),
  }),
  UPDATE_WORK_ITEM: async (viewer, unitId) => {
    const item = await itemAt(unitId);
    return { owners: [item.responsiblePersonId], run: () => updateWorkItem(app.db.prisma, viewer, { workItemId: item.id, title: `改后事项${next()}` }) };
  },
  PROGRESS_WORK_ITEM: async (viewer, unitId) => {
    const item = await itemAt(unitId);
    return { owners: [item.responsiblePersonId], run: () => addWorkItemNote(app.db.prisma, viewer, { workItemId: item.id, text: '进展' }) };
  },
  CANCEL_OR_REOPEN_WORK_ITEM: async (viewer, unitId) => {
    const item = await itemAt(unitId);
    return { owners: [item.responsiblePersonId], run: () => changeWorkItemStatus(app.db.prisma, viewer, { workItemId: item.id, status: 'CANCELLED', reason: '合并' }, now) };
  },
  REPORT_RISK: async (viewer, unitId) => ({
    owners: [],
    run: () => reportRisk(app.db.prisma, app.services.pubsub, viewer, { unitId, title: `报告${next()}`, mechanism: 'RISK_JUDGEMENT', riskClass: 'ACADEMIC_VIEWPOINT', severity: 'LOW' }, now),
  }),
  ASSESS_RISK: async (viewer, unitId) => {
    const risk = await riskAt(unitId, 'MONITORED');
    return { owners: [], run: () => transitionRisk(app.db.prisma, app.services.pubsub, viewer, { riskId: risk.id, to: 'ASSESSED', note: '研判' }, now) };
  },
  WARN_RISK: async (viewer, unitId) => {
    const risk = await riskAt(unitId, 'ASSESSED');
    return { owners: [], run: () => transitionRisk(app.db.prisma, app.services.pubsub, viewer, { riskId: risk.id, to: 'WARNED', note: '预警' }, now) };
  },
  HANDLE_RISK: async (viewer, unitId) => {
    const risk = await riskAt(unitId, 'WARNED');
    return { owners: [], run: () => transitionRisk(app.db.prisma, app.services.pubsub, viewer, { riskId: risk.id, to: 'HANDLED', note: '处置' }, now) };
  },
  CLOSE_RISK: async (viewer, unitId) => {
    const risk = await riskAt(unitId, 'HANDLED');
    return { owners: [], run: () => transitionRisk(app.db.prisma, app.services.pubsub, viewer, { riskId: risk.id, to: 'CLOSED', note: '销号' }, now) };
  },
  DISMISS_RISK: async (viewer, unitId) => {
    const risk = await riskAt(unitId, 'MONITORED');
    return { owners: [], run: () => transitionRisk(app.db.prisma, app.services.pubsub, viewer, { riskId: risk.id, to: 'DISMISSED', note: '不构成风险' }, now) };
  },
  RESPOND_TO_RISK: async (viewer, unitId) => {
    const risk = await riskAt(unitId, 'ASSESSED');
    return { owners: [risk.responsiblePersonId], run: () => recordRiskResponse(app.db.prisma, viewer, { riskId: risk.id, channel: 'INTERNAL_NOTICE', content: '通报' }, now) };
  },
  ADD_RECTIFICATION: async (viewer, unitId) => {
    const risk = await riskAt(unitId, 'HANDLED');
    return { owners: [], run: () => addRectification(app.db.prisma, viewer, { riskId: risk.id, task: '整改', responsiblePersonId: personIdOf(viewer), dueOn: today }, now) };
  },
  COMPLETE_RECTIFICATION: async (viewer, unitId) => {
    const risk = await riskAt(unitId, 'HANDLED');
    const item = await addRectification(app.db.prisma, secretary, { riskId: risk.id, task: '整改', responsiblePersonId: person('王建国'), dueOn: today }, now);
    return { owners: [item.responsiblePersonId], run: () => completeRectification(app.db.prisma, viewer, { rectificationId: item.id }, now) };
  },
  REGISTER_CHANNEL: async (viewer, unitId) => {
    const channel = await channelAt(unitId);
    return { owners: [], run: () => updateOnlineChannel(app.db.prisma, viewer, { channelId: channel.id, name: `改名公众号${next()}` }, now) };
  },
  REVIEW_CHANNEL: async (viewer, unitId) => {
    const channel = await channelAt(unitId);
    return { owners: [channel.reviewerPersonId, channel.responsiblePersonId], run: () => recordChannelReview(app.db.prisma, viewer, { channelId: channel.id, result: 'PASSED' }, now) };
  },
  FILE_ZERO_REPORT: async (viewer, unitId) => {
    const n = next();
    const period = `${2020 - Math.floor(n / 4)}-Q${(n % 4) + 1}`;
    return { owners: [], run: () => fileChannelZeroReport(app.db.prisma, viewer, { unitId, period }, now) };
  },
  RECORD_LIAISON: async (viewer, unitId) => {
    // A team member other than the viewer (so the owner path does not answer), or the viewer when they are the only one.
    const leader = (await teamMemberOf(unitId, personIdOf(viewer))) ?? personIdOf(viewer);
    return {
      owners: [leader],
      run: () => recordLiaisonContact(app.db.prisma, viewer, {
        unitId, leaderPersonId: leader, sector: 'EDUCATION_SCIENCE', date: today, form: 'VISIT', contactName: '陆老师', contactAffiliation: '大丰高级中学',
      }, now),
    };
  },
  RECORD_TRAINING: async (viewer, unitId) => ({
    owners: [],
    run: () => recordTraining(app.db.prisma, viewer, {
      unitId, course: `培训${next()}`, date: today, hours: '2.00', layer: 'PARTY_MEMBER', trainingClass: 'IDEOLOGICAL_WORK', participants: [{ personId: personIdOf(viewer) }],
    }, now),
  }),
  CHANGE_UNITS: async (viewer, unitId) => {
    const found = await app.db.prisma.orgUnit.findUniqueOrThrow({ where: { id: unitId } });
    return { owners: [], run: () => renameUnit(app.db.prisma, viewer, { unitId, name: `${found.name.slice(0, 80)}·${next()}` }) };
  },
};

/** Codes that mean "the action was permitted, and a rule of its own then answered" (not authorization). */
const PERMITTED_CODES: Partial<Record<Action, string[]>> = { FILE_ZERO_REPORT: ['UNIT_HAS_CHANNEL'], FILE_DUTY_REPORT: ['RECORD_PERSON_NOT_TEAM_MEMBER'] };

function expected(viewer: Viewer, action: Action, unitId: string, owners: readonly string[]): 'OK' | 'FORBIDDEN' | 'NOT_FOUND' {
  const personId = personIdOf(viewer);
  if (!referenceVisibleUnits(world, personId).has(unitId)) return 'NOT_FOUND';
  const rule = EXPECTED[action];
  if (rule.owner && owners.includes(personId)) return 'OK';
  return referenceHolds(world, personId, rule.holders, unitId) ? 'OK' : 'FORBIDDEN';
}

beforeAll(async () => {
  app = await createTestApp();
  now = app.services.now();
  today = todayInChina(now);
  world = await loadWorld(app.db.prisma);
  secretary = await viewerOf(person('王建国'));
  const plan = await app.db.prisma.annualPlan.findFirst({ where: { tenantId: app.demo.bureau.tenantId, year: today.getUTCFullYear() } });
  planId = plan?.id ?? (await createAnnualPlan(app.db.prisma, secretary, { year: today.getUTCFullYear() })).id;
}, 120_000);
afterAll(() => app?.close());

describe('the table', () => {
  it('names every action once, with holders, a bilingual label and a reason from the plan', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [action, rule] of Object.entries(ACTIONS)) {
      expect(rule.holders.length, action).toBeGreaterThan(0);
      expect(rule.zh, action).toMatch(/\p{Script=Han}/u);
      expect(rule.reason.length, action).toBeGreaterThan(10);
    }
  });
});

describe('a dual-duty member (张海涛, 一岗双责 over 大丰林场党委) acts in their 分管 scope', () => {
  let zhang: Viewer;
  beforeAll(async () => {
    zhang = await viewerOf(person('张海涛'));
  });

  // Every action the table opens to DUAL_DUTY, performed inside the scope (林场党委 and a branch of it),
  // then on the bureau committee they sit on (visible, not theirs: FORBIDDEN naming the action) and on
  // 局机关党委 (outside their scope, invisible: NOT_FOUND, exactly like a missing unit).
  const allowed = (Object.keys(PERFORM) as Action[]).filter((a) => EXPECTED[a].holders.includes('DUAL'));

  it.each(allowed)('%s: done inside the scope, FORBIDDEN on the bureau committee, NOT_FOUND outside', async (action) => {
    for (const key of ['forestry', 'forestry.b1']) {
      const { run } = await PERFORM[action]!(zhang, unit(key));
      const code = await outcome(run);
      expect([undefined, 'OK', ...(PERMITTED_CODES[action] ?? [])], `${action} at ${key}`).toContain(code);
    }
    const atBureau = await PERFORM[action]!(zhang, unit('bureau'));
    if (!EXPECTED[action].holders.includes('MEMBER')) {
      const refused = await outcome(atBureau.run);
      expect(refused, `${action} at the bureau committee`).toBe('FORBIDDEN');
    }
    const outside = await PERFORM[action]!(zhang, unit('organs'));
    expect(await outcome(outside.run), `${action} at 局机关党委`).toBe('NOT_FOUND');
  });

  it('a team member files their own duty report (四(二)), and only their own', async () => {
    const own = await outcome(() => createWorkRecord(app.db.prisma, zhang, { unitId: unit('bureau'), kind: 'DUTY_REPORT', date: today, title: '张海涛述职报告', personId: personIdOf(zhang) }, now));
    expect(own).toBe('OK');
    const other = await teamMemberOf(unit('bureau'), personIdOf(zhang));
    const forOther = await outcome(() => createWorkRecord(app.db.prisma, zhang, { unitId: unit('bureau'), kind: 'DUTY_REPORT', date: today, title: '代他人述职', personId: other! }, now));
    expect(forOther).toBe('FORBIDDEN');
  });

  it('the refusal names the action, in Chinese and English', async () => {
    const { run } = await PERFORM.RECORD_WORK!(zhang, unit('bureau'));
    const error = await run().then(() => null, (e: unknown) => e as { message: string; extensions: Record<string, unknown> });
    expect(error?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'RECORD_WORK' });
    expect(error?.message).toContain('登记工作记录');
    expect(error?.message).toContain('record work');
  });

  it('closing and dismissing a risk stay with the first and direct responsible people, even in the scope', async () => {
    for (const action of ['CLOSE_RISK', 'DISMISS_RISK'] as const) {
      const { run } = await PERFORM[action]!(zhang, unit('forestry.b1'));
      expect(await outcome(run), action).toBe('FORBIDDEN');
    }
  });

  it('structure, plan, rules, indicators, assessment rounds, accountability and misconduct cases are refused', async () => {
    const { prisma } = app.db;
    const refusals = {
      APPOINT: await outcome(() => appointToPost(prisma, zhang, { unitId: unit('forestry.b1'), personId: person('冯军'), role: 'MEMBER' } as never, now)),
      CHANGE_UNITS: await outcome(() => renameUnit(prisma, zhang, { unitId: unit('forestry.b1'), name: '林场第一党支部（改）' })),
      PLAN_YEAR: await outcome(() => createAnnualPlan(prisma, zhang, { year: 2039 })),
      SET_OBLIGATION_RULES: await outcome(async () => {
        const rule = await prisma.obligationRule.findFirstOrThrow({ where: { tenantId: app.demo.bureau.tenantId, origin: 'LOCAL' } });
        return updateObligationRule(prisma, zhang, rule.id, { name: '改' } as never);
      }),
      DEFINE_INDICATORS: await outcome(() => defineIndicatorSet(prisma, zhang, {
        year: 2039, ratingScaleMin: '0', ratingScaleMax: '100',
        definitions: [{ code: 'M', name: '综合', weight: '100', scoring: 'MANUAL', target: '100' }],
      } as never)),
      START_ASSESSMENT_ROUND: await outcome(() => startUnitAssessments(prisma, zhang, { year: today.getUTCFullYear(), committeeId: unit('forestry') })),
      RECORD_MISCONDUCT_CASE: await outcome(() => recordMisconductCase(prisma, zhang, {
        unitId: unit('forestry.b1'), personId: person('蒋涛'), venue: 'INTERNET', misconductClass: 'POLITICAL_RUMOUR', occurredOn: today, summary: '测试',
      } as never, now)),
    };
    expect(refusals).toEqual({
      APPOINT: 'FORBIDDEN', CHANGE_UNITS: 'FORBIDDEN', PLAN_YEAR: 'FORBIDDEN', SET_OBLIGATION_RULES: 'FORBIDDEN',
      DEFINE_INDICATORS: 'FORBIDDEN', START_ASSESSMENT_ROUND: 'FORBIDDEN', RECORD_MISCONDUCT_CASE: 'FORBIDDEN',
    });
    // Accountability keeps its own answer (reveals nothing about the unit): the table refuses first, then DECIDERS.
    const measure = await outcome(() => recordAccountability(prisma, zhang, {
      unitId: unit('forestry.b1'), personId: person('蒋涛'), measure: 'REMINDER', basis: '测试', decidingBody: '局党委', decidedOn: today,
    } as never, now));
    expect(measure).toBe('ACCOUNTABILITY_OUTSIDE_SCOPE');
  });
});

describe('property: random person × action × unit answers as the table says', () => {
  it('NOT_FOUND when the unit is hidden, FORBIDDEN when visible but not permitted, done when permitted', async () => {
    const { prisma } = app.db;
    const tenantId = app.demo.bureau.tenantId;
    const people = [...new Set(world.posts.filter((p) => p.tenantId === tenantId).map((p) => p.personId))].sort();
    const units = (await prisma.orgUnit.findMany({ where: { tenantId, archivedAt: null }, select: { id: true }, orderBy: { id: 'asc' } })).map((u) => u.id);
    const teamUnits = new Set((await prisma.post.findMany({ where: { tenantId, endDate: null, role: { in: [...TEAM_ROLES] } }, select: { unitId: true } })).map((p) => p.unitId));
    const actions = Object.keys(PERFORM) as Action[];
    const viewers = new Map<string, Viewer>();
    const tally = { OK: 0, FORBIDDEN: 0, NOT_FOUND: 0 };
    await fc.assert(
      // A third of the draws name any unit, a third one the person sees, a third one they see without
      // answering for it (so FORBIDDEN and done are not drowned by NOT_FOUND).
      fc.asyncProperty(fc.constantFrom(...people), fc.constantFrom(...actions), fc.constantFrom('ANY', 'SEEN', 'ONLY_SEEN'), fc.nat(), async (personId, action, draw, index) => {
        const seen = units.filter((id) => referenceVisibleUnits(world, personId).has(id));
        const onlySeen = seen.filter((id) => !referenceHolds(world, personId, ANSWERABLE, id));
        const pool = draw === 'ANY' ? units : draw === 'SEEN' || !onlySeen.length ? seen : onlySeen;
        const unitId = pool[index % pool.length]!;
        if (action === 'RECORD_LIAISON' && !teamUnits.has(unitId)) return;
        const viewer = viewers.get(personId) ?? (await viewerOf(personId));
        viewers.set(personId, viewer);
        const { owners, run } = await PERFORM[action]!(viewer, unitId);
        const want = expected(viewer, action, unitId, owners);
        const got = await outcome(run);
        const normalised = want === 'OK' && PERMITTED_CODES[action]?.includes(got) ? 'OK' : got;
        tally[want] += 1;
        expect(normalised, `${action} by ${personId} on ${unitId}`).toBe(want);
      }),
      fcParameters('duties actions', { seed: 20261203, numRuns: Number(process.env.ACTION_RUNS ?? 120) }),
    );
    // The sample covers all three answers.
    console.info('actions property: expected answers', tally);
    expect(tally.OK).toBeGreaterThan(0);
    expect(tally.FORBIDDEN).toBeGreaterThan(0);
    expect(tally.NOT_FOUND).toBeGreaterThan(0);
  }, 600_000);
});
