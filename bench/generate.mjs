// Writes a deterministic synthetic cohort: 1,000 athletes × 3 years of daily-ish running,
// CSV and YAML mixed (~1M runs). Same seed, same bytes, every time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny seeded PRNG, so the cohort is identical on every machine. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TERRAINS = ['road', 'road', 'road', 'trail', 'track', 'grass', 'treadmill'];
const TYPES = ['easy', 'easy', 'easy', 'long', 'tempo', 'intervals', 'recovery'];

export function generateCohort(dir, athletes = 1000, days = 3 * 365) {
  mkdirSync(dir, { recursive: true });
  let runs = 0;
  const start = Date.UTC(2023, 0, 2);
  for (let a = 0; a < athletes; a++) {
    const rand = random(a + 1);
    const rows = [];
    let shoe = 1;
    for (let d = 0; d < days; d++) {
      if (rand() < 0.06) continue; // a rest day now and then; most days run ("daily-ish")
      const date = new Date(start + d * 86400000).toISOString().slice(0, 10);
      const type = TYPES[Math.floor(rand() * TYPES.length)];
      const km = Math.round((type === 'long' ? 14 + rand() * 10 : 4 + rand() * 8) * 10) / 10;
      const minutes = Math.round(km * (4.8 + rand() * 1.6) * 10) / 10;
      const pain = Math.floor(rand() * rand() * 7);
      if (d % 180 === 0) shoe += 1;
      rows.push({ date, km, minutes, terrain: TERRAINS[Math.floor(rand() * TERRAINS.length)], type, pain, next: Math.max(0, pain - 2), shoe: `Shoe ${shoe}`, notes: rand() < 0.05 ? 'felt tight, stretched after' : '' });
    }
    runs += rows.length;
    const name = `athlete-${String(a + 1).padStart(4, '0')}`;
    if (a % 4 === 3) {
      const yaml = [`athlete:\n  name: Athlete ${a + 1}\nruns:`];
      for (const r of rows) yaml.push(`  - { date: ${r.date}, distance: ${r.km}, duration: ${r.minutes}, terrain: ${r.terrain}, type: ${r.type}, pain: ${r.pain}, pain_next_day: ${r.next}, shoes: "${r.shoe}"${r.notes ? `, notes: "${r.notes}"` : ''} }`);
      writeFileSync(join(dir, `${name}.yaml`), `${yaml.join('\n')}\n`);
    } else {
      const csv = ['date,distance_km,duration,terrain,type,pain,pain_next_day,shoes,notes'];
      for (const r of rows) csv.push(`${r.date},${r.km},${r.minutes},${r.terrain},${r.type},${r.pain},${r.next},${r.shoe},${r.notes ? `"${r.notes}"` : ''}`);
      writeFileSync(join(dir, `${name}.csv`), `${csv.join('\n')}\n`);
    }
  }
  return runs;
}

/**
 * One runner's very long log: `rows` runs over the 30 years up to 2025-06-29, several a day
 * with distinct start times (a load test for one log, not a realistic diary). Same bytes every
 * time. CSV, or YAML in the cohort's flow style when the path ends in .yaml.
 */
export function generateLongLog(path, rows) {
  const rand = random(rows);
  const days = 30 * 365;
  const perDay = Math.ceil(rows / days);
  const end = Date.UTC(2025, 5, 29);
  const yaml = path.endsWith('.yaml');
  const lines = [yaml ? 'athlete:\n  name: Long Log\nruns:' : 'date,distance_km,duration,terrain,type,pain,pain_next_day,shoes,notes'];
  for (let index = 0; index < rows; index++) {
    const day = days - 1 - Math.floor((rows - 1 - index) / perDay);
    const date = new Date(end - (days - 1 - day) * 86400000).toISOString().slice(0, 10);
    const slot = index % perDay;
    const time = `${String(5 + Math.floor(slot / 60) % 18).padStart(2, '0')}:${String(slot % 60).padStart(2, '0')}`;
    const type = TYPES[Math.floor(rand() * TYPES.length)];
    const km = Math.round((type === 'long' ? 14 + rand() * 10 : 4 + rand() * 8) * 10) / 10;
    const minutes = Math.round(km * (4.8 + rand() * 1.6) * 10) / 10;
    const pain = Math.floor(rand() * rand() * 7);
    const terrain = TERRAINS[Math.floor(rand() * TERRAINS.length)];
    const shoe = `Shoe ${1 + Math.floor(day / 180)}`;
    const notes = rand() < 0.05 ? 'felt tight, stretched after' : '';
    lines.push(yaml
      ? `  - { date: ${date} ${time}, distance: ${km}, duration: ${minutes}, terrain: ${terrain}, type: ${type}, pain: ${pain}, pain_next_day: ${Math.max(0, pain - 2)}, shoes: "${shoe}"${notes ? `, notes: "${notes}"` : ''} }`
      : `${date} ${time},${km},${minutes},${terrain},${type},${pain},${Math.max(0, pain - 2)},${shoe},${notes ? `"${notes}"` : ''}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}
