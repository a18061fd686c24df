// The HTML report opened in a real headless Chromium (Debian's, driven by playwright-core).
import { mkdirSync} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hipcheck, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
afterAll(async () => {
  await browser?.close();
});

async function open(file: string) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  return { page, errors, requests };
}

function report(args: string[]): string {
  const file = join(tempDir('hipcheck-html-'), 'report.html');
  const result = hipcheck([...args, '--format', 'html', '-o', file]);
  expect([0, 1, 2]).toContain(result.status);
  return file;
}

describe('HTML report in a real browser', () => {
  it('analyze: no errors, no network, one bar per week with heights in the order of the distances; screenshot saved', async () => {
    const file = report(['analyze', 'fixtures/logs/example.csv']);
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    const bars = await page.$$eval('svg rect.bar', (elements) => elements.map((element) => ({ km: Number(element.getAttribute('data-km')), height: element.getBoundingClientRect().height })));
    expect(bars).toHaveLength(12);
    const byKm = [...bars].sort((a, b) => a.km - b.km).map((bar) => bar.km);
    const byHeight = [...bars].sort((a, b) => a.height - b.height).map((bar) => bar.km);
    expect(byHeight).toEqual(byKm);
    expect(await page.locator('h1').first().textContent()).toBe('hipcheck: example');
    // Sunday's run had 2/10 the next morning (Monday 03-31): its week shows it.
    expect(await page.locator('svg[role="img"] desc').first().textContent()).toContain('week of 2025-03-24: 48.4 km, highest pain during 5, after 5, next morning 2');
    // The pain calendar: one cell per day from the first entry (2025-01-07) to the morning after the last run.
    expect(await page.locator('svg rect.cal[data-date]').count()).toBe(84);
    expect(await page.locator('h2').allTextContents()).toEqual(['Status: AMBER — hold or cut back', 'Next 7 days', 'Weekly distance and pain', 'Pain calendar', 'Acute:chronic ratio', 'Weeks', 'Patterns in your log', 'Findings', 'Too little data', 'Skipped rows', 'References']);
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-output/analyze-report.png'), fullPage: true });
    await page.close();
  });

  it('hostile names, shoes and notes show as text and never run', async () => {
    const { page, errors, requests } = await open(report(['analyze', 'fixtures/logs/injection.yaml']));
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('h1').first().textContent()).toBe('hipcheck: <script>window.__pwned = 1</script>Mallory');
    expect(await page.locator('body').textContent()).toContain('"><img src=x onerror="window.__pwned = 2">');
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    await page.close();
  });

  it('batch: squad table with a sparkline per athlete, and each athlete\'s section', async () => {
    const { page, errors } = await open(report(['batch', '--roster', 'fixtures/batch/roster.yaml']));
    expect(errors).toEqual([]);
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(3);
    expect(await page.locator('table').first().locator('svg[role="img"]').count()).toBe(3);
    expect(await page.locator('h2').allTextContents()).toEqual(['hipcheck: Ana Silva', 'hipcheck: Cleo Martin', 'hipcheck: Ben Okafor']);
    await page.screenshot({ path: join(ROOT, 'test-output/batch-report.png'), fullPage: true });
    await page.close();
  });
});
