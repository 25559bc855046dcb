import type { ExecutionResult } from 'graphql';

/**
 * A GraphQL subscription over SSE (yoga's default transport: POST /graphql with
 * Accept: text/event-stream), collecting every `next` payload until closed.
 */
export interface SseSubscription<T> {
  events: ExecutionResult<T>[];
  /** Resolves once `count` events have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ExecutionResult<T>[]>;
  close(): Promise<void>;
  /** Resolves when the server ends the stream (or it is closed here). */
  ended: Promise<void>;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function subscribe<T>(fetchFn: Fetch, url: string, query: string, token: string): Promise<SseSubscription<T>> {
  const controller = new AbortController();
  const response = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`subscription failed: ${response.status} ${await response.text()}`);
  const events: ExecutionResult<T>[] = [];
  let waiters: (() => void)[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const pump = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim();
          const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
          if (event === 'next' && data) {
            events.push(JSON.parse(data) as ExecutionResult<T>);
            const pending = waiters;
            waiters = [];
            pending.forEach((w) => w());
          }
        }
      }
    } catch {
      // aborted on close
    }
  })();
  return {
    events,
    ended: pump,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} events, got ${events.length}: ${JSON.stringify(events)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return events;
    },
    async close() {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      await pump;
    },
  };
}
