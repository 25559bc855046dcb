import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { subscribe } from '../risks/sse.js';
import { runSetup } from '../../src/modules/tenancy/setup.js';
import { PLAN_2022_RULES } from '../../src/modules/obligations/service.js';
import { DEFAULT_INDICATORS } from '../../src/modules/assessment/defaults.js';
import { formatDate, todayInChina } from '../../src/lib/dates.js';
import { importWorkbook, workbookBytes, type Chart } from '../orgchart/fixtures.js';

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
  it('setup → district admin → createBureau → bureau admin builds the structure → org-chart import (broken dry run, import, re-import, edit) → people sign in and see their scope → disable and reset end sessions', async () => {
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
    // Two default sets (issue 21): the district's for the bureau team, the bureau's own for assessments below it.
    expect(tenant.indicatorSets.map((s) => [s.purpose, s.year, s.definitions.length]).sort()).toEqual([
      ['BUREAU_TEAM', todayInChina().getUTCFullYear(), DEFAULT_INDICATORS.length],
      ['INTERNAL', todayInChina().getUTCFullYear(), DEFAULT_INDICATORS.length],
    ]);
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

    // 5. The org chart the bureau already keeps, imported from the template workbook: it adopts the
    // units and people made above (by name, they had no codes) and adds the rest.
    const t = 'dafeng-zrzy';
    const todayText = formatDate(todayInChina());
    const chart = (): Chart => ({
      units: [
        [t, '中共盐城市大丰区自然资源和规划局委员会', '局党委', ''],
        ['JG', '局机关党委', '党委', t],
        ['JG-1', '机关第一支部', '党支部', 'JG'],
        ['JG-2', '机关第二支部', '党支部', 'JG'],
        ['DZ', '大中自然资源所', '自然资源所', t],
        ['DZ-1', '大中自然资源所党支部', '党支部', 'DZ'],
      ],
      people: [
        ['P001', '王建国', '党委书记、局长'], ['P002', '刘志华', '党委副书记'], ['P003', '张海涛', '党委委员、副局长'],
        ['P004', '黄磊', '支部书记'], ['P005', '张海燕', '机关党委书记'], ['P006', '李明', '机关党委副书记'],
        ['P007', '孙丽', '大中自然资源所党支部书记'], ['P008', '陈立新', '党委委员、副局长'],
      ],
      posts: [
        ['P001', t, '书记', ''], ['P002', t, '副书记', ''], ['P003', t, '委员', ''], ['P004', 'JG-1', '书记', ''],
        ['P005', 'JG', '书记', '2022-03-01'], ['P006', 'JG', '副书记', new Date(Date.UTC(2022, 2, 1))],
        ['P007', 'DZ-1', '书记', 44562], ['P008', t, '委员', '2023-01-01'],
      ],
      duties: [
        ['P002', t, '直接责任人', ''], ['P003', t, '一岗双责', 'JG'], ['P006', 'JG', '直接责任人', ''], ['P008', t, '一岗双责', 'DZ'],
      ],
      accounts: [['secretary', 'P001'], ['jg.secretary', 'P005'], ['chen.lixin', 'P008']],
    });
    const counts = async () => {
      const p = app.db.prisma;
      const where = { tenantId: tenant.id };
      const [units, people, posts, duties, scopes, accounts, audit] = await Promise.all([
        p.orgUnit.count({ where }), p.person.count({ where }), p.post.count({ where }), p.duty.count({ where }),
        p.dutyScopeUnit.count({ where }), p.userAccount.count({ where }), p.auditEvent.count({ where }),
      ]);
      return { units, people, posts, duties, scopes, accounts, audit };
    };
    const built = await counts();
    expect(built).toMatchObject({ units: 3, people: 4, posts: 4, duties: 4, accounts: 4 });

    // 5a. A dry run of a broken workbook reports every problem, located, and writes nothing.
    const broken = chart();
    broken.units!.push(
      ['X1', '坏支部', '党支部', 'NOPE'], // unknown parent
      ['JG', '重复的机关党委', '党委', t], // duplicate code
      ['C1', '甲单位', '直属单位', 'C2'], ['C2', '乙单位', '直属单位', 'C1'], // a cycle
      ['BAD', '支部下的党委', '党委', 'JG-1'], // a party committee under a branch
    );
    broken.posts = [
      ['P001', t, '书记', ''], ['P002', t, '副书记', ''],
      ['P003', t, '委员', ''], // a 班子成员 without a duty (一岗双责)
      ['P004', 'JG-1', '书记', ''], ['P005', 'JG', '书记', ''], ['P006', 'JG', '副书记', ''], ['P008', t, '委员', ''],
      ['P999', t, '委员', ''], // a person the workbook does not define
      ['P008', 'DZ-1', '委员', ''], // DZ-1 has members and no 书记 (so no 第一责任人)
      ['P002', 'JG', '委员', ''],
    ];
    broken.duties = [
      ['P002', t, '直接责任人', ''], ['P006', 'JG', '直接责任人', ''], ['P008', t, '一岗双责', 'DZ'], ['P008', 'DZ-1', '一岗双责', 'DZ-1'],
      ['P002', 'JG', '一岗双责', 'DZ'], // 分管范围 outside 机关党委's subtree
    ];
    broken.accounts!.push(['ghost', 'P404']); // an account of a person the workbook does not define
    const dry = (await importWorkbook(app, admin, await workbookBytes(broken), true)).data!.importOrgChart;
    expect(dry).toMatchObject({ dryRun: true, applied: false, counts: { units: 0, people: 0, posts: 0, duties: 0, accounts: 0 }, accounts: [] });
    expect(dry.errors.map((e) => `${e.sheet}!${e.row}:${e.column}:${e.code}`).sort()).toEqual([
      '组织!8:上级编码:UNKNOWN_PARENT',
      '组织!9:编码:DUPLICATE_CODE',
      '组织!10:上级编码:CYCLE',
      '组织!11:上级编码:CYCLE',
      '组织!12:类型:UNIT_KIND_NOT_ALLOWED',
      '任职!4:班子职务:MEMBER_WITHOUT_DUTY',
      '任职!9:人员编码:UNKNOWN_PERSON',
      '任职!10:班子职务:FIRST_RESPONSIBLE_REQUIRED',
      '分工!6:分管范围:SCOPE_OUTSIDE_SUBTREE',
      '账号!5:人员编码:UNKNOWN_PERSON',
    ].sort());
    for (const e of dry.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await counts()).toEqual(built);
    // Not a dry run: the same report, still nothing written.
    const refused = (await importWorkbook(app, admin, await workbookBytes(broken), false)).data!.importOrgChart;
    expect(refused.applied).toBe(false);
    expect(refused.errors).toEqual(dry.errors);
    expect(await counts()).toEqual(built);

    // 5b. The good workbook: a dry run says what would change, then the import does it.
    const preview = (await importWorkbook(app, admin, await workbookBytes(chart()), true)).data!.importOrgChart;
    expect(preview.errors).toEqual([]);
    expect(preview.accounts).toEqual([{ username: 'jg.secretary', temporaryPassword: null }, { username: 'chen.lixin', temporaryPassword: null }]);
    expect(await counts()).toEqual(built);
    const imported = (await importWorkbook(app, admin, await workbookBytes(chart()), false)).data!.importOrgChart;
    expect(imported).toMatchObject({ dryRun: false, applied: true, errors: [], counts: preview.counts });
    // 3 units created, 2 adopted (given their codes); 4 people created, 4 adopted; the rest new.
    expect(imported.counts).toEqual({ units: 5, people: 8, posts: 4, duties: 4, accounts: 2 });
    const afterImport = await counts();
    expect(afterImport).toEqual({ ...built, units: 6, people: 8, posts: 8, duties: 8, scopes: built.scopes + 4, accounts: 6, audit: built.audit + 1 });
    const oneTime = new Map(imported.accounts.map((a) => [a.username, a.temporaryPassword!]));
    expect([...oneTime.keys()].sort()).toEqual(['chen.lixin', 'jg.secretary']);
    // The adopted units kept their ids (the single mutations' rows), now with codes.
    expect((await app.db.prisma.orgUnit.findMany({ where: { tenantId: tenant.id, name: { in: ['局机关党委', '机关第一支部'] } }, orderBy: { depth: 'asc' } })).map((u) => u.code))
      .toEqual(['JG', 'JG-1']);

    // 5c. The imported secretary and a 一岗双责 member sign in and see exactly their scope.
    const jgSecretary = await firstSignIn('jg.secretary', oneTime.get('jg.secretary')!, 'Jg-secretary-2026');
    const chen = await firstSignIn('chen.lixin', oneTime.get('chen.lixin')!, 'Chen-lixin-2026');
    const seen = async (token: string) => (await app.ok(Units, {}, token)).orgUnits.edges.map((e) => e.node.name).sort();
    expect(await seen(jgSecretary)).toEqual(['局机关党委', '机关第一支部', '机关第二支部'].sort());
    expect(await seen(chen)).toEqual(['中共盐城市大丰区自然资源和规划局委员会', '大中自然资源所', '大中自然资源所党支部'].sort());

    // 5d. The same workbook again changes nothing: no row, no change of a row. The import itself is
    // an administrator action and is audited (one `orgchart.import` event, all counts 0); nothing else.
    const unitsBefore = await app.db.prisma.orgUnit.findMany({ where: { tenantId: tenant.id }, orderBy: { id: 'asc' } });
    const beforeReimport = await counts(); // the two sign-ins above changed passwords (audited)
    const lastSeq = (await app.db.prisma.auditEvent.findFirstOrThrow({ where: { tenantId: tenant.id }, orderBy: { seq: 'desc' } })).seq;
    const reimport = (await importWorkbook(app, admin, await workbookBytes(chart()), false)).data!.importOrgChart;
    expect(reimport).toMatchObject({ applied: true, errors: [], accounts: [], counts: { units: 0, people: 0, posts: 0, duties: 0, accounts: 0 } });
    expect(await counts()).toEqual({ ...afterImport, audit: beforeReimport.audit + 1 });
    expect(await app.db.prisma.orgUnit.findMany({ where: { tenantId: tenant.id }, orderBy: { id: 'asc' } })).toEqual(unitsBefore);
    const since = await app.db.prisma.auditEvent.findMany({ where: { tenantId: tenant.id, seq: { gt: lastSeq } } });
    expect(since.map((e) => [e.action, (e.after as { counts: unknown }).counts]))
      .toEqual([['orgchart.import', { units: 0, people: 0, posts: 0, duties: 0, accounts: 0 }]]);

    // 5e. An edited workbook: 机关第二支部 moves under 大中自然资源所, 李明 leaves the 机关党委 team
    // (his post and duty end today; the rows stay as history).
    const edited = chart();
    edited.units = edited.units!.map((r) => (r[0] === 'JG-2' ? [r[0], r[1], r[2], 'DZ'] : r));
    edited.posts = edited.posts!.filter((r) => r[0] !== 'P006');
    edited.duties = edited.duties!.filter((r) => r[0] !== 'P006');
    const changed = (await importWorkbook(app, admin, await workbookBytes(edited), false)).data!.importOrgChart;
    expect(changed).toMatchObject({ applied: true, errors: [], counts: { units: 1, people: 0, posts: 1, duties: 1, accounts: 0 } });
    expect(await counts()).toEqual({ ...afterImport, audit: beforeReimport.audit + 2 });
    const moved = await app.db.prisma.orgUnit.findFirstOrThrow({ where: { tenantId: tenant.id, code: 'JG-2' }, include: { parent: true } });
    expect(moved.parent?.code).toBe('DZ');
    const liMing = await app.db.prisma.duty.findMany({ where: { tenantId: tenant.id, person: { code: 'P006' } }, include: { post: true } });
    expect(liMing.map((d) => [d.kind, d.endDate?.toISOString().slice(0, 10), d.post.endDate?.toISOString().slice(0, 10)]))
      .toEqual([['DIRECT_RESPONSIBLE', todayText, todayText]]);
    // The scopes follow at once: the moved branch left 机关党委's subtree and entered the office's.
    expect(await seen(jgSecretary)).toEqual(['局机关党委', '机关第一支部'].sort());
    expect(await seen(chen)).toEqual(['中共盐城市大丰区自然资源和规划局委员会', '大中自然资源所', '大中自然资源所党支部', '机关第二支部'].sort());

    // 6. The secretary and a 一岗双责 member sign in and see exactly their scope.
    const secretary = await firstSignIn('secretary', secretaryPassword, 'Secretary-2026');
    const member = await firstSignIn('member', memberPassword, 'Member-2026!');
    const branchSecretary = await firstSignIn('branch', branchPassword, 'Branch-2026!');
    expect(await seen(secretary)).toEqual(['中共盐城市大丰区自然资源和规划局委员会', '局机关党委', '机关第一支部', '机关第二支部', '大中自然资源所', '大中自然资源所党支部'].sort());
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
