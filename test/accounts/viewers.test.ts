import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { globalId } from '../../src/lib/ids.js';
import { formatDate, todayInChina } from '../../src/lib/dates.js';

/** Administrators in the demo (district.admin, zrzy.admin), the district's view of a new bureau, and dated posts. */

const Units = graphql(`query AdminUnits { orgUnits(first: 200) { totalCount } }`);
const Records = graphql(`
  query AdminRecords {
    risks(first: 5) { totalCount }
  }
`);
const WorkItems = graphql(`query AdminWorkItems { workItems(first: 5) { totalCount } }`);
const Assessments = graphql(`query AdminAssessments { assessments(first: 5) { totalCount } }`);
const Trail = graphql(`query AdminTrail { auditTrail(first: 1) { totalCount } }`);
const Node = graphql(`query AdminNode($id: ID!) { node(id: $id) { id } }`);
const Overview = graphql(`query AdminOverview($year: Int!) { districtOverview(year: $year) { tenant { name } } }`);
const CreateBureau = graphql(`
  mutation AdminCreateBureau($input: CreateBureauInput!) { createBureau(input: $input) { tenant { id name } temporaryPassword } }
`);
const CreatePerson = graphql(`mutation AdminCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`);
const Appoint = graphql(`mutation AdminAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }`);
const CreateAccount = graphql(`mutation AdminCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { temporaryPassword } }`);
const ChangePassword = graphql(`mutation AdminChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }`);

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const bureauUnits = () => app.db.prisma.orgUnit.count({ where: { tenantId: app.demo.bureau.tenantId, archivedAt: null } });

describe('bureau administrators', () => {
  it('see the whole structure of their bureau and no records', async () => {
    const admin = await app.login('zrzy.admin');
    expect((await app.ok(Units, {}, admin)).orgUnits.totalCount).toBe(await bureauUnits());
    expect(codes(await app.run(Records, {}, admin))).toEqual(['FORBIDDEN']);
    expect(codes(await app.run(WorkItems, {}, admin))).toEqual(['FORBIDDEN']);
    expect(codes(await app.run(Assessments, {}, admin))).toEqual(['FORBIDDEN']);
    expect(codes(await app.run(Trail, {}, admin))).toEqual(['FORBIDDEN']);
    const risk = await app.db.prisma.risk.findFirstOrThrow({ where: { tenantId: app.demo.bureau.tenantId } });
    expect((await app.ok(Node, { id: globalId('Risk', risk.id) }, admin)).node).toBeNull();
    // Nothing of the other bureau.
    const other = app.demo.housing.units.get('bureau')!;
    expect((await app.ok(Node, { id: globalId('OrgUnit', other) }, admin)).node).toBeNull();
  });

  it('who also hold a post see records through their person\'s scope only', async () => {
    const account = await app.db.prisma.userAccount.update({ where: { username: 'branch.organs1' }, data: { isAdministrator: true } });
    const token = (await app.services.tokens.issue(account.id, account.sessionVersion)).token;
    expect((await app.ok(Units, {}, token)).orgUnits.totalCount).toBe(await bureauUnits());
    const branch = app.demo.bureau.units.get('organs.b1')!;
    const risksOfBranch = await app.db.prisma.risk.count({ where: { tenantId: app.demo.bureau.tenantId, unitId: branch } });
    expect((await app.ok(Records, {}, token)).risks.totalCount).toBe(risksOfBranch);
    expect(codes(await app.run(Trail, {}, token))).toEqual(['FORBIDDEN']);
    await app.db.prisma.userAccount.update({ where: { id: account.id }, data: { isAdministrator: false } });
  });
});

describe('the district', () => {
  it('sees a new bureau in districtOverview as soon as it exists (issue 9, item 6)', async () => {
    const year = todayInChina().getUTCFullYear();
    const before = (await app.ok(Overview, { year }, await app.login('district.committee'))).districtOverview.length;
    const created = (await app.ok(CreateBureau, {
      input: { code: 'dafeng-nyj', name: '中共盐城市大丰区农业农村局委员会', shortName: '区农业农村局', adminUsername: 'nyj.admin' },
    }, await app.login('district.admin'))).createBureau;
    expect(created.temporaryPassword).toMatch(/^[A-Za-z2-9]{12}$/);
    const after = (await app.ok(Overview, { year }, await app.login('district.committee'))).districtOverview;
    expect(after).toHaveLength(before + 1);
    expect(after.map((b) => b.tenant.name)).toContain('中共盐城市大丰区农业农村局委员会');
    // District roles do not create bureaus; only the district administrator does.
    expect(codes(await app.run(CreateBureau, {
      input: { code: 'dafeng-x', name: 'x', shortName: 'x', adminUsername: 'x.admin' },
    }, await app.login('district.committee')))).toEqual(['FORBIDDEN']);
  });
});

describe('dated posts (issue 10, item 5)', () => {
  it('a post that starts tomorrow grants no scope until it starts', async () => {
    const admin = await app.login('zrzy.admin');
    const person = (await app.ok(CreatePerson, { input: { name: '新任支部书记', jobTitle: '党员' } }, admin)).createPerson.person.id;
    const today = todayInChina(new Date());
    const tomorrow = new Date(today.getTime() + 86_400_000);
    await app.ok(Appoint, { input: { unitId: globalId('OrgUnit', app.demo.bureau.units.get('organs.b2')!), personId: person, role: 'MEMBER', startDate: formatDate(tomorrow) } }, admin);
    const temporaryPassword = (await app.ok(CreateAccount, { input: { username: 'future.member', personId: person } }, admin)).createAccount.temporaryPassword;
    const first = await app.login('future.member', temporaryPassword);
    const token = (await app.ok(ChangePassword, { input: { currentPassword: temporaryPassword, newPassword: 'Future-2026!' } }, first)).changePassword.token;
    expect((await app.ok(Units, {}, token)).orgUnits.totalCount).toBe(0);
    app.setNow(new Date(Date.now() + 2 * 86_400_000));
    try {
      expect((await app.ok(Units, {}, token)).orgUnits.totalCount).toBe(1);
    } finally {
      app.setNow(new Date());
    }
  });
});
