import type { Plugin } from 'graphql-yoga';
import { contentDisposition } from '../exports/http.js';
import { writeOrgChartWorkbook, type OrgChartRows } from './workbook.js';

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

/** The org-chart template: the five sheets of the contract, an example row each, and 说明. */
export const orgChartTemplate = () => writeOrgChartWorkbook(EXAMPLES);

/** GET /templates/org-chart.xlsx: the template (no data in it, so no sign-in needed). */
export function useOrgChartTemplate(): Plugin {
  let cached: Promise<Uint8Array> | undefined;
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== TEMPLATE_PATH || request.method !== 'GET') return;
      const bytes = await (cached ??= orgChartTemplate());
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
