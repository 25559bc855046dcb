import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';

/**
 * The yardstick belongs to the district, and carries forward (issue 21 items 4 and 5, 三(三)10, 四(二)):
 * the sets that assess the bureau committee's team and its members (BUREAU_TEAM) are 区委组织部's — it
 * defines them or approves a version the bureau proposes; a bureau's own sets (INTERNAL) apply below
 * its committee. A year without a version of its own uses the latest earlier one, so opening 2027 on
 * 2027-01-02 uses the version in force, and pins it on the assessment.
 */

const Define = graphql(`
  mutation TeamSetsDefine($input: DefineIndicatorSetInput!) {
    defineIndicatorSet(input: $input) { indicatorSet { id year version purpose status definedByRole } }
  }
`);
const Propose = graphql(`
  mutation TeamSetsPropose($input: ProposeIndicatorSetInput!) {
    proposeIndicatorSet(input: $input) { indicatorSet { id year version purpose status } }
  }
`);
const Approve = graphql(`
  mutation TeamSetsApprove($id: ID!) {
    approveIndicatorSet(input: { id: $id }) { indicatorSet { id year version purpose status approvedByRole approvedAt } }
  }
`);
const Sets = graphql(`
  query TeamSetsList($purpose: IndicatorSetPurpose, $tenantId: ID) {
    indicatorSets(purpose: $purpose, tenantId: $tenantId) { id year version purpose status definedByRole approvedByRole }
  }
`);
const OpenTeam = graphql(`
  mutation TeamSetsOpen($input: OpenTeamAssessmentsInput!) {
    openTeamAssessments(input: $input) { assessments { id subjectName indicatorSet { id year version purpose } } }
  }
`);
const Create = graphql(`
  mutation TeamSetsCreate($year: Int!, $unitId: ID!) {
    createAssessment(input: { year: $year, unitId: $unitId }) { assessment { id indicatorSet { id year purpose } } }
  }
`);

const ONE = (code: string, target = '2') => [{ code, name: `${code} 指标`, weight: '100', scoring: 'DERIVED' as const, source: 'COMMITTEE_STUDIES', target }];
const SET = (year: number, code: string) => ({ year, ratingScaleMin: '1', ratingScaleMax: '5', definitions: ONE(code) });

let app: TestApp;
let tenantId: string;
const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);
const as = (username: string) => app.login(username);
const teamSets = () => app.db.prisma.indicatorSet.findMany({ where: { tenantId, purpose: 'BUREAU_TEAM' }, orderBy: [{ year: 'asc' }, { version: 'asc' }] });
const writes = async () => ({ sets: await app.db.prisma.indicatorSet.count(), audit: await app.db.prisma.auditEvent.count() });

beforeAll(async () => {
  app = await createTestApp();
  tenantId = app.demo.bureau.tenantId;
  app.setNow(new Date('2026-12-31T02:00:00Z'));
});
afterAll(() => app?.close());

describe('the team\'s yardstick is the district\'s (item 4)', () => {
  it('a bureau account cannot define, edit or approve the committee team\'s set: FORBIDDEN, nothing written', async () => {
    const secretary = await as('secretary');
    const before = await writes();
    expect(codes(await app.run(Define, { input: { ...SET(2026, 'EASY'), purpose: 'BUREAU_TEAM' } }, secretary))).toEqual(['FORBIDDEN']);
    expect(codes(await app.run(Define, { input: { ...SET(2026, 'EASY'), purpose: 'BUREAU_TEAM', tenantId } }, secretary))).toEqual(['FORBIDDEN']);
    const [v1] = await teamSets();
    expect(codes(await app.run(Approve, { id: globalId('IndicatorSet', v1!.id) }, secretary))).toEqual(['FORBIDDEN']);
    // another district role is not 区委组织部
    expect(codes(await app.run(Define, { input: { ...SET(2026, 'EASY'), purpose: 'BUREAU_TEAM', tenantId } }, await as('district.propaganda')))).toEqual(['FORBIDDEN']);
    expect(await writes()).toEqual(before);
  });

  it('区委组织部 defines a new version of the bureau team\'s set; the bureau sees it beside its own', async () => {
    const r = await app.ok(Define, { input: { ...SET(2026, 'DISTRICT_A'), purpose: 'BUREAU_TEAM', tenantId } }, await as('district.organisation'));
    expect(r.defineIndicatorSet.indicatorSet).toMatchObject({ year: 2026, purpose: 'BUREAU_TEAM', status: 'ACTIVE', definedByRole: 'ORGANISATION_DEPARTMENT' });
    const sets = await teamSets();
    expect(sets.filter((s) => s.year === 2026 && s.status === 'ACTIVE').map((s) => s.version)).toEqual([r.defineIndicatorSet.indicatorSet.version]);
    const seen = (await app.ok(Sets, { purpose: 'BUREAU_TEAM' }, await as('secretary'))).indicatorSets;
    expect(seen.find((s) => s.id === r.defineIndicatorSet.indicatorSet.id)).toMatchObject({ definedByRole: 'ORGANISATION_DEPARTMENT' });
    // the district lists the team sets of its bureaus, never a bureau's own
    const district = (await app.ok(Sets, { tenantId }, await as('district.organisation'))).indicatorSets;
    expect(district.length).toBeGreaterThan(0);
    expect(district.every((s) => s.purpose === 'BUREAU_TEAM')).toBe(true);
    const audit = await app.db.prisma.auditEvent.findFirst({ where: { entityId: (await teamSets()).at(-1)!.id, action: 'indicatorSet.define' } });
    expect(audit).not.toBeNull();
  });

  it('the bureau proposes; its proposal applies to nothing until 区委组织部 approves it', async () => {
    const secretary = await as('secretary');
    const proposed = (await app.ok(Propose, { input: SET(2026, 'PROPOSED_B') }, secretary)).proposeIndicatorSet.indicatorSet;
    expect(proposed).toMatchObject({ purpose: 'BUREAU_TEAM', status: 'PROPOSED' });
    const active = (await teamSets()).filter((s) => s.status === 'ACTIVE' && s.year === 2026);
    expect(active.map((s) => s.id)).not.toContain(globalIdOf(proposed.id));
    expect(codes(await app.run(Approve, { id: proposed.id }, await as('district.committee')))).toEqual(['FORBIDDEN']);
    const approved = (await app.ok(Approve, { id: proposed.id }, await as('district.organisation'))).approveIndicatorSet.indicatorSet;
    expect(approved).toMatchObject({ status: 'ACTIVE', approvedByRole: 'ORGANISATION_DEPARTMENT' });
    expect((await teamSets()).filter((s) => s.status === 'ACTIVE' && s.year === 2026).map((s) => s.id)).toEqual([globalIdOf(proposed.id)]);
    // approved once: approving again is refused
    expect(codes(await app.run(Approve, { id: proposed.id }, await as('district.organisation')))).toEqual(['INDICATOR_SET_NOT_PROPOSED']);
    expect(await app.db.prisma.auditEvent.count({ where: { entityId: globalIdOf(proposed.id), action: { in: ['indicatorSet.propose', 'indicatorSet.approve'] } } })).toBe(2);
  });

  it('the database refuses a team set in force that no district role defined or approved', async () => {
    const [person] = [app.demo.bureau.people.get('王建国')!];
    const error = await app.db.prisma.indicatorSet.create({
      data: { tenantId, purpose: 'BUREAU_TEAM', year: 2040, version: 1, status: 'ACTIVE', ratingScaleMin: 1, ratingScaleMax: 5, createdById: person },
    }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/IndicatorSet_team_set_by_district_rule/);
  });
});

describe('sets carry into a new year (item 5): 2026-12-31 → 2027-01-02', () => {
  it('opening 2027 uses the latest version in force (2026\'s approved team set), pinned on each assessment', async () => {
    app.setNow(new Date('2027-01-02T02:00:00Z'));
    const inForce = (await teamSets()).find((s) => s.year === 2026 && s.status === 'ACTIVE')!;
    expect(await app.db.prisma.indicatorSet.count({ where: { tenantId, year: 2027 } })).toBe(0);
    const opened = (await app.ok(OpenTeam, { input: { unitId: unit('bureau'), year: 2027 } }, await as('district.committee'))).openTeamAssessments.assessments;
    expect(opened.length).toBe(8);
    expect(new Set(opened.map((a) => a.indicatorSet.id))).toEqual(new Set([globalId('IndicatorSet', inForce.id)]));
    expect(opened[0]!.indicatorSet).toMatchObject({ year: 2026, purpose: 'BUREAU_TEAM' });
    const rows = await app.db.prisma.assessment.findMany({ where: { tenantId, year: 2027 }, select: { setId: true } });
    expect(rows.every((a) => a.setId === inForce.id)).toBe(true);
  });

  it('a unit below the committee is assessed on the bureau\'s own set, carried forward too', async () => {
    const created = (await app.ok(Create, { year: 2027, unitId: unit('forestry') }, await as('secretary'))).createAssessment.assessment;
    expect(created.indicatorSet).toMatchObject({ purpose: 'INTERNAL' });
    expect(created.indicatorSet.year).toBeLessThan(2027);
  });

  it('a 2027 version defined later does not move the opened assessments; the bureau\'s own new set never reaches the team', async () => {
    const pinned = (await app.db.prisma.assessment.findFirstOrThrow({ where: { tenantId, year: 2027, unitId: app.demo.bureau.units.get('bureau')!, personId: null } })).setId;
    await app.ok(Define, { input: { ...SET(2027, 'DISTRICT_2027'), purpose: 'BUREAU_TEAM', tenantId } }, await as('district.organisation'));
    await app.ok(Define, { input: SET(2027, 'BUREAU_OWN') }, await as('secretary'));
    const after = await app.db.prisma.assessment.findMany({ where: { tenantId, year: 2027, unitId: app.demo.bureau.units.get('bureau')! }, select: { setId: true } });
    expect(after.every((a) => a.setId === pinned)).toBe(true);
  });
});

function globalIdOf(id: string) {
  return decodeGlobalID(id).id;
}
