import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The OneRoster import's progress steps are shown on the Data exchange page in the admin's
 * language (components/data-exchange/run-panel.tsx): a file's name as it is, `roster` and each
 * `file:part` by a DataExchange.step_* message in kk, ru and en.
 */
const dir = path.join(process.cwd(), 'lib/oneroster');
const steps = new Set(
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/progress\('([^']+)'/g)].map((m) => m[1]!)),
);
const panel = readFileSync(path.join(process.cwd(), 'components/data-exchange/run-panel.tsx'), 'utf8');

describe('OneRoster progress steps', () => {
  it('are found in the import’s code', () => {
    expect(steps.has('roster')).toBe(true);
    expect([...steps].some((s) => s.includes(':'))).toBe(true);
  });

  it('are each a file name, or worded in every language and known to the page', () => {
    for (const locale of ['kk', 'ru', 'en']) {
      const messages = JSON.parse(readFileSync(path.join(process.cwd(), `messages/${locale}.json`), 'utf8')).DataExchange as Record<string, string>;
      for (const step of steps) {
        if (/^[A-Za-z]+\.csv$/.test(step)) continue;
        const key = step === 'roster' ? 'step_roster' : `step_${step.split(':')[1]}`;
        expect(messages[key], `${locale}: ${step}`).toBeTruthy();
        if (step !== 'roster') expect(panel).toContain(`'${step.split(':')[1]}'`);
      }
    }
  });
});
