// `interview --format html` as a physiotherapist gets it: the answers and the outcome, and with
// --log the log's full report; on a wide screen and a phone, printed to A4 by Chromium, checked
// by axe-core. The red flag must be the first thing read.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hipcheck, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

let browser: Browser;
const files: Record<string, string> = {};
/** The red-flag interview with the example log, a calm one alone, and one with a hostile log. */
const RUNS: Record<string, string[]> = {
  withLog: ['--answers', 'fixtures/answers/building-walking.yaml', '--log', 'fixtures/logs/example.csv'],
  alone: ['--answers', 'fixtures/answers/mild-settled.yaml'],
  hostile: ['--answers', 'fixtures/answers/fever.yaml', '--log', 'fixtures/logs/injection.yaml'],
};
const outputs: Record<string, { status: number | null; stdout: string }> = {};

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const dir = tempDir('hipcheck-interview-html-');
  for (const [name, args] of Object.entries(RUNS)) {
    files[name] = join(dir, `${name}.html`);
    const today = name === 'hostile' ? '2025-02-01' : '2025-03-31';
    outputs[name] = hipcheck(['interview', ...args, '--format', 'html', '-o', files[name]], { env: { HIPCHECK_TODAY: today, COLUMNS: '200' } });
  }
});
afterAll(async () => {
  await browser?.close();
});

async function open(file: string, width = 1200): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  return { page, errors, requests };
}

const INTERVIEW_SECTIONS = ['hipcheck interview, 2025-03-31', 'RED FLAG: stop running and see a doctor within the next few days.', 'This week: STOP RUNNING FOR NOW', 'The answers', 'Self-test and muscle or joint', 'Patterns the answers fit best', 'Log from now on'];
const LOG_SECTIONS = ['hipcheck: example', 'What the log shows', 'Weekly distance and pain', 'Pain calendar', 'Acute:chronic ratio', 'Weeks', 'Patterns in your log', 'Findings', 'Too little data', 'Skipped rows', 'References'];

describe('interview --format html', () => {
  it('-o writes the page through the safe write; the terminal gets the same outcome and exit code as text', () => {
    const text = hipcheck(['interview', ...RUNS.withLog!], { env: { COLUMNS: '200' } });
    expect(outputs.withLog!.status).toBe(text.status);
    expect(outputs.withLog!.stdout).toBe(text.stdout);
    expect(text.status).toBe(1);
  });

  it('the red flag comes first and last; every answer is there as question → answer, the red flag answered yes leading its group', async () => {
    const { page, errors, requests } = await open(files.withLog!);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    const headings = await page.locator('main h2').allTextContents();
    expect(headings[0]).toBe(INTERVIEW_SECTIONS[1]);
    expect(headings.slice(0, 7)).toEqual([...INTERVIEW_SECTIONS.slice(1), INTERVIEW_SECTIONS[1]]);
    expect(await page.locator('[role="alert"] h2').textContent()).toBe(INTERVIEW_SECTIONS[1]);
    const rows = await page.$$eval('table.answers tbody tr:not(.rule)', (trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
    expect(rows[0]).toEqual(['Deep groin pain that gets worse the longer you run, and hurts when walking or standing?', 'YES: red flag']);
    expect(rows.slice(1, 8).every(([, answer]) => answer === 'no')).toBe(true);
    expect(rows).toContainEqual(['Pain during your last run, 0–10?', '5']);
    expect(rows).toContainEqual(['How does it behave on a run?', 'Builds the longer I run']);
    expect(rows).toContainEqual(['Is it uncomfortable to stand evenly on both legs?', 'yes']);
    // 8 red flags, 11 questions about the hip and the running, 6 self-test items, each group under its heading.
    expect(await page.locator('table.answers tr.rule').allTextContents()).toEqual(['Red flags', 'The hip and the running', 'Self-test']);
    expect(rows).toHaveLength(8 + 11 + 6);
    // With --log, the log's full report follows: the same sections as analyze --format html.
    expect(headings.slice(7)).toEqual(['hipcheck: example']);
    expect((await page.locator('main h3').allTextContents()).map((heading) => heading.replace(/ — .*/, ''))).toEqual(LOG_SECTIONS.slice(1));
    await page.close();
  });

  it.each([1200, 390])('at %i px nothing runs off the side; screenshot saved', async (width) => {
    for (const name of ['withLog', 'alone']) {
      const { page } = await open(files[name]!, width);
      const [pageWidth, viewWidth] = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as number[];
      expect(viewWidth).toBe(width);
      expect(pageWidth, name).toBeLessThanOrEqual(width);
      mkdirSync(join(ROOT, 'test-output'), { recursive: true });
      await page.screenshot({ path: join(ROOT, `test-output/interview-${name}-${width}.png`), fullPage: true });
      await page.close();
    }
  });

  it('printed to A4 by Chromium: the interview first, then the log\'s report from a new page, sections in order', async () => {
    const { page } = await open(files.withLog!);
    const pdf = join(tempDir('hipcheck-pdf-'), 'interview.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // Long headings wrap on paper: each is found by its first words.
    const sections = [...INTERVIEW_SECTIONS, ...LOG_SECTIONS].map((heading) => heading.split(' ').slice(0, 4).join(' '));
    const positions = sections.map((heading) => text.indexOf(heading));
    expect(positions.filter((position) => position < 0).length, JSON.stringify(sections.filter((_, index) => positions[index]! < 0))).toBe(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const pageOf = (heading: string) => text.slice(0, text.indexOf(heading)).split('\f').length;
    expect(pageOf('hipcheck: example')).toBeGreaterThan(pageOf('Log from now on'));
    // The banner is printed again at the end of the interview.
    expect(text.split('RED FLAG: stop running').length - 1).toBe(2);
  });

  it('axe-core finds no accessibility violations (with a log, and alone)', async () => {
    for (const name of ['withLog', 'alone']) {
      const { page } = await open(files[name]!);
      await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const result = await (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations, name).toEqual([]);
      await page.close();
    }
  });

  it('without a log: the outcome and the answers, no log report', async () => {
    const { page } = await open(files.alone!);
    expect(await page.locator('h1').textContent()).toBe('hipcheck interview, 2025-03-31');
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(await page.locator('main h2').allTextContents()).toEqual(['This week: KEEP RUNNING, BUILD UP GRADUALLY', 'The answers', 'Self-test and muscle or joint', 'Patterns the answers fit best', 'Log from now on']);
    expect(outputs.alone!.status).toBe(0);
    await page.close();
  });

  it('hostile text from the log shows as text and never runs', async () => {
    const { page, errors, requests } = await open(files.hostile!);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main h2', { hasText: 'Mallory' }).textContent()).toBe('hipcheck: <script>window.__pwned = 1</script>Mallory');
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    await page.close();
  });
});
