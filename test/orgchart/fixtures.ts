import ExcelJS from 'exceljs';
import { ANONYMOUS } from '../../src/authz/scope.js';
import { provisionBureau } from '../../src/modules/tenancy/service.js';
import { SHEETS, type SheetKey } from '../../src/modules/orgchart/sheets.js';
import { graphql } from '../gql/index.js';
import type { TestApp } from '../helpers.js';
import { upload } from '../plan/fixtures.js';

export type Rows = (string | number | Date | null | ExcelJS.CellValue)[][];
export type Chart = Partial<Record<SheetKey, Rows>>;

/** Writes a workbook with the contract's sheets and headers (or other headers, to break it). */
export async function workbookBytes(chart: Chart, options: { omitSheets?: string[]; headers?: Partial<Record<SheetKey, string[]>>; extra?: (book: ExcelJS.Workbook) => void } = {}) {
  const book = new ExcelJS.Workbook();
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const { name, headers } = SHEETS[key];
    if (options.omitSheets?.includes(name)) continue;
    const sheet = book.addWorksheet(name);
    sheet.addRow(options.headers?.[key] ?? [...headers]);
    for (const row of chart[key] ?? []) sheet.addRow(row);
  }
  options.extra?.(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export const ImportOrgChart = graphql(`
  mutation ImportOrgChart($input: ImportOrgChartInput!) {
    importOrgChart(input: $input) {
      dryRun applied
      counts { units people posts duties accounts }
      errors { sheet row column code message }
      warnings { sheet row column code message }
      accounts { username temporaryPassword }
      unitsNotInWorkbook { code name }
    }
  }
`);

export const importWorkbook = (app: TestApp, token: string, bytes: Uint8Array, dryRun: boolean) =>
  upload(app, token, ImportOrgChart, { dryRun }, { name: 'org-chart.xlsx', bytes });

/**
 * A bureau as createBureau leaves it (the same provisioning service): the tenant, its root
 * committee carrying the bureau's code, and its administrator `admin.<code>`, who imports.
 */
export async function newBureau(app: TestApp, code: string) {
  const adminUsername = `admin.${code.toLowerCase()}`;
  const { tenant, root, administrator } = await app.db.prisma.$transaction((tx) =>
    provisionBureau(tx, ANONYMOUS, app.demo.districtId, { code, name: `中共盐城市大丰区${code}委员会`, shortName: code, adminUsername }, { now: new Date(), adminPasswordHash: 'x' }), { timeout: 60_000, maxWait: 30_000 });
  const { token } = await app.services.tokens.issue(administrator.id);
  return { tenantId: tenant.id, rootId: root.id, token, code };
}

/** A valid chart of a small bureau whose root code is `t` (account names end in `suffix`). */
export function validChart(t: string, suffix = ''): Chart {
  return {
    units: [
      [t, `中共盐城市大丰区${t}委员会`, '局党委', ''],
      [`${t}-JG`, '局机关党委', '党委', t],
      [`${t}-JG-1`, '机关第一支部', '党支部', `${t}-JG`],
      [`${t}-JG-2`, '机关第二支部', '党支部', `${t}-JG`],
      [`${t}-DZ`, '大中自然资源所', '自然资源所', t],
      [`${t}-DZ-1`, '大中自然资源所党支部', '党支部', `${t}-DZ`],
    ],
    people: [
      ['P001', '王建国', '党委书记、局长'],
      ['P002', '刘志华', '党委副书记'],
      ['P003', '陈立新', '党委委员、副局长'],
      ['P004', '张海燕', '机关党委书记'],
      ['P005', '李明', '机关党委副书记'],
      ['P006', '赵磊', '机关第一支部书记'],
      ['P007', '孙丽', '大中自然资源所所长'],
      ['P008', '周强', '科员'],
    ],
    posts: [
      ['P001', t, '书记', '2021-06-18'],
      ['P002', t, '副书记', new Date(Date.UTC(2021, 8, 1))],
      ['P003', t, '委员', 44562], // an Excel serial: 2022-01-01
      ['P004', `${t}-JG`, '书记', '2022-03-01'],
      ['P005', `${t}-JG`, '副书记', '2022-03-01'],
      ['P006', `${t}-JG-1`, '书记', ''],
      ['P007', `${t}-DZ-1`, '书记', ''],
      ['P008', `${t}-JG-1`, '成员', ''],
    ],
    duties: [
      ['P002', t, '直接责任人', ''],
      ['P003', t, '一岗双责', ` ${t}-JG `],
      ['P005', `${t}-JG`, '直接责任人', ''],
    ],
    accounts: [
      [`chen.lixin${suffix}`, 'P003'],
      [`zhang.haiyan${suffix}`, 'P004'],
    ],
  };
}
