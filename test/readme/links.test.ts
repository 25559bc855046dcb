import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The documentation points only at what exists (issue 19): every repository path it names
 * (`src/…`, `test/…`, `scripts/…`, `prisma/…`, `docs/…`, `bench/…`, `.ci/…`), every relative link
 * and every `#heading` a link names, in README.md, CHANGELOG.md and docs/*.md; nothing points
 * outside the repository (a person who clones it has nothing else). Placeholders and globs are
 * checked up to their first `<`, `*` or `{` (`src/modules/<domain>/` needs `src/modules/`).
 * Web links (http, https, mailto) are not fetched. Prose lines stay readable: at most 200
 * characters outside code blocks and tables.
 */

const ROOT = resolve('.');
const FILES = ['README.md', 'CHANGELOG.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

/** The text outside fenced code blocks, line numbers kept (fenced lines become empty). */
function prose(text: string): string[] {
  let fenced = false;
  return text.split('\n').map((line) => {
    if (/^[ \t]*```/.test(line)) { fenced = !fenced; return ''; }
    return fenced ? '' : line;
  });
}

/** GitHub's heading anchors: lower case, punctuation dropped (letters, digits, `_`, `-` and spaces kept), spaces to `-`, repeats numbered. */
export function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of prose(text)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const plain = heading[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const slug = plain.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n ? `${slug}-${n}` : slug);
  }
  return anchors;
}

type Problem = string;

/** Repository paths named in the text that do not exist. */
export function stalePaths(file: string, text: string, exists: (path: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/(?<![\w./@:-])((?:src|test|scripts|prisma|docs|bench|\.ci)\/[\w.\-/<>*{}]*)/g)) {
      let path = m[1]!.replace(/[<*{].*$/, '');
      path = path.replace(/[.,:;]+$/, '');
      if (!exists(path)) problems.push(`${file}:${i + 1}: ${m[1]} does not exist`);
    }
  });
  return problems;
}

/** Links to missing files or headings, and anything pointing outside the repository. */
export function badLinks(file: string, text: string, exists: (path: string) => boolean, anchors: (path: string) => Set<string>): Problem[] {
  const problems: Problem[] = [];
  prose(text).forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    const code = line.replace(/`[^`]*`/g, (s) => ' '.repeat(s.length));
    for (const m of code.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = m[1]!;
      if (/^(https?:|mailto:)/.test(target)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) { problems.push(`${where}: ${target} is not a path in the repository`); continue; }
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const resolved = path ? relative(ROOT, resolve(dirname(file), path)) : file;
      if (resolved.startsWith('..')) { problems.push(`${where}: ${target} points outside the repository`); continue; }
      if (!exists(resolved)) { problems.push(`${where}: ${target} does not exist`); continue; }
      if (anchor !== undefined && !anchors(resolved).has(decodeURIComponent(anchor))) problems.push(`${where}: ${target}: no such heading in ${resolved}`);
    }
    // A path written out rather than linked must not leave the repository either.
    for (const m of line.matchAll(/(?<![\w/])((?:\.\.\/)+[\w.-]+)/g)) {
      if (relative(ROOT, resolve(dirname(file), m[1]!)).startsWith('..')) problems.push(`${where}: ${m[1]} points outside the repository`);
    }
  });
  return problems;
}

/** Prose lines longer than 200 characters (tables and code blocks excepted). */
export function longLines(file: string, text: string): Problem[] {
  return prose(text).flatMap((line, i) => (line.length > 200 && !line.trimStart().startsWith('|') ? [`${file}:${i + 1}: ${line.length} characters`] : []));
}

const exists = (path: string) => existsSync(join(ROOT, path));
const anchorCache = new Map<string, Set<string>>();
const anchors = (path: string) => {
  if (!anchorCache.has(path)) anchorCache.set(path, path.endsWith('.md') ? anchorsOf(readFileSync(path, 'utf8')) : new Set());
  return anchorCache.get(path)!;
};

describe('the documentation points only at what exists', () => {
  it('finds a stale path, a missing heading, a link out of the repository, a long line', () => {
    const text = 'See `test/plan/evidence.test.ts` and `src/modules/<domain>/`, [x](../shared/seed/), [y](docs/design.md#no-such-heading),\n'
      + '[z](#here) and ../shared/docs/DOMAIN.md.\n\n## Here\n' + 'word '.repeat(50);
    const fakeExists = (p: string) => ['src/modules/', 'docs/design.md', 'README.md'].includes(p);
    expect(stalePaths('README.md', text, fakeExists)).toEqual(['README.md:1: test/plan/evidence.test.ts does not exist']);
    expect(badLinks('README.md', text, fakeExists, (p) => (p === 'README.md' ? anchorsOf(text) : new Set(['shape'])))).toEqual([
      'README.md:1: ../shared/seed/ points outside the repository',
      'README.md:1: docs/design.md#no-such-heading: no such heading in docs/design.md',
      'README.md:1: ../shared points outside the repository',
      'README.md:2: ../shared points outside the repository',
    ]);
    expect(longLines('README.md', text)).toEqual(['README.md:5: 250 characters']);
    expect([...anchorsOf('## Who may act (谁可以办, issue 11 item 7)\n## A `b`.c\n## A `b`.c')]).toEqual(['who-may-act-谁可以办-issue-11-item-7', 'a-bc', 'a-bc-1']);
  });

  it.each(FILES)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect([...stalePaths(file, text, exists), ...badLinks(file, text, exists, anchors), ...longLines(file, text)]).toEqual([]);
  });
});
