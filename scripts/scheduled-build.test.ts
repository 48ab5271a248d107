/** The scheduled build (`.github/workflows/build.yml`) publishes future-dated articles on their day in Paris. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isoDay, parisDay } from '../src/lib/dates.ts';

interface Workflow {
  on: { schedule: { cron: string }[]; push: { branches: string[] } };
  jobs: Record<string, { steps: { run?: string }[] }>;
}

const workflow = load(readFileSync(new URL('../.github/workflows/build.yml', import.meta.url), 'utf8')) as Workflow;

describe('the scheduled build', () => {
  it('runs every day, and after every change to main', () => {
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on.schedule[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.on.push.branches).toEqual(['main']);
  });

  it('fires on the new day in Paris, winter and summer, every day of the year', () => {
    const [minute, hour] = (workflow.on.schedule[0]?.cron ?? '').split(' ').map(Number);
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
      const fires = new Date(day + ((hour ?? 0) * 60 + (minute ?? 0)) * 60_000);
      // Cron runs in UTC: at 23:05 UTC it is already the next day in Paris, before 2 a.m.
      const nextDay = isoDay(new Date(day + 86_400_000));
      expect(parisDay(fires), fires.toISOString()).toBe(hour === 23 ? nextDay : isoDay(new Date(day)));
      const parisHour = Number(
        fires.toLocaleString('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' }),
      );
      expect(parisHour, fires.toISOString()).toBeLessThan(2);
    }
  });

  it('installs with npm ci, so that npm run uses the Node.js pinned by the project, and builds with npm run build', () => {
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
    expect(runs.some((run) => run.startsWith('npm ci'))).toBe(true);
    expect(runs).toContain('npm run build');
  });
});
