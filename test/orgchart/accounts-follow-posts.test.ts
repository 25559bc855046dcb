import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { upload } from '../plan/fixtures.js';
import { newBureau, validChart, workbookBytes, type Chart } from './fixtures.js';

/**
 * Accounts follow posts (issue 22 item 4): an import disables the accounts of people left with no post
 * in force (a dry run reports those it would), their tokens stop working at once, and the import that
 * finds a post again enables them; an account an administrator disabled stays disabled.
 */

const Import = graphql(`
  mutation FollowPostsImport($input: ImportOrgChartInput!) {
    importOrgChart(input: $input) {
      applied errors { code message }
      accountsDisabled { username name message }
      accountsEnabled { username name message }
    }
  }
`);
const ChangePassword = graphql(`mutation FollowPostsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }`);
const Reset = graphql(`mutation FollowPostsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { temporaryPassword } }`);
const Disable = graphql(`mutation FollowPostsDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { disabled disabledForNoPost } } }`);
const Viewer = graphql(`query FollowPostsViewer { viewer { username } }`);

let app: TestApp;
const day1 = new Date('2026-11-30T04:00:00Z');
const day2 = new Date('2026-12-01T04:00:00Z');
beforeAll(async () => {
  app = await createTestApp({ seed: true });
  app.setNow(day1);
});
afterAll(() => app?.close());

const run = async (token: string, chart: Chart, dryRun: boolean) => {
  const result = await upload(app, token, Import, { dryRun }, { name: 'o.xlsx', bytes: await workbookBytes(chart) });
  expect(result.errors).toBeUndefined();
  expect(result.data!.importOrgChart.errors).toEqual([]);
  return result.data!.importOrgChart;
};
const account = (username: string) => app.db.prisma.userAccount.findUniqueOrThrow({ where: { username } });
const viewerCode = async (token: string) => (await app.run(Viewer, {}, token)).errors?.[0]?.extensions?.code ?? 'OK';

describe('accounts of people with no post in force', () => {
  const t = 'AFP';
  let admin: string;
  let chenToken: string;
  const password = 'chen-新密码-2026';

  beforeAll(async () => {
    admin = (await newBureau(app, t)).token;
    await run(admin, validChart(t, '.afp'), false);
    // 陈立新 signs in and changes the one-time password (given by a reset: the import's is in its result only).
    const { temporaryPassword } = (await app.ok(Reset, { input: { username: 'chen.lixin.afp' } }, admin)).resetPassword;
    const first = await app.login('chen.lixin.afp', temporaryPassword);
    chenToken = (await app.ok(ChangePassword, { input: { currentPassword: temporaryPassword, newPassword: password } }, first)).changePassword.token;
    expect(await viewerCode(chenToken)).toBe('OK');
  });

  /** The chart with 陈立新 (P003) left in 人员 and 账号 but holding no post or duty. */
  const withoutChen = (): Chart => {
    const chart = validChart(t, '.afp');
    chart.posts = chart.posts!.filter((r) => r[0] !== 'P003');
    chart.duties = chart.duties!.filter((r) => r[0] !== 'P003');
    return chart;
  };

  it('the dry run reports the account it would disable and disables nothing', async () => {
    const dry = await run(admin, withoutChen(), true);
    expect(dry.applied).toBe(false);
    expect(dry.accountsDisabled.map((a) => [a.username, a.name])).toEqual([['chen.lixin.afp', '陈立新']]);
    expect(dry.accountsDisabled[0]!.message).toContain('将停用账号');
    expect(dry.accountsEnabled).toEqual([]);
    expect((await account('chen.lixin.afp')).disabledAt).toBeNull();
    expect(await viewerCode(chenToken)).toBe('OK');
  });

  it('the import disables it: its token stops working at once and it cannot sign in; others are untouched', async () => {
    const real = await run(admin, withoutChen(), false);
    expect(real.applied).toBe(true);
    expect(real.accountsDisabled.map((a) => [a.username, a.name])).toEqual([['chen.lixin.afp', '陈立新']]);
    expect(real.accountsDisabled[0]!.message).toContain('已停用账号');
    const chen = await account('chen.lixin.afp');
    expect(chen.disabledAt).not.toBeNull();
    expect(chen.disabledForNoPost).toBe(true);
    expect(await viewerCode(chenToken)).toBe('UNAUTHENTICATED');
    await expect(app.login('chen.lixin.afp', password)).rejects.toThrow();
    expect((await account('zhang.haiyan.afp')).disabledAt).toBeNull();
    expect((await account('admin.afp')).disabledAt).toBeNull(); // an administrator with no person is never disabled
    // Recorded in the import's own audit event.
    const event = await app.db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'orgchart.import' }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    expect((event.after as { accountsDisabled: string[] }).accountsDisabled).toEqual(['chen.lixin.afp']);
    // The same workbook again: nothing more to disable.
    expect((await run(admin, withoutChen(), false)).accountsDisabled).toEqual([]);
  });

  it('an import that gives the person a post again enables the account (dry run: would); the old token stays refused', async () => {
    app.setNow(day2);
    const back = validChart(t, '.afp');
    back.posts = back.posts!.map((r) => (r[0] === 'P003' ? [r[0], r[1], r[2], ''] : r)); // starts today, after the ended post
    const dry = await run(admin, back, true);
    expect(dry.accountsEnabled.map((a) => [a.username, a.name, a.message.includes('将启用')])).toEqual([['chen.lixin.afp', '陈立新', true]]);
    expect((await account('chen.lixin.afp')).disabledAt).not.toBeNull();
    const real = await run(admin, back, false);
    expect(real.accountsEnabled.map((a) => a.username)).toEqual(['chen.lixin.afp']);
    expect(real.accountsDisabled).toEqual([]);
    const chen = await account('chen.lixin.afp');
    expect(chen.disabledAt).toBeNull();
    expect(chen.disabledForNoPost).toBe(false);
    expect(await viewerCode(chenToken)).toBe('UNAUTHENTICATED');
    expect(await viewerCode(await app.login('chen.lixin.afp', password))).toBe('OK');
  });

  it('an account an administrator disabled is not enabled by an import, and one the import disabled becomes the administrator\'s', async () => {
    const disabled = (await app.ok(Disable, { input: { username: 'zhang.haiyan.afp' } }, admin)).disableAccount.account;
    expect(disabled).toEqual({ disabled: true, disabledForNoPost: false });
    const back = validChart(t, '.afp');
    back.posts = back.posts!.map((r) => (r[0] === 'P003' ? [r[0], r[1], r[2], ''] : r));
    const again = await run(admin, back, false);
    expect(again.accountsEnabled).toEqual([]);
    expect((await account('zhang.haiyan.afp')).disabledAt).not.toBeNull();
  });
});
