import type { Plugin } from 'graphql-yoga';
import { contentDisposition } from '../../lib/http.js';
import { writeOrgChartWorkbook, type OrgChartCell, type OrgChartRows } from './workbook.js';

export const TEMPLATE_PATH = '/templates/org-chart.xlsx';

/** One filled example row per sheet (a small part of the Dafeng bureau). */
const EXAMPLES: OrgChartRows = {
  units: [
    ['DFZRZY', '中共盐城市大丰区自然资源和规划局委员会', '局党委', ''],
    ['DFZRZY-JG', '局机关党委', '党委', 'DFZRZY'],
    ['DFZRZY-JG-01', '机关第一支部', '党支部', 'DFZRZY-JG'],
    ['DFZRZY-DZ', '大中自然资源所', '自然资源所', 'DFZRZY'],
  ],
  people: [
    ['P001', '王建国', '党委书记、局长'],
    ['P002', '刘志华', '党委副书记'],
    ['P003', '陈立新', '党委委员、副局长'],
  ],
  posts: [
    ['P001', 'DFZRZY', '书记', new Date(Date.UTC(2021, 5, 18))],
    ['P002', 'DFZRZY', '副书记', '2021-09-01'],
    ['P003', 'DFZRZY', '委员', '2022-01-10'],
  ],
  duties: [
    ['P002', 'DFZRZY', '直接责任人', ''],
    ['P003', 'DFZRZY', '一岗双责', 'DFZRZY-JG、DFZRZY-DZ'],
  ],
  accounts: [
    ['wangjianguo', 'P001'],
    ['liuzhihua', 'P002'],
  ],
};

const EXAMPLE_BUREAU = 'DFZRZY';
/** A bureau code as a template may carry it (the 组织 sheet's code rule). */
export const TEMPLATE_CODE = /^[^\s,、，;；]{1,64}$/;

/**
 * The org-chart template: the five sheets of the contract, an example row each, and 说明; with
 * `bureauCode`, the example rows carry that bureau's code (its 局党委 row is then right as it stands).
 */
export function orgChartTemplate(bureauCode = EXAMPLE_BUREAU): Promise<Uint8Array> {
  const recode = (v: OrgChartCell) => (typeof v === 'string' ? v.replaceAll(EXAMPLE_BUREAU, bureauCode) : v);
  const rows = Object.fromEntries(Object.entries(EXAMPLES).map(([key, sheet]) => [key, sheet.map((row) => row.map(recode))])) as OrgChartRows;
  return writeOrgChartWorkbook(rows);
}

/**
 * GET /templates/org-chart.xlsx[?bureau=CODE]: the template (no data in it, so no sign-in needed);
 * `bureau` pre-fills the bureau's own code (the code is the caller's to give; nothing is looked up).
 */
export function useOrgChartTemplate(): Plugin {
  let cached: Promise<Uint8Array> | undefined;
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== TEMPLATE_PATH || request.method !== 'GET') return;
      const bureau = url.searchParams.get('bureau');
      const bytes = bureau && TEMPLATE_CODE.test(bureau) ? await orgChartTemplate(bureau) : await (cached ??= orgChartTemplate());
      endResponse(new fetchAPI.Response(bytes as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': contentDisposition('组织架构导入模板.xlsx', 'org-chart.xlsx'),
          'cache-control': 'public, max-age=3600',
        },
      }));
    },
  };
}
