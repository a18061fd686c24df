// `hipcheck plan <log>`: the way back, day by day, from the same report `analyze` gives and
// what the runner has logged since the plan started.
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { judgeAthlete } from '../pipeline/athlete.js';
import { buildPlan } from '../plan/build.js';
import { renderPlanIcs } from '../plan/ics.js';
import { renderPlanJson, renderPlanMarkdown, renderPlanText } from '../plan/render.js';
import { EXIT } from './exitCodes.js';
import { checkOutputTarget, colorEnabled, emit, outputIsTerminal, terminalWidth, type Io } from './io.js';
import { addAnalysisOptions, pipelineSettingsFrom, printProblems, type AnalysisFlags } from './logInput.js';

export const PLAN_FORMATS = ['text', 'markdown', 'json', 'ics'] as const;

interface PlanFlags extends AnalysisFlags {
  format: (typeof PLAN_FORMATS)[number];
  output?: string;
  force?: boolean;
}

export function registerPlan(program: Command, io: Io, done: (code: number) => void): void {
  const command = program
    .command('plan')
    .description('the way back, day by day: after a red, after a break, or the next week')
    .argument('<log>', 'your log (.csv, .tsv, .yaml, .yml), or - for stdin')
    .addOption(new Option('--format <format>', 'output format; ics is a calendar file for your phone').choices(PLAN_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the plan to this file (e.g. plan.ics) instead of stdout')
    .option('--force', 'replace the output file if it exists')
    .addHelpText('after', `
After a red: pain-free cross-training until the hip is settled, the 10–5–10 test, then a
walk–run build-up that moves up only when pain stays at 3/10 or less during the run and the
next morning is back to your baseline. After a red flag: no running plan until a clearance is
logged. Amber: the reduced week day by day; green: next week within the progression limits.
The plan reads what you have logged since it started: log each run and each morning's pain
(hipcheck add), run it again, and it moves on.

Examples:
  hipcheck plan log.csv
  hipcheck plan log.csv --format ics -o plan.ics
  hipcheck plan log.yaml --format markdown > plan-for-my-physio.md`);
  addAnalysisOptions(command).action(async (file: string, flags: PlanFlags) => {
    const inputs = [file, flags.pain];
    if (flags.output) checkOutputTarget(flags.output, flags.force === true, inputs);
    const { report, problems, log } = await judgeAthlete({ path: file }, await pipelineSettingsFrom(flags, io), io.stdin);
    if (problems.length > 0) printProblems(io, problems, 10);
    // From stdin there is no file to add to: the commands shown name it LOG.
    const plan = buildPlan({ report, entries: log.entries, baseline: log.athlete.baselinePain ?? 0, startDay: flags.asOf ?? io.today!, file: file === '-' ? 'LOG' : file });
    const color = colorEnabled(command.optsWithGlobals().color as boolean | undefined, io.env, outputIsTerminal(io, flags), Boolean(flags.output));
    // The calendar's event ids are keyed by the log's absolute path, so they do not depend on where plan ran.
    const text = flags.format === 'ics' ? await renderPlanIcs(plan, file === '-' ? {} : { logKey: resolve(file) })
      : flags.format === 'json' ? renderPlanJson(plan)
        : flags.format === 'markdown' ? renderPlanMarkdown(plan)
          : renderPlanText(plan, { color, width: terminalWidth(io) });
    await emit(io, text, { ...flags, inputs });
    done(EXIT.OK);
  });
}
