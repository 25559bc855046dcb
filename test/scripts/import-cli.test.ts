import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServices } from '../../src/app.js';
import { ANONYMOUS } from '../../src/authz/scope.js';
import { loadConfig } from '../../src/config.js';
import { provisionDistrict, provisionBureau } from '../../src/modules/tenancy/service.js';
import { validChart, workbookBytes } from '../orgchart/fixtures.js';

/**
 * `npm run import` as IT staff run it: a separate process on the data directory `npm start` uses
 * (embedded PGlite here), the same service as the mutation, Chinese output, exit codes.
 */
const run = promisify(execFile);
let dir: string;
/** The embedded engine in a data directory of its own (DATABASE_URL unset even when the suite runs on PostgreSQL). */
const env = () => {
  const { DATABASE_URL: _, ...rest } = process.env;
  return { ...rest, DATA_DIR: join(dir, 'data'), NODE_ENV: 'development', SEED_DEMO: 'never' } as NodeJS.ProcessEnv;
};
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { env: env(), cwd: process.cwd() })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zeren-import-'));
  const services = await startServices(loadConfig(env()));
  await services.db.prisma.$transaction(async (tx) => {
    const { district } = await provisionDistrict(tx, { name: '测试区', code: '320999', adminUsername: 'cli.district' }, { adminPasswordHash: 'x' });
    await provisionBureau(tx, ANONYMOUS, district.id, { code: 'CLI', name: '中共测试局委员会', shortName: '测试局', adminUsername: 'admin.cli' }, { now: new Date(), adminPasswordHash: 'x' });
  });
  await services.pubsub.close();
  await services.db.close();
  await writeFile(join(dir, 'good.xlsx'), await workbookBytes(validChart('CLI', '.cli')));
  const broken = validChart('CLI');
  broken.posts!.push(['P999', 'CLI', '书记', '']);
  await writeFile(join(dir, 'broken.xlsx'), await workbookBytes(broken));
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

it('refuses a missing bureau or file, and bad usage, with exit code 2', async () => {
  expect((await cli(join(dir, 'good.xlsx'))).code).toBe(2);
  const unknown = await cli('--bureau', 'NOPE', join(dir, 'good.xlsx'));
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('没有编码为 NOPE 的局');
}, 120_000);

it('a workbook with problems: exit code 1, each problem located in Chinese, nothing written', async () => {
  const result = await cli('--bureau', 'CLI', join(dir, 'broken.xlsx'));
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('未写入任何数据');
  expect(result.stdout).toMatch(/工作表“任职” 第\d+行 “人员编码”列：\[UNKNOWN_PERSON\]/);
}, 120_000);

it('dry run, then the import: exit code 0, counts and one-time passwords; the audit names the administrator and the CLI', async () => {
  const dry = await cli('--bureau', 'CLI', join(dir, 'good.xlsx'), '--dry-run');
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain('校验通过（仅校验，未写入）');
  const real = await cli('--bureau', 'CLI', join(dir, 'good.xlsx'));
  expect(real.code).toBe(0);
  expect(real.stdout).toContain('导入成功');
  expect(real.stdout).toMatch(/组织 \d+，人员 8，任职 8，/);
  expect(real.stdout).toMatch(/chen\.lixin\.cli {2}\S{12}/);
  const again = await cli('--bureau', 'CLI', join(dir, 'good.xlsx'));
  expect(again.stdout).toContain('组织 0，人员 0，任职 0，分工 0，账号 0');
  const services = await startServices(loadConfig(env()));
  try {
    const events = await services.db.prisma.auditEvent.findMany({ where: { action: 'orgchart.import' }, include: { actor: { select: { username: true } } } });
    expect(events.map((e) => e.actor?.username)).toEqual(['admin.cli', 'admin.cli']);
    expect(JSON.stringify(events[0]!.after)).toContain('npm run import');
  } finally {
    await services.pubsub.close();
    await services.db.close();
  }
}, 240_000);
