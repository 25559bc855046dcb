import ExcelJS from 'exceljs';
import { SHEETS, type SheetKey } from './sheets.js';

export type ChartRows = Record<SheetKey, (string | number | Date)[][]>;

/** Writes rows under the contract's sheets and headers (tests and the benchmark). */
export async function chartWorkbook(chart: ChartRows): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const sheet = book.addWorksheet(SHEETS[key].name);
    sheet.addRow([...SHEETS[key].headers]);
    for (const row of chart[key]) sheet.addRow(row);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * A synthetic bureau chart of `committees` party committees with `branchesPer` branches each:
 * every committee with a full team (secretary; a deputy secretary as direct responsible person;
 * a member with "one post, two duties" over the branches), every branch with a secretary, and an
 * account for the bureau's direct responsible person; the secretary is named `secretaryName`, so that a bureau's existing secretary
 * is adopted. 1 + committees × (1 + branchesPer) units.
 */
export function syntheticChart(rootCode: string, committees: number, branchesPer: number, secretaryName = '王建国'): ChartRows {
  const chart: ChartRows = { units: [], people: [], posts: [], duties: [], accounts: [] };
  let n = 0;
  const person = (unit: string, role: string) => {
    const code = `P${++n}`;
    chart.people.push([code, n === 1 ? secretaryName : `人员${n}`, '']);
    chart.posts.push([code, unit, role, '2024-01-01']);
    return code;
  };
  chart.units.push([rootCode, '中共盐城市大丰区模拟局委员会', '局党委', '']);
  person(rootCode, '书记');
  const direct = person(rootCode, '副书记');
  chart.duties.push([direct, rootCode, '直接责任人', '']);
  chart.accounts.push([`direct.${rootCode.toLowerCase()}`, direct]);
  const committeeCodes: string[] = [];
  for (let c = 1; c <= committees; c++) {
    const cc = `${rootCode}-${c}`;
    committeeCodes.push(cc);
    chart.units.push([cc, `第${c}党委`, '党委', rootCode]);
    const branches: string[] = [];
    for (let b = 1; b <= branchesPer; b++) {
      const bc = `${cc}-${b}`;
      branches.push(bc);
      chart.units.push([bc, `第${c}党委第${b}支部`, '党支部', cc]);
      person(bc, '书记');
    }
    person(cc, '书记');
    chart.duties.push([person(cc, '副书记'), cc, '直接责任人', '']);
    if (branches.length) chart.duties.push([person(cc, '委员'), cc, '一岗双责', branches.join('、')]);
  }
  for (let i = 0; i < committeeCodes.length; i += 8) {
    chart.duties.push([person(rootCode, '委员'), rootCode, '一岗双责', committeeCodes.slice(i, i + 8).join(',')]);
  }
  return chart;
}
