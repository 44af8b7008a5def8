/**
 * Goals of a benchmark: each measured figure is printed beside its goal, and a missed goal makes
 * the bench exit non-zero (tests/bench/run.ts then fails `npm run bench`), so a regression is
 * noticed instead of scrolling past.
 */
const missed: string[] = [];

/** Prints `label: measured (goal …) ok|MISSED` and records a miss. Lower is better unless `atLeast`. */
export function goal(label: string, measured: number, limit: number, unit: string, options: { atLeast?: boolean; digits?: number } = {}): boolean {
  const digits = options.digits ?? (Math.abs(measured) >= 100 ? 0 : 1);
  const ok = options.atLeast ? measured >= limit : measured <= limit;
  const sign = options.atLeast ? '≥' : '≤';
  const text = `${label}: ${measured.toFixed(digits)} ${unit} (goal ${sign} ${limit} ${unit})`;
  console.log(`  ${text.padEnd(90)} ${ok ? 'ok' : 'MISSED'}`);
  if (!ok) missed.push(text);
  return ok;
}

/** The goals missed so far, for a closing summary. */
export function missedGoals(): readonly string[] {
  return missed;
}

/** Prints the summary and exits: 1 when a goal was missed. */
export function exitWithGoals(): never {
  if (missed.length > 0) {
    console.log(`\n${missed.length} goal(s) missed:\n${missed.map((m) => `  - ${m}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nevery goal met');
  process.exit(0);
}
