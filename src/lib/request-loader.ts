import DataLoader from 'dataloader';
import type { Context } from '../context.js';

/**
 * A DataLoader that lives as long as the request's loaders (`ctx.loaders.named`: the one per-request
 * cache, renewed by refreshViewer for a subscription's events), created on first use. Modules use it
 * for fields that are not Prisma relations, so a list of N rows still costs one statement.
 */
export function requestLoader<K, V>(ctx: Pick<Context, 'loaders'>, name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>, options?: DataLoader.Options<K, V, string>): DataLoader<K, V, string> {
  const loaders = ctx.loaders.named;
  let loader = loaders.get(name) as unknown as DataLoader<K, V, string> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V, string>(batch, options);
    loaders.set(name, loader as unknown as DataLoader<never, unknown>);
  }
  return loader;
}
