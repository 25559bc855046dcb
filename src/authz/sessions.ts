import { refreshViewer, type Context } from '../context.js';
import { loadViewer, type Viewer } from './scope.js';

/** A viewer who may act: signed in, not on a one-time password. */
export type ActiveViewer = Exclude<Viewer, { kind: 'anonymous' | 'passwordChange' }>;

/**
 * The subscriber as the database sees them now: their account still signs in with this token's
 * session version, with the scope their posts and duties give today. Undefined when the account
 * was disabled, reset or its password changed since the stream opened. The context is pointed at
 * that viewer too, so the event's fields and row guards see today's scope (a scope gained since the
 * stream opened is not refused by a stale guard, a scope lost is not served by a stale loader).
 */
export async function currentViewer(ctx: Context): Promise<ActiveViewer | undefined> {
  if (!ctx.session) return undefined;
  const viewer = await loadViewer(ctx.prisma, ctx.session.userId, { sessionVersion: ctx.session.sessionVersion, now: ctx.now() });
  if (viewer.kind === 'anonymous' || viewer.kind === 'passwordChange') return undefined;
  refreshViewer(ctx, viewer);
  return viewer;
}

/**
 * Passes a subscription's events on for as long as the subscriber's session lasts. It ends at once
 * on a `sessionRevoked` event for the account (published by disable, reset and password change, and
 * through Redis to every instance), and, as a safety net for a missed event, when a re-check every
 * `SESSION_RECHECK_SECONDS` finds the account can no longer sign in. Subscriptions re-check the
 * subscriber on every event too (currentViewer).
 */
export async function* whileSessionLasts<T>(ctx: Context, source: AsyncIterable<T>): AsyncGenerator<T> {
  const userId = ctx.session?.userId;
  if (!userId) return;
  let stop!: () => void;
  const stopped = new Promise<'stop'>((resolve) => {
    stop = () => resolve('stop');
  });
  const revoked = ctx.pubsub.subscribe('sessionRevoked')[Symbol.asyncIterator]();
  void (async () => {
    for (;;) {
      const next = await Promise.race([revoked.next(), stopped]);
      if (next === 'stop' || next.done) return;
      if (next.value.userId === userId) return stop();
    }
  })().catch(() => stop());
  const timer = setInterval(() => {
    currentViewer(ctx).then((viewer) => viewer || stop(), () => undefined);
  }, ctx.config.SESSION_RECHECK_SECONDS * 1000);
  timer.unref?.();
  const events = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await Promise.race([events.next(), stopped]);
      if (next === 'stop' || next.done) return;
      yield next.value;
    }
  } finally {
    clearInterval(timer);
    stop();
    await Promise.allSettled([events.return?.(), revoked.return?.()]);
  }
}
