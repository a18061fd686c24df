// The analyze HTML report as a physiotherapist gets it: on a wide screen and a phone, printed
// to A4 by Chromium, checked by axe-core, and its charts checked against the log itself.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, format, parseISO } from 'date-fns';
import { hipcheck, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

let browser: Browser;
let reportFile: string;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  reportFile = join(tempDir('hipcheck-physio-'), 'report.html');
  expect(hipcheck(['analyze', 'fixtures/logs/example.csv', '--format', 'html', '-o', reportFile]).status).toBe(0);
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number, file = reportFile): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(pathToFileURL(file).href);
  return page;
}

const SECTIONS = ['Status: AMBER', 'Next 7 days', 'Weekly distance and pain', 'Pain calendar', 'Acute:chronic ratio', 'Weeks', 'Patterns in your log', 'Findings', 'Too little data', 'Skipped rows', 'References'];

/** Each day's worst pain and the mornings with a next-morning score, worked out from the CSV itself (not from hipcheck's JSON). */
function worstPainFromCsv(): { worst: Map<string, number>; mornings: Set<string> } {
  const rows = parse(readFileSync(join(ROOT, 'fixtures/logs/example.csv')), { columns: true }) as Record<string, string>[];
  const worst = new Map<string, number>();
  const mornings = new Set<string>();
  const raise = (date: string, value: string | undefined) => {
    if (value !== undefined && value !== '') worst.set(date, Math.max(worst.get(date) ?? 0, Number(value)));
  };
  for (const row of rows) {
    const date = row.date!.slice(0, 10);
    raise(date, row.pain);
    raise(date, row.pain_after);
    if (row.pain_next_day !== undefined && row.pain_next_day !== '') {
      const morning = format(addDays(parseISO(date), 1), 'yyyy-MM-dd');
      raise(morning, row.pain_next_day);
      mornings.add(morning);
    }
  }
  return { worst, mornings };
}

describe('the analyze report for a physiotherapist', () => {
  it.each([1200, 390])('at %i px nothing runs off the side; screenshot saved', async (width) => {
    const page = await open(width);
    const [pageWidth, viewWidth] = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as number[];
    expect(viewWidth).toBe(width);
    expect(pageWidth).toBeLessThanOrEqual(width);
    // Each chart fits the screen as well (it scales down instead of being cut).
    const widest = await page.$$eval('svg', (svgs) => Math.max(...svgs.map((svg) => svg.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(width);
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, `test-output/analyze-${width}.png`), fullPage: true });
    await page.close();
  });

  it('printed to A4 by Chromium: the sections in order, the charts and the tables each start a new page, no chart cut across pages', async () => {
    const page = await open(1200);
    const pdf = join(tempDir('hipcheck-pdf-'), 'report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const positions = SECTIONS.map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // pdftotext separates pages with a form feed.
    const pageOf = (heading: string) => text.slice(0, text.indexOf(heading)).split('\f').length;
    expect(pageOf('Weekly distance and pain')).toBeGreaterThan(pageOf('Next 7 days'));
    expect(pageOf('Weeks')).toBeGreaterThan(pageOf('Acute:chronic ratio'));
    // No chart is cut across pages: each chart's heading, drawn labels and caption share a page.
    const charts = [['Weekly distance and pain', 'km/week', 'Each bar is a week'], ['Pain calendar', 'R: rest day', 'Pain above 0 on'], ['Acute:chronic ratio', 'now 1.03', 'Formula:']];
    for (const parts of charts) expect(parts.map(pageOf)).toEqual(parts.map(() => pageOf(parts[0]!)));
  });

  it('axe-core finds no accessibility violations (analyze and batch reports)', async () => {
    const batchFile = join(tempDir('hipcheck-axe-'), 'squad.html');
    hipcheck(['batch', '--roster', 'fixtures/batch/roster.yaml', '--format', 'html', '-o', batchFile]);
    for (const file of [reportFile, batchFile]) {
      const page = await open(1200, file);
      await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const result = await (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.close();
    }
  });

  it('the pain calendar shows each day\'s worst pain from the log, next mornings marked on the morning they were felt', async () => {
    const { worst, mornings } = worstPainFromCsv();
    const page = await open(1200);
    const cells = await page.$$eval('rect.cal[data-date]', (rects) => rects.map((rect) => [rect.getAttribute('data-date')!, rect.getAttribute('data-pain')!] as const));
    expect(cells.length).toBeGreaterThan(80);
    for (const [date, pain] of cells) expect(`${date} ${pain}`).toBe(`${date} ${worst.has(date) ? worst.get(date) : ''}`);
    const marked = await page.$$eval('path.nm', (paths) => paths.map((path) => path.getAttribute('data-next-morning')!));
    expect(new Set(marked)).toEqual(new Set([...mornings].filter((date) => date >= cells[0]![0])));
    // The red-status signal: Sunday's long run hurt 2/10 the next morning, Monday 03-31.
    expect(cells.at(-1)).toEqual(['2025-03-31', '2']);
    await page.close();
  });

  it('the acute:chronic line ends on the number its caption and the JSON give', async () => {
    const json = JSON.parse(hipcheck(['analyze', 'fixtures/logs/example.csv', '--format', 'json']).stdout) as { summary: { acuteChronicRatio: number } };
    const page = await open(1200);
    const last = await page.$$eval('circle.ratio-dot', (dots) => dots.map((dot) => Number(dot.getAttribute('data-ratio'))).at(-1));
    const caption = await page.locator('figcaption', { hasText: 'Acute:chronic ratio now' }).textContent();
    expect(caption).toContain(`now: ${json.summary.acuteChronicRatio}`);
    expect(last).toBe(json.summary.acuteChronicRatio);
    // The label drawn next to the line's end says the same.
    expect(await page.locator('svg text', { hasText: /^now / }).textContent()).toBe(`now ${json.summary.acuteChronicRatio.toFixed(2)}`);
    await page.close();
  });

  it('every chart has a text alternative: a title, a description naming its values, and a caption', async () => {
    const page = await open(1200);
    const svgs = await page.locator('figure svg[role="img"]').all();
    const charts = [];
    for (const svg of svgs) {
      const ids = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      const label = (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(' | ');
      charts.push({ label, caption: (await svg.locator('xpath=ancestor::figure//figcaption').textContent()) ?? '' });
    }
    expect(charts).toHaveLength(3);
    for (const chart of charts) expect(chart.caption.length).toBeGreaterThan(40);
    // The weekly chart and the ratio name their values in their description; the calendar's is its table.
    for (const chart of [charts[0]!, charts[2]!]) expect(chart.label).toMatch(/\S+ \| .*2025-03-2\d: /);
    expect(charts[1]!.label).toMatch(/^Pain calendar, .* \| The table that follows gives every day's worst pain/);
    await page.close();
  });

  it('the pain calendar\'s table alternative: weeks × weekdays that a screen reader reads, each cell the day\'s worst pain from the log, hidden on screen and in print', async () => {
    const { worst, mornings } = worstPainFromCsv();
    const page = await open(1200);
    const table = page.getByRole('table', { name: /^Pain calendar as a table/ });
    expect(await table.locator('thead th').allTextContents()).toEqual(['Week of', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    const weeks = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(weeks[0]).toBe('2025-01-06');
    const cells = await table.locator('td[data-date]').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-date')!, td.textContent!] as const));
    expect(cells).toHaveLength(84);
    for (const [date, words] of cells) {
      const expected = worst.has(date) ? `worst ${worst.get(date)}` : 'none logged';
      expect(words.startsWith(expected), `${date}: ${words}`).toBe(true);
      expect(words.includes('morning '), `${date}: ${words}`).toBe(mornings.has(date));
    }
    // Monday 03-31: Sunday's long run hurt 2/10 the next morning.
    expect(cells.at(-1)).toEqual(['2025-03-31', 'worst 2, morning 2']);
    // A row per week, each day under its weekday: the first entry, Tuesday 01-07, is the second cell.
    expect(await table.locator('tbody tr').first().locator('td').nth(1).getAttribute('data-date')).toBe('2025-01-07');
    // Off screen (a 1 px box), so it neither shows nor widens the page; left out of print.
    const box = await table.evaluate((element) => element.parentElement!.getBoundingClientRect().width);
    expect(box).toBeLessThanOrEqual(1);
    const wrapper = page.locator('div.sr-only:has(table)');
    await page.emulateMedia({ media: 'print' });
    expect(await wrapper.evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).display)).toBe('none');
    await page.close();
  });
});
