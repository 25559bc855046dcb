import { relative } from 'node:path';
import { expect } from 'vitest';

/**
 * Seeds and run counts of the property tests (fast-check), in one place. By default every test
 * draws from its own fixed seed, so a run is repeatable and a red test stays red. Environment:
 *
 * - `FC_SEED=<integer>` replaces every default seed of the run (a test that derives several seeds
 *   from it adds its own offsets, as with its default); `FC_SEED=random` draws one per test file.
 * - `FC_RUNS=<integer>` replaces the number of runs of every `fc.assert` that takes it from here.
 * - `FC_PATH=<path>` (with FC_SEED) replays the shrunk counterexample fast-check reported.
 *
 * Each test prints the seed it used: `fast-check <name>: seed <n>, <runs> runs (replay:
 * FC_SEED=<n> npx vitest run <file>)`. To replay a failure, copy that command (docs/testing.md).
 */
let randomSeed: number | undefined;

/** The seed a property test uses: FC_SEED, or its own default. Prints it with the replay command. */
export function fcSeed(name: string, defaultSeed: number, runs?: number): number {
  const env = process.env.FC_SEED?.trim();
  const seed = !env ? defaultSeed : env === 'random' ? (randomSeed ??= Math.floor(Math.random() * 2 ** 31)) : Number(env);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(env)}`);
  const file = expect.getState().testPath;
  const where = file ? relative(process.cwd(), file) : '<test file>';
  console.info(`fast-check ${name}: seed ${seed}${runs === undefined ? '' : `, ${runs} runs`}${env ? ' (from FC_SEED)' : ''} (replay: FC_SEED=${seed} npx vitest run ${where})`);
  return seed;
}

/** The number of runs: FC_RUNS, or the test's default. */
export function fcRuns(defaultRuns: number): number {
  const env = process.env.FC_RUNS?.trim();
  if (!env) return defaultRuns;
  const runs = Number(env);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`FC_RUNS must be a positive integer, not ${JSON.stringify(env)}`);
  return runs;
}

/** Parameters for `fc.assert`: seed and runs as above, and FC_PATH to replay a shrunk counterexample. */
export function fcParameters(name: string, defaults: { seed: number; numRuns: number }): { seed: number; numRuns: number; path?: string } {
  const numRuns = fcRuns(defaults.numRuns);
  const seed = fcSeed(name, defaults.seed, numRuns);
  const path = process.env.FC_PATH?.trim();
  return path ? { seed, numRuns, path } : { seed, numRuns };
}
