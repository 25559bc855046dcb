/**
 * `npm run import -- --bureau CODE FILE.xlsx [--dry-run]`: imports an org-chart workbook for IT
 * staff, through the same service the importOrgChart mutation calls (same checks, same plan, one
 * transaction), on the database `npm start` uses (DATA_DIR / DATABASE_URL). With PGlite, stop the
 * server first: one process at a time owns the data directory.
 *
 * Who acts: the bureau's administrator account (the account `createBureau`/`npm run setup` made),
 * with the administrator's authority whatever the state of its password; the audit event
 * `orgchart.import` names that account and carries `via: "npm run import (<os user>)"`. A disabled
 * administrator account refuses the import.
 *
 * Prints the result in Chinese; exit code 0 when the workbook is clean (imported, or would be),
 * 1 when it has problems (nothing written), 2 for a usage or other error.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { startServices } from '../src/app.js';
import { wholeBureau, type Viewer } from '../src/authz/scope.js';
import { loadConfig } from '../src/config.js';
import { DomainError } from '../src/errors.js';
import { importOrgChart, type ImportResult } from '../src/modules/orgchart/service.js';

const USAGE = '用法 (usage): npm run import -- --bureau 本局编码 组织架构表.xlsx [--dry-run]';

export function parseArgs(argv: string[]): { bureau: string; file: string; dryRun: boolean } {
  let bureau: string | undefined;
  let file: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dry-run') dryRun = true;
    else if (a === '--bureau') bureau = argv[++i];
    else if (a.startsWith('--bureau=')) bureau = a.slice('--bureau='.length);
    else if (a.startsWith('--')) throw new Error(`未知参数 ${a} (unknown option)\n${USAGE}`);
    else if (!file) file = a;
    else throw new Error(`多余的参数 ${a} (one file only)\n${USAGE}`);
  }
  if (!bureau || !file) throw new Error(USAGE);
  return { bureau, file, dryRun };
}

const COUNT_NAMES: Record<keyof ImportResult['counts'], string> = { units: '组织', people: '人员', posts: '任职', duties: '分工', accounts: '账号' };

/** The report in Chinese, as lines. */
export function describeResult(result: ImportResult): string[] {
  const lines: string[] = [];
  if (result.errors.length) {
    lines.push(`发现 ${result.errors.length} 个问题，未写入任何数据：`);
    for (const e of result.errors) {
      const where = [e.sheet ? `工作表“${e.sheet}”` : '文件', e.row ? `第${e.row}行` : '', e.column ? `“${e.column}”列` : ''].filter(Boolean).join(' ');
      lines.push(`  ${where}：[${e.code}] ${e.message}`);
    }
    return lines;
  }
  lines.push(result.dryRun ? '校验通过（仅校验，未写入）。将要变更：' : '导入成功。已变更：');
  lines.push(`  ${Object.entries(COUNT_NAMES).map(([k, name]) => `${name} ${result.counts[k as keyof ImportResult['counts']]}`).join('，')}`);
  if (result.unitsNotInWorkbook.length) {
    lines.push(`表中未列出的组织（未撤销）：${result.unitsNotInWorkbook.map((u) => `${u.code ?? '（无编码）'} ${u.name}`).join('；')}`);
  }
  if (result.accounts.length) {
    lines.push(result.dryRun ? '将新建账号：' : '新建账号及一次性密码（仅显示这一次，首次登录须修改）：');
    for (const a of result.accounts) lines.push(`  ${a.username}${a.temporaryPassword ? `  ${a.temporaryPassword}` : ''}`);
  }
  if (result.accountsDisabled.length) lines.push(`${result.dryRun ? '将停用' : '停用'}账号（无在任职务）：${result.accountsDisabled.map((a) => `${a.username}（${a.name}）`).join('、')}`);
  if (result.accountsEnabled.length) lines.push(`${result.dryRun ? '将启用' : '启用'}账号（重新任职）：${result.accountsEnabled.map((a) => `${a.username}（${a.name}）`).join('、')}`);
  return lines;
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const bytes = await readFile(args.file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`无法读取文件 ${args.file}：${error.code ?? error.message} (cannot read the file)`);
  });
  const services = await startServices(loadConfig());
  try {
    const db = services.db.prisma;
    const tenant = await db.tenant.findUnique({ where: { code: args.bureau }, select: { id: true, name: true } });
    if (!tenant) {
      console.error(`没有编码为 ${args.bureau} 的局 (no bureau with this code)`);
      return 2;
    }
    const [admin, root] = await Promise.all([
      db.userAccount.findFirst({ where: { tenantId: tenant.id, isAdministrator: true }, orderBy: { createdAt: 'asc' } }),
      db.orgUnit.findFirst({ where: { tenantId: tenant.id, parentId: null }, select: { id: true } }),
    ]);
    if (!admin || admin.disabledAt) {
      console.error(`${tenant.name}没有可用的管理员账号，无法以其身份导入 (the bureau has no enabled administrator account)`);
      return 2;
    }
    // The administrator's authority (as loadViewer gives it), whatever the state of its password.
    const viewer: Viewer = { kind: 'bureauAdmin', userId: admin.id, username: admin.username, tenantId: tenant.id, structure: wholeBureau(tenant.id, root?.id) };
    const file = { size: bytes.byteLength, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
    const result = await importOrgChart(db, viewer, { file, dryRun: args.dryRun }, new Date(), undefined, { via: `npm run import (${userInfo().username})` });
    console.log(`${tenant.name}（${args.bureau}），以管理员 ${admin.username} 的身份${args.dryRun ? '校验' : '导入'} ${args.file}`);
    for (const line of describeResult(result)) console.log(line);
    return result.errors.length ? 1 : 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`[${error.code}] ${error.message}`);
      return error.code === 'ORG_CHART_OLD_EXCEL_FORMAT' || error.code === 'ORG_CHART_UNREADABLE' || error.code === 'FILE_TOO_LARGE' ? 1 : 2;
    }
    throw error;
  } finally {
    await services.pubsub.close();
    await services.db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
}
