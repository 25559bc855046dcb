import ExcelJS from 'exceljs';
import { DUTY_KIND_NAMES } from '../exports/labels.js';
import { DATE_COLUMNS, POST_ROLE_NAMES, SHEETS, UNIT_KIND_BY_NAME, type SheetKey } from './sheets.js';

/**
 * The org-chart workbook as a file: the five sheets of the contract (sheets.ts) with their column
 * widths, date formats and drop-down lists, and the 说明 sheet. The blank template
 * (GET /templates/org-chart.xlsx, example rows) and the ORG_CHART export (today's org chart) are
 * both written here, so the file a bureau edits next year is the file it downloaded this year.
 */

export type OrgChartCell = string | Date | number | null;
export type OrgChartRows = Record<SheetKey, OrgChartCell[][]>;

const WIDTHS: Record<string, number> = { 编码: 16, 名称: 40, 类型: 14, 上级编码: 16, 姓名: 12, 职务: 24, 人员编码: 12, 组织编码: 16, 班子职务: 12, 起始日期: 14, 结束日期: 14, 责任类型: 14, 分管范围: 40, 用户名: 18 };


/** Allowed values per enumerated column, for the drop-down lists and the notes. */
export const LISTS: Record<string, string[]> = {
  类型: [...UNIT_KIND_BY_NAME.keys()],
  班子职务: Object.values(POST_ROLE_NAMES),
  责任类型: Object.values(DUTY_KIND_NAMES),
};

/** Rows below the header that carry the drop-down lists (beyond the filled rows too). */
const LIST_ROWS = 2000;

const NOTES: [string, string, string][] = [
  ['组织', '编码', '必填。本局内唯一的组织编码，不含空格、逗号、顿号，最长64个字符。再次导入时按编码匹配：改名、改上级即为更名、调整隶属关系。导出的表中以“#”开头的编码代表系统中尚无编码的组织，可原样保留，也可改为本局编码。'],
  ['组织', '名称', '必填。组织全称，最长100个字符；同一上级下不能重名。'],
  ['组织', '类型', `必填。可填：${LISTS['类型']!.join('、')}（党总支部也可写作党总支）。局党委只有一行，其编码必须是本局编码，即创建本局时填写的编码。党支部下不能再设组织；党委不能隶属于党总支。`],
  ['组织', '上级编码', '除局党委外必填，填上级组织的编码；不能形成循环。表中未列出的已有组织不会被撤销，导入结果中会列出。'],
  ['人员', '编码', '必填。本局内唯一的人员编码，再次导入时按编码匹配人员。导出的表中以“#”开头的编码代表系统中尚无编码的人员，可原样保留，也可改为本局编码。'],
  ['人员', '姓名', '必填。'],
  ['人员', '职务', '选填。行政或党内职务全称，如“党委副书记、副局长”。'],
  ['任职', '人员编码', '必填，须在“人员”表中。'],
  ['任职', '组织编码', '必填，须在“组织”表中。书记、副书记、委员只能在局党委、党委、党总支、党支部任职。'],
  ['任职', '班子职务', `必填。可填：${LISTS['班子职务']!.join('、')}。每个班子一名书记。表中未列出的现有任职将结束（保留历史）。`],
  ['任职', '起始日期', '选填，默认导入当天。填日期单元格，或 2022-03-01、2022年3月1日、2022/3/1、2022.3.1 等年份在前的写法（只写到月，如 2022年3月，按该月1日）；不能晚于今天。已有任职改填日期即更正起始日期（不能与以往任职重叠）。'],
  ['任职', '结束日期', '选填。填写后该任职（及其分工）于该日结束（当日起不再担任，继任者可从同日起任），不再计入现任班子；不填则为现任。不能晚于今天，不能早于起始日期。'],
  ['分工', '人员编码', '必填，该人员须在同一组织有任职。'],
  ['分工', '组织编码', '必填。'],
  ['分工', '责任类型', `必填。可填：${LISTS['责任类型']!.join('、')}。第一责任人可以不填：书记即第一责任人。局党委、党委须有一名直接责任人（不能是书记）；其他班子成员（副书记、委员）每人须有一条“一岗双责”。`],
  ['分工', '分管范围', '一岗双责必填：分管的组织编码，用顿号“、”或逗号分隔，只能是本组织及其下级。第一责任人、直接责任人不填（范围为本组织）。表中未列出的现有分工将结束（保留历史）。'],
  ['账号', '用户名', '必填。字母、数字或 . _ @ -，3至64个字符，全系统唯一。新账号的一次性密码只在导入结果中显示一次，首次登录须修改。'],
  ['账号', '人员编码', '必填，须在“人员”表中；每人最多一个账号。表中未列出的已有账号不变。'],
];

/** The column letter of a 1-based column number (A … Z is enough here). */
const letter = (col: number) => String.fromCharCode(64 + col);

/** Columns holding codes and identifiers: text cells, so that Excel keeps 001 as 001. */
const TEXT_COLUMNS = new Set(['编码', '上级编码', '人员编码', '组织编码', '分管范围', '用户名']);

/** Writes the org-chart workbook: the contract's sheets with `rows` under their headers, then 说明. */
export async function writeOrgChartWorkbook(rows: OrgChartRows): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'zeren';
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const { name, headers } = SHEETS[key];
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = headers.map((h) => ({
      header: h, key: h, width: WIDTHS[h] ?? 16,
      style: DATE_COLUMNS.has(h) ? { numFmt: 'yyyy-mm-dd' } : TEXT_COLUMNS.has(h) ? { numFmt: '@' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    for (const row of rows[key]) sheet.addRow(row);
    const lastListRow = Math.max(LIST_ROWS, rows[key].length) + 1;
    headers.forEach((h, i) => {
      const list = LISTS[h];
      if (!list) return;
      // Drop-down lists for the enumerated columns, for the rows a bureau will fill: one range per
      // column (exceljs's per-cell validations are merged into overlapping ranges, which Excel repairs).
      (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter(i + 1)}2:${letter(i + 1)}${lastListRow}`, {
        type: 'list', allowBlank: true, formulae: [`"${list.join(',')}"`],
        showErrorMessage: true, errorTitle: '取值不在允许范围内', error: `可填：${list.join('、')}`,
      });
    });
  }
  const notes = book.addWorksheet('说明');
  notes.columns = [{ header: '工作表', key: 's', width: 10 }, { header: '列', key: 'c', width: 12 }, { header: '说明', key: 'n', width: 100 }];
  notes.getRow(1).font = { bold: true };
  for (const [s, c, n] of NOTES) notes.addRow([s, c, n]).alignment = { wrapText: true, vertical: 'top' };
  notes.addRow([]);
  notes.addRow(['', '', '导入方法：填写后由局党委第一责任人或直接责任人（设立局管理员后由其）在系统中上传；先“仅校验”查看全部问题，再正式导入。一次导入全部成功或全部不生效。再次导入同一表格不做任何更改。']).alignment = { wrapText: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
