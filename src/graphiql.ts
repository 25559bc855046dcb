import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import type { AppServices } from './context.js';
import { login } from './modules/auth/service.js';

/**
 * GraphiQL served entirely from the installed `@graphql-yoga/graphiql` package: its page, script,
 * stylesheet and Monaco workers come from node_modules, so it works on an intranet with no
 * internet (yoga's built-in page loads them from a public CDN). The stylesheet embeds its fonts
 * and icons; the page names no external URL at all (the favicon is an inline data URI).
 *
 * When: `GRAPHIQL=auto` (default) serves it outside production; `on` also serves it in production,
 * but only behind HTTP Basic sign-in with a zeren account (the same username and password as
 * `login`), so the schema explorer is not open to anyone on the network; `off` never serves it.
 */

const ASSET_PREFIX = '/graphiql/';
const PACKAGE_DIR = dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json'));
const DIST = join(PACKAGE_DIR, 'dist');

/** The files the page needs, by URL path under ASSET_PREFIX: nothing else is served. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'graphiql.css': { file: 'graphiql.css', type: 'text/css; charset=utf-8' },
  'yoga-graphiql.umd.js': { file: 'yoga-graphiql.umd.js', type: 'application/javascript; charset=utf-8' },
  'editor.worker.js': { file: 'monacoeditorwork/editor.worker.bundle.js', type: 'application/javascript; charset=utf-8' },
  'json.worker.js': { file: 'monacoeditorwork/json.worker.bundle.js', type: 'application/javascript; charset=utf-8' },
  'graphql.worker.js': { file: 'monacoeditorwork/graphql.worker..bundle.js', type: 'application/javascript; charset=utf-8' },
};

/** The headers editor's default: the hint says what goes there (an ASCII placeholder, a valid header). */
export const HEADERS_HINT = JSON.stringify({ Authorization: 'Bearer PASTE_THE_TOKEN_FROM_login_HERE' }, null, 2);

/** The default tab: sign in, then a query answered within the viewer's scope. */
export const DEFAULT_QUERY = `# zeren 意识形态工作责任制 GraphQL API
#
# 第一步 (step 1): 运行 SignIn（点 ▶ 选 SignIn），复制返回的 token。
#   Run SignIn (press ▶ and pick SignIn) and copy the token it returns.
#   演示账号 (demo accounts): secretary, propaganda, forestry.secretary … 密码 (password): demo
# 第二步 (step 2): 在下方 Headers 中填入 {"Authorization": "Bearer <token>"}，再运行 MyScope。
#   Put the token into the Headers pane below, replacing the placeholder, then run MyScope.
#   A stale token never blocks SignIn; other operations answer UNAUTHENTICATED until it is replaced.

mutation SignIn {
  login(username: "secretary", password: "demo") {
    token
  }
}

query MyScope {
  viewer {
    username
    person { name }
  }
  orgUnits(first: 5) {
    totalCount
    edges { node { name kind firstResponsible { name } } }
  }
}
`;

function renderPage(title: string): string {
  const options = {
    title,
    // YogaGraphiQL takes the first tab's query as `query` and its headers as `headers`.
    query: DEFAULT_QUERY,
    headers: HEADERS_HINT,
    defaultEditorToolsVisibility: 'headers',
    shouldPersistHeaders: false,
    subscriptionsProtocol: 'SSE',
  };
  // Same boot sequence as yoga's page, with every URL local: workers are fetched from this server
  // and started from blob URLs, as Monaco requires.
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title.replace(/[<&]/g, '')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSET_PREFIX}graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL 需要启用 JavaScript (GraphiQL needs JavaScript).</noscript>
<div id="root">正在加载 GraphiQL (loading GraphiQL)…</div>
<script>
const workerUrls = { editorWorkerService: '${ASSET_PREFIX}editor.worker.js', json: '${ASSET_PREFIX}json.worker.js', graphql: '${ASSET_PREFIX}graphql.worker.js' };
const workers = {};
function prepareWorkers() {
  return Promise.all(Object.entries(workerUrls).map(async ([label, url]) => {
    const text = await (await fetch(url)).text();
    workers[label] = URL.createObjectURL(new Blob([text], { type: 'application/javascript' }));
  }));
}
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => workers[label] };
</script>
<script src="${ASSET_PREFIX}yoga-graphiql.umd.js"></script>
<script>prepareWorkers().finally(() => { YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${json}); });</script>
</body>
</html>`;
}

export function graphiqlEnabled(config: AppServices['config']): 'open' | 'signed-in' | false {
  if (config.GRAPHIQL === 'off') return false;
  if (config.NODE_ENV !== 'production') return 'open';
  return config.GRAPHIQL === 'on' ? 'signed-in' : false;
}

const REALM = 'Basic realm="zeren GraphiQL", charset="UTF-8"';

/** Whether a request carries HTTP Basic credentials of an account that may sign in. */
async function basicSignIn(services: AppServices, request: Request): Promise<boolean> {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(request.headers.get('authorization') ?? '');
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return false;
  return login(services.db.prisma, services.tokens, decoded.slice(0, colon), decoded.slice(colon + 1)).then(() => true, () => false);
}

const cache = new Map<string, Promise<Buffer>>();
const asset = (file: string) => {
  let body = cache.get(file);
  if (!body) cache.set(file, (body = readFile(join(DIST, file))));
  return body;
};

/** Serves the GraphiQL page on GET /graphql (Accept: text/html) and its assets under /graphiql/. */
export function useOfflineGraphiQL(services: AppServices, title = 'zeren 意识形态工作责任制 GraphiQL'): Plugin {
  const mode = graphiqlEnabled(services.config);
  return {
    async onRequest({ request, url, endResponse }) {
      if (!mode || request.method !== 'GET') return;
      const isPage = (url.pathname === '/graphql' || url.pathname === '/graphql/') && !!request.headers.get('accept')?.includes('text/html');
      const name = url.pathname.startsWith(ASSET_PREFIX) ? url.pathname.slice(ASSET_PREFIX.length) : undefined;
      if (!isPage && name === undefined) return;
      if (mode === 'signed-in' && !(await basicSignIn(services, request))) {
        endResponse(new Response('请使用 zeren 账号登录 (sign in with a zeren account)', {
          status: 401,
          headers: { 'www-authenticate': REALM, 'content-type': 'text/plain; charset=utf-8' },
        }));
        return;
      }
      if (isPage) {
        endResponse(new Response(renderPage(title), { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } }));
        return;
      }
      const entry = name ? ASSETS[name] : undefined;
      if (!entry) {
        endResponse(new Response('not found', { status: 404 }));
        return;
      }
      const body = await asset(entry.file);
      endResponse(new Response(new Uint8Array(body), {
        headers: { 'content-type': entry.type, 'cache-control': mode === 'open' ? 'no-cache' : 'private, max-age=3600' },
      }));
    },
  };
}
