import { GraphQLError } from 'graphql';
import { builder } from '../../builder.js';
import { importOrgChart, type ImportResult } from './service.js';

builder.scalarType('Upload', {
  description: '上传文件 (a file part of a GraphQL multipart request; input only)',
  serialize: () => {
    throw new GraphQLError('Upload is an input-only scalar');
  },
  parseValue: (value) => {
    const file = value as File;
    if (!file || typeof file !== 'object' || typeof file.arrayBuffer !== 'function' || typeof file.size !== 'number') {
      throw new GraphQLError('Upload must be a file part of a multipart request');
    }
    return file;
  },
});

const OrgChartCounts = builder.objectRef<ImportResult['counts']>('OrgChartCounts').implement({
  description: '导入变更数 (rows created or changed per kind; ended posts and duties count as changed)',
  fields: (t) => ({
    units: t.exposeInt('units', { description: '组织 (units created, renamed or moved)' }),
    people: t.exposeInt('people', { description: '人员 (people created or changed)' }),
    posts: t.exposeInt('posts', { description: '任职 (posts started or ended)' }),
    duties: t.exposeInt('duties', { description: '分工 (duties started or ended)' }),
    accounts: t.exposeInt('accounts', { description: '账号 (accounts created)' }),
  }),
});

const OrgChartProblem = builder.objectRef<ImportResult['errors'][number]>('OrgChartProblem').implement({
  description: '组织架构表问题 (one problem of the workbook, located as Excel shows it)',
  fields: (t) => ({
    sheet: t.exposeString('sheet', { nullable: true, description: '工作表 (sheet name; null for the file as a whole)' }),
    row: t.exposeInt('row', { nullable: true, description: '行号 (Excel row number; the header is row 1)' }),
    column: t.exposeString('column', { nullable: true, description: '列 (column header)' }),
    code: t.exposeString('code', { description: '问题代码 (stable code, e.g. UNKNOWN_PARENT, CYCLE, MEMBER_WITHOUT_DUTY)' }),
    message: t.exposeString('message', { description: '说明 (Chinese message, with the English gist)' }),
  }),
});

const OrgChartAccount = builder.objectRef<ImportResult['accounts'][number]>('OrgChartAccount').implement({
  description: '新建账号 (an account the import creates)',
  fields: (t) => ({
    username: t.exposeString('username', { description: '用户名 (username)' }),
    temporaryPassword: t.exposeString('temporaryPassword', {
      nullable: true,
      description: '一次性密码 (one-time password, shown once; must be changed at first sign-in; null in a dry run)',
    }),
  }),
});

const OrgChartUnitRef = builder.objectRef<ImportResult['unitsNotInWorkbook'][number]>('OrgChartUnitRef').implement({
  description: '未列入表中的组织 (a unit of the bureau the workbook does not name; imports never archive units)',
  fields: (t) => ({
    code: t.exposeString('code', { nullable: true, description: '编码 (code; null when the unit has none)' }),
    name: t.exposeString('name', { description: '名称 (name)' }),
  }),
});

builder.relayMutationField(
  'importOrgChart',
  {
    description: '导入组织架构表 (org-chart workbook to import)',
    inputFields: (t) => ({
      file: t.field({ type: 'Upload', required: true, description: '组织架构表 (the filled template, .xlsx, at most 5 MB)' }),
      dryRun: t.boolean({ required: true, description: '仅校验 (true: the real run, rolled back — every check and database rule of the import, nothing written)' }),
    }),
  },
  {
    description: '导入组织架构 (import the org chart: units, people, posts, duties, accounts; GraphQL multipart request). '
      + 'Validates everything and reports every problem; unless dryRun, applies the difference in one transaction',
    resolve: (_root, { input }, ctx) => importOrgChart(ctx.prisma, ctx.viewer, { file: input.file, dryRun: input.dryRun }, ctx.now(), ctx.loginThrottle, { slots: ctx.heavySlots }),
  },
  {
    description: '导入结果 (the import report)',
    outputFields: (t) => ({
      dryRun: t.boolean({ resolve: (r) => r.dryRun, description: '是否仅校验 (whether this was a dry run)' }),
      applied: t.boolean({ resolve: (r) => r.applied, description: '是否已导入 (whether the changes were written)' }),
      counts: t.field({ type: OrgChartCounts, resolve: (r) => r.counts, description: '变更数 (what was, or would be, created or changed; zero when there are errors)' }),
      errors: t.field({ type: [OrgChartProblem], resolve: (r) => r.errors, description: '问题 (every problem found, sorted by sheet, row and column; nothing is written when there is one)' }),
      warnings: t.field({ type: [OrgChartProblem], resolve: (r) => r.warnings, description: '提示 (what the import skipped or adjusted — hidden or struck-through rows, moved start dates, changed codes; sorted like errors; never stops the import)' }),
      accounts: t.field({ type: [OrgChartAccount], resolve: (r) => r.accounts, description: '新建账号 (new accounts and their one-time passwords)' }),
      unitsNotInWorkbook: t.field({ type: [OrgChartUnitRef], resolve: (r) => r.unitsNotInWorkbook, description: '未列入表中的组织 (units the workbook leaves out; not archived)' }),
    }),
  },
);
