import { loadViewer } from '../authz/scope.js';
import { todayInChina } from '../lib/dates.js';
import { answerInspectionFindingIn, recordDistrictChannelReviewIn, recordInspectionIn } from '../modules/district/service.js';
import type { PrismaClient } from '../db/client.js';
import type { Tx } from '../db/transaction.js';
import type { DemoOrg } from './org.js';

const DAY = 86_400_000;

/** The annual 专项督查 of the natural-resources bureau by 区委宣传部 (三11), with its three findings. */
const INSPECTION = {
  monthDay: '09-14',
  findings: '督查组查阅2份党委会议纪要、3份分析研判材料及网络阵地台账，召开班子成员和支部书记座谈会。总体看，局党委落实意识形态工作责任制态度坚决、机制健全；反馈意见三条，限期整改。',
  items: [
    { problem: '部分基层党支部意识形态工作分析研判流于形式，研判材料多为情况罗列，缺少对苗头性、倾向性问题的分析。', rectification: '各党支部每半年至少开展一次专题研判，研判材料须列明风险点、责任人和处置措施，报局党委备案。', days: 60 },
    { problem: '新开设的短视频账号未按要求及时向区委网信办登记备案，内容审核"三审三校"制度执行不到位。', rectification: '立即完成备案；建立短视频内容发布前审核记录，明确审核人并留存台账。', days: 30 },
    { problem: '意识形态工作责任制落实情况未纳入部分班子成员年度述职报告。', rectification: '班子成员年度述职报告设专章报告履行"一岗双责"情况，局党委组织审核。', days: 90 },
  ],
  answers: [
    '已印发《关于规范意识形态领域分析研判工作的通知》，各党支部完成上半年专题研判并报备，局党委办公室逐一审核。',
    '大丰林场短视频账号已于督查后10日内向区委网信办完成备案；制定短视频发布审核登记表，明确钱红为内容审核人。',
    '已将意识形态工作专章纳入班子成员述职报告模板，年度述职前由局党委办公室审核把关。',
  ],
};

/**
 * The district's own work on the demo data, through the services (in the loader's transaction):
 * 区委宣传部's inspection of the natural-resources bureau last year (answered in full by the bureau
 * secretary) and this year once its date has passed (one finding answered), and one review of the
 * bureau's WeChat account by 区委网信办.
 */
export async function seedDistrictWork(tx: Tx, org: DemoOrg, now: Date): Promise<void> {
  const today = todayInChina(now);
  const viewerOf = async (username: string) => {
    const account = await tx.userAccount.findUniqueOrThrow({ where: { username }, select: { id: true } });
    return loadViewer(tx as unknown as PrismaClient, account.id, { now });
  };
  const propaganda = await viewerOf('district.propaganda');
  const secretary = await viewerOf('secretary');
  const year = today.getUTCFullYear();
  for (const y of [year - 1, year]) {
    const date = new Date(`${y}-${INSPECTION.monthDay}T00:00:00Z`);
    if (date.getTime() > today.getTime()) continue;
    const inspection = await recordInspectionIn(tx, propaganda, {
      tenantId: org.bureau.tenantId, date, findings: INSPECTION.findings,
      items: INSPECTION.items.map((i) => ({ problem: i.problem, rectification: i.rectification, dueOn: new Date(date.getTime() + i.days * DAY) })),
    }, now);
    // Last year's findings are all answered; this year's first one only (the others are still open).
    const answered = y < year ? inspection.items : inspection.items.slice(0, 1);
    for (const item of answered) {
      const answeredOn = new Date(Math.min(date.getTime() + 25 * DAY, today.getTime()));
      await answerInspectionFindingIn(tx, secretary, { findingId: item.id, answer: INSPECTION.answers[item.position - 1]!, answeredOn }, now);
    }
  }
  const cyberspace = await viewerOf('district.cyberspace');
  const channel = await tx.onlineChannel.findFirstOrThrow({ where: { tenantId: org.bureau.tenantId, name: '大丰自然资源' } });
  await recordDistrictChannelReviewIn(tx, cyberspace, {
    channelId: channel.id, result: 'ISSUES_FOUND', reviewedOn: new Date(today.getTime() - 14 * DAY),
    findings: '抽查近三个月推文42篇，1篇转载文章未注明来源；已通知局办公室整改，并纳入季度网络阵地巡查台账。',
  }, now);
}
