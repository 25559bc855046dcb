import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { subscribe } from '../risks/sse.js';
import { runSetup } from '../../src/modules/tenancy/setup.js';
import { PLAN_2022_RULES } from '../../src/modules/obligations/service.js';
import { DEFAULT_INDICATORS } from '../../src/modules/assessment/defaults.js';
import { todayInChina } from '../../src/lib/dates.js';

/**
 * The path a real district takes, from an empty database to a bureau at work (issue 9), as one
 * test: on PGlite, and on PostgreSQL with DATABASE_URL.
 */

const Login = graphql(`
  mutation PathLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) { token mustChangePassword }
  }
`);
const ChangePassword = graphql(`
  mutation PathChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { token }
  }
`);
const Bureaus = graphql(`query PathBureaus { bureaus { name code } }`);
const CreateBureau = graphql(`
  mutation PathCreateBureau($input: CreateBureauInput!) {
    createBureau(input: $input) { tenant { id name } temporaryPassword administrator { username mustChangePassword } }
  }
`);
const Me = graphql(`query PathViewer { viewer { username isAdministrator person { name } tenant { name } } }`);
const Units = graphql(`query PathUnits { orgUnits(first: 100) { totalCount edges { node { id name code kind } } } }`);
const CreateUnit = graphql(`
  mutation PathCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id name } } }
`);
const CreatePerson = graphql(`
  mutation PathCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }
`);
const Appoint = graphql(`
  mutation PathAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id role } } }
`);
const CreateAccount = graphql(`
  mutation PathCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { account { username } temporaryPassword } }
`);
const Risks = graphql(`query PathRisks { risks(first: 5) { totalCount } }`);
const Disable = graphql(`mutation PathDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { username disabled } } }`);
const Enable = graphql(`mutation PathEnable($input: EnableAccountInput!) { enableAccount(input: $input) { account { username disabled } } }`);
const Reset = graphql(`mutation PathReset($input: ResetPasswordInput!) { resetPassword(input: $input) { account { username mustChangePassword } temporaryPassword } }`);

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: false });
});
afterAll(() => app?.close());

const login = async (username: string, password: string) => (await app.ok(Login, { username, password })).login;

/** Signs in with a one-time password and changes it; returns the token of the new session. */
async function firstSignIn(username: string, temporaryPassword: string, newPassword: string) {
  const first = await login(username, temporaryPassword);
  expect(first.mustChangePassword).toBe(true);
  const changed = await app.ok(ChangePassword, { input: { currentPassword: temporaryPassword, newPassword } }, first.token);
  return changed.changePassword.token;
}

describe('from an empty database to a bureau at work', () => {
  it('setup → district admin → createBureau → bureau admin builds the structure → people sign in and see their scope → disable and reset end sessions', async () => {
    // 1. `npm run setup` on an empty database.
    const printed: string[] = [];
    expect(await runSetup(app.db.prisma, ['--district', '盐城市大丰区', '--admin', 'dafeng.admin'], (l) => printed.push(l))).toBe(0);
    const districtPassword = /one-time password[^:]*: (\S+)/.exec(printed.join('\n'))?.[1];
    expect(districtPassword).toMatch(/^[A-Za-z2-9]{12}$/);
    // Run again: a clear refusal, nothing changed.
    const again: string[] = [];
    expect(await runSetup(app.db.prisma, ['--district', '盐城市大丰区', '--admin', 'other.admin'], (l) => again.push(l))).toBe(1);
    expect(again.join('\n')).toMatch(/DISTRICT_EXISTS/);
    expect(await app.db.prisma.userAccount.count()).toBe(1);

    // 2. First sign-in: everything but changePassword is refused until the password is changed.
    const pending = await login('dafeng.admin', districtPassword!);
    expect(pending.mustChangePassword).toBe(true);
    expect(codes(await app.run(Bureaus, {}, pending.token))).toEqual(['PASSWORD_CHANGE_REQUIRED']);
    expect(codes(await app.run(Me, {}, pending.token))).toEqual(['PASSWORD_CHANGE_REQUIRED']);
    expect(codes(await app.run(CreateBureau, { input: { code: 'x', name: 'x', shortName: 'x', adminUsername: 'x.admin' } }, pending.token)))
      .toEqual(['PASSWORD_CHANGE_REQUIRED']);
    // Password rules, each refusal saying why.
    const weak = async (newPassword: string) => (await app.run(ChangePassword, { input: { currentPassword: districtPassword!, newPassword } }, pending.token)).errors?.[0]?.extensions;
    expect(await weak('short1')).toMatchObject({ code: 'WEAK_PASSWORD', reason: 'TOO_SHORT' });
    expect(await weak('Dafeng.Admin')).toMatchObject({ code: 'WEAK_PASSWORD', reason: 'SAME_AS_USERNAME' });
    expect(await weak(districtPassword!)).toMatchObject({ code: 'WEAK_PASSWORD', reason: 'SAME_AS_CURRENT' });
    expect(codes(await app.run(ChangePassword, { input: { currentPassword: 'wrong-password', newPassword: 'Dafeng-2026!' } }, pending.token))).toEqual(['INVALID_CREDENTIALS']);
    const district = (await app.ok(ChangePassword, { input: { currentPassword: districtPassword!, newPassword: 'Dafeng-2026!' } }, pending.token)).changePassword.token;
    // The one-time session ended with the change; the new one works.
    expect(codes(await app.run(Bureaus, {}, pending.token))).toEqual(['UNAUTHENTICATED']);
    expect((await app.ok(Bureaus, {}, district)).bureaus).toEqual([]);
    expect((await login('dafeng.admin', 'Dafeng-2026!')).mustChangePassword).toBe(false);

    // 3. The district administrator creates a bureau: with everything the plan gives every bureau.
    const created = (await app.ok(CreateBureau, {
      input: { code: 'dafeng-zrzy', name: '中共盐城市大丰区自然资源和规划局委员会', shortName: '区自然资源和规划局', adminUsername: 'zrzy.admin' },
    }, district)).createBureau;
    expect(created.tenant.name).toBe('中共盐城市大丰区自然资源和规划局委员会');
    expect(created.administrator).toEqual({ username: 'zrzy.admin', mustChangePassword: true });
    const tenant = await app.db.prisma.tenant.findFirstOrThrow({ where: { code: 'dafeng-zrzy' }, include: { units: true, obligationRules: true, indicatorSets: { include: { definitions: true } } } });
    expect(tenant.units.map((u) => [u.kind, u.code, u.name])).toEqual([['BUREAU_COMMITTEE', 'dafeng-zrzy', '中共盐城市大丰区自然资源和规划局委员会']]);
    expect(tenant.obligationRules.map((r) => r.code)).toEqual(expect.arrayContaining(PLAN_2022_RULES.map((r) => r.code)));
    expect(tenant.planTemplateId).toBe('plan-2022');
    expect(tenant.indicatorSets.map((s) => [s.year, s.definitions.length])).toEqual([[todayInChina().getUTCFullYear(), DEFAULT_INDICATORS.length]]);
    expect((await app.ok(Bureaus, {}, district)).bureaus).toEqual([{ name: '中共盐城市大丰区自然资源和规划局委员会', code: 'dafeng-zrzy' }]);
    expect(codes(await app.run(CreateBureau, {
      input: { code: 'dafeng-zrzy', name: '重复', shortName: '重复', adminUsername: 'dup.admin' },
    }, district))).toEqual(['BUREAU_CODE_TAKEN']);

    // 4. The bureau administrator signs in, changes the one-time password and builds the structure.
    const admin = await firstSignIn('zrzy.admin', created.temporaryPassword, 'Zrzy-admin-2026');
    expect((await app.ok(Me, {}, admin)).viewer).toMatchObject({ username: 'zrzy.admin', isAdministrator: true, person: null, tenant: { name: tenant.name } });
    const root = (await app.ok(Units, {}, admin)).orgUnits.edges[0]!.node;
    const organs = (await app.ok(CreateUnit, { input: { parentId: root.id, kind: 'PARTY_COMMITTEE', name: '局机关党委' } }, admin)).createOrgUnit.orgUnit;
    const branch = (await app.ok(CreateUnit, { input: { parentId: organs.id, kind: 'BRANCH', name: '机关第一支部' } }, admin)).createOrgUnit.orgUnit;
    const person = async (name: string, jobTitle: string) => (await app.ok(CreatePerson, { input: { name, jobTitle } }, admin)).createPerson.person.id;
    const wang = await person('王建国', '党委书记、局长');
    const liu = await person('刘志华', '党委副书记');
    const zhang = await person('张海涛', '党委委员、副局长');
    const huang = await person('黄磊', '支部书记');
    await app.ok(Appoint, { input: { unitId: root.id, personId: wang, role: 'SECRETARY', title: '党委书记' } }, admin);
    await app.ok(Appoint, { input: { unitId: root.id, personId: liu, role: 'DEPUTY_SECRETARY', duty: { kind: 'DIRECT_RESPONSIBLE' } } }, admin);
    await app.ok(Appoint, { input: { unitId: root.id, personId: zhang, role: 'COMMITTEE_MEMBER', duty: { kind: 'DUAL_DUTY', scopeUnitIds: [organs.id] } } }, admin);
    await app.ok(Appoint, { input: { unitId: branch.id, personId: huang, role: 'SECRETARY' } }, admin);
    const account = async (username: string, personId: string) => (await app.ok(CreateAccount, { input: { username, personId } }, admin)).createAccount.temporaryPassword;
    const secretaryPassword = await account('secretary', wang);
    const memberPassword = await account('member', zhang);
    const branchPassword = await account('branch', huang);
    // The administrator sees the structure, no records.
    expect((await app.ok(Units, {}, admin)).orgUnits.totalCount).toBe(3);
    expect(codes(await app.run(Risks, {}, admin))).toEqual(['FORBIDDEN']);
    // Every administrator action is in the bureau's audit trail.
    const actions = (await app.db.prisma.auditEvent.findMany({ where: { tenantId: tenant.id }, orderBy: { seq: 'asc' }, select: { action: true } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['bureau.create', 'account.changePassword', 'unit.create', 'person.create', 'account.create']));

    // ---- 5. Org-chart import (the issue-9-import branch): dry run with a broken workbook, import,
    // re-import as a no-op, an edited workbook. Its steps go here, between the single mutations
    // above and the sign-ins below. ----

    // 6. The secretary and a 一岗双责 member sign in and see exactly their scope.
    const secretary = await firstSignIn('secretary', secretaryPassword, 'Secretary-2026');
    const member = await firstSignIn('member', memberPassword, 'Member-2026!');
    const branchSecretary = await firstSignIn('branch', branchPassword, 'Branch-2026!');
    const seen = async (token: string) => (await app.ok(Units, {}, token)).orgUnits.edges.map((e) => e.node.name).sort();
    expect(await seen(secretary)).toEqual(['中共盐城市大丰区自然资源和规划局委员会', '局机关党委', '机关第一支部'].sort());
    expect(await seen(member)).toEqual(['中共盐城市大丰区自然资源和规划局委员会', '局机关党委', '机关第一支部'].sort());
    expect(await seen(branchSecretary)).toEqual(['机关第一支部']);
    expect((await app.ok(Risks, {}, secretary)).risks.totalCount).toBe(0);

    // 7. Disabling an account mid-subscription ends its stream and refuses its token at once.
    const fetchFn = (url: string, init: RequestInit) => Promise.resolve(app.yoga.fetch(url, init));
    const stream = await subscribe<unknown>(fetchFn, 'http://zeren.test/graphql', 'subscription { notificationAdded { id } }', secretary);
    let ended = false;
    void stream.ended.then(() => { ended = true; });
    await new Promise((r) => setTimeout(r, 100));
    expect(ended).toBe(false);
    expect((await app.ok(Disable, { input: { username: 'secretary' } }, admin)).disableAccount.account).toEqual({ username: 'secretary', disabled: true });
    await Promise.race([stream.ended, new Promise((_, reject) => setTimeout(() => reject(new Error('the stream did not end')), 5000))]);
    expect(codes(await app.run(Units, {}, secretary))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await app.run(Login, { username: 'secretary', password: 'Secretary-2026' }))).toEqual(['INVALID_CREDENTIALS']);
    await app.ok(Enable, { input: { username: 'secretary' } }, admin);
    expect(codes(await app.run(Units, {}, secretary))).toEqual(['UNAUTHENTICATED']);
    expect((await login('secretary', 'Secretary-2026')).mustChangePassword).toBe(false);

    // 8. Resetting a password refuses the old token; the new one-time password must be changed.
    const reset = (await app.ok(Reset, { input: { username: 'member' } }, admin)).resetPassword;
    expect(reset.account).toEqual({ username: 'member', mustChangePassword: true });
    expect(codes(await app.run(Units, {}, member))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await app.run(Login, { username: 'member', password: 'Member-2026!' }))).toEqual(['INVALID_CREDENTIALS']);
    const memberAgain = await firstSignIn('member', reset.temporaryPassword, 'Member-2027!');

    // Who administers whom: a bureau administrator cannot touch the district's accounts nor
    // another bureau's, and they answer exactly like a missing account.
    const missing = await app.run(Reset, { input: { username: 'nobody' } }, admin);
    const district_ = await app.run(Reset, { input: { username: 'dafeng.admin' } }, admin);
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    expect(district_.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    // The district administrator administers bureau administrators, not the bureau's people.
    expect(codes(await app.run(Reset, { input: { username: 'secretary' } }, district))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(Disable, { input: { username: 'secretary' } }, memberAgain))).toEqual(['FORBIDDEN']);
    const adminReset = (await app.ok(Reset, { input: { username: 'zrzy.admin' } }, district)).resetPassword;
    expect(adminReset.account.mustChangePassword).toBe(true);
    expect(codes(await app.run(Units, {}, admin))).toEqual(['UNAUTHENTICATED']);
  });
});
