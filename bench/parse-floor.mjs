// The floor: only read and parse every log in a folder, nothing else: CSV with csv-parse, YAML
// with js-yaml (core schema), as hipcheck's fast path does; `--yaml-library yaml` parses YAML
// with the yaml library instead (hipcheck's reader before the fast path, and its precise one).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse as parseYaml } from 'yaml';

const dir = process.argv[2];
const library = process.argv.includes('--yaml-library') ? process.argv[process.argv.indexOf('--yaml-library') + 1] : 'js-yaml';
const readYaml = library === 'yaml' ? (text) => parseYaml(text, { maxAliasCount: 100 }) : (text) => load(text, { schema: CORE_SCHEMA });
let rows = 0;
let bytes = 0;
for (const name of readdirSync(dir).sort()) {
  const text = readFileSync(join(dir, name), 'utf8');
  bytes += Buffer.byteLength(text);
  if (name.endsWith('.csv')) rows += parseCsv(text, { info: true, relax_column_count: true, skip_empty_lines: true }).length - 1;
  else if (name.endsWith('.yaml')) rows += readYaml(text).runs.length;
}
process.stdout.write(JSON.stringify({ rows, bytes }));
