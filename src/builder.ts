import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { objectIsVisible } from './authz/shield.js';
import type { Context } from './context.js';
import type { Prisma } from './generated/prisma/client.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';

/** The Pothos builder and its plugins; no types are defined here. */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    Decimal: { Input: string; Output: Prisma.Decimal | string };
    /** A file of a GraphQL multipart request (input only). */
    File: { Input: File; Output: never };
    /** The org-chart import's file (the contract names it Upload). */
    Upload: { Input: File; Output: never };
  };
}>({
  plugins: [PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // A row the viewer may not see answers null, exactly like one that does not exist.
    nodeQueryOptions: {
      description: '按全局ID取单个对象 (fetch one object by global ID); null when it does not exist or is not visible',
      resolve: async (_root, args, ctx, _info, resolveNodes) => {
        if (!isTypeName(args.id.typename)) return null;
        const node = await resolveNodes(args.id);
        return (await objectIsVisible(args.id.typename, node, ctx)) ? node : null;
      },
    },
    nodesQueryOptions: {
      description: '按全局ID批量取对象 (fetch objects by global ID); null for each one that does not exist or is not visible',
      resolve: async (_root, args, ctx, _info, resolveNodes) => {
        const requested = args.ids;
        const known = requested.filter((id) => isTypeName(id.typename));
        // The plugin's resolveNodes ignores its argument and reads `args.ids`: narrow that instead.
        (args as { ids: typeof known }).ids = known;
        const loaded = await resolveNodes(known);
        const byGlobalId = new Map(known.map((id, i) => [`${id.typename}:${id.id}`, loaded[i]]));
        return Promise.all(requested.map(async (id) => {
          const node = byGlobalId.get(`${id.typename}:${id.id}`) ?? null;
          return (await objectIsVisible(id.typename, node, ctx)) ? node : null;
        }));
      },
    },
    pageInfoTypeOptions: { description: '分页信息 (Relay page info)' },
    idFieldOptions: { description: '全局ID (global ID; pass it to node())' },
    cursorFieldOptions: { description: '游标 (cursor for after/before)' },
    nodeFieldOptions: { description: '对象 (the object)' },
    edgesFieldOptions: { description: '边 (edges)' },
    pageInfoFieldOptions: { description: '分页信息 (page info)' },
    hasNextPageFieldOptions: { description: '是否有下一页 (whether there is a next page)' },
    hasPreviousPageFieldOptions: { description: '是否有上一页 (whether there is a previous page)' },
    startCursorFieldOptions: { description: '起始游标 (first cursor of the page)' },
    endCursorFieldOptions: { description: '结束游标 (last cursor of the page)' },
    firstArgOptions: { description: '取前N条 (page size from the start)' },
    lastArgOptions: { description: '取后N条 (page size from the end)' },
    afterArgOptions: { description: '在此游标之后 (after this cursor)' },
    beforeArgOptions: { description: '在此游标之前 (before this cursor)' },
    defaultConnectionTypeOptions: { description: '分页结果 (a page of results)' },
    defaultEdgeTypeOptions: { description: '分页边 (an edge to one result)' },
    nodeTypeOptions: { description: '可按全局ID获取的对象 (an object with a global ID)' },
  },
});

/** Whether a global ID names a type of this schema (an unknown one answers null, like a missing row). */
function isTypeName(typename: string): boolean {
  try {
    builder.configStore.getTypeConfig(typename);
    return true;
  } catch {
    return false;
  }
}

builder.queryType({ description: '查询 (queries)' });
builder.mutationType({ description: '变更 (mutations): each runs in one transaction and writes an audit event' });
builder.subscriptionType({ description: '订阅 (subscriptions), served over SSE at /graphql with Accept: text/event-stream' });
