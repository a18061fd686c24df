// `hipcheck completion bash|zsh|fish`: a shell completion script for the commands, their
// options and every option's fixed choices (--format values come from the reporter registry
// through commander's own choices), generated from the program itself so it never drifts.
import { Argument, type Command, type Option } from 'commander';
import { EXIT } from './exitCodes.js';
import { write, type Io } from './io.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

interface CommandSpec {
  name: string;
  description: string;
  /** Fixed choices of the first argument (e.g. the shell of `completion`). */
  argumentChoices: string[];
  options: { flag: string; takesValue: boolean; choices: string[]; description: string }[];
}

export function registerCompletion(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .addHelpText('after', `
Examples:
  source <(hipcheck completion bash)                                   # this bash session
  hipcheck completion bash > ~/.local/share/bash-completion/completions/hipcheck
  hipcheck completion zsh > ~/.zfunc/_hipcheck     # with fpath=(~/.zfunc $fpath) before compinit
  hipcheck completion fish > ~/.config/fish/completions/hipcheck.fish`)
    .action((shell: Shell) => {
      const specs = program.commands.map(specOf);
      const globals = program.options.map(optionSpec);
      write(io.stdout, shell === 'fish' ? fishScript(specs, globals) : shell === 'zsh' ? zshScript(specs, globals) : bashScript(specs, globals));
      done(EXIT.OK);
    });
}

function optionSpec(option: Option) {
  return { flag: option.long ?? option.short ?? '', takesValue: option.required || option.optional, choices: option.argChoices ?? [], description: option.description };
}

function specOf(command: Command): CommandSpec {
  return { name: command.name(), description: command.description(), argumentChoices: command.registeredArguments[0]?.argChoices ?? [], options: [...command.options.map(optionSpec), { flag: '--help', takesValue: false, choices: [], description: 'show help' }] };
}

/** How a shell script completes: its own words for each piece the bash and zsh scripts share. */
interface ShellWords {
  /** A list of words, quoted as the shell needs. */
  words(list: string[]): string;
  /** Complete these words now, and stop. */
  offer(words: string): string;
  /** Complete file names now. */
  files: string;
  /** Keep these words as the options to offer. */
  options(words: string): string;
  /** No options to offer (an unknown command). */
  noOptions: string;
  /** The test that the command's first argument is being completed. */
  firstArgument(name: string): string;
}

/**
 * What both scripts are built from, from the program itself: the `case` blocks that complete an
 * option's value (and stop) or pick the command's options, and the `elif` branches for a
 * command's first argument.
 */
function shellCases(specs: CommandSpec[], shell: ShellWords): { dispatch: string; arguments: string } {
  const values = specs.flatMap((spec) => spec.options.filter((option) => option.takesValue).map((option) => `    ${spec.name}:${option.flag}) ${option.choices.length > 0 ? shell.offer(shell.words(option.choices)) : shell.files}; return ;;`));
  const options = specs.map((spec) => `    ${spec.name}) ${shell.options(shell.words(spec.options.map((option) => option.flag)))} ;;`);
  const argumentBranches = specs.filter((spec) => spec.argumentChoices.length > 0).map((spec) => `  elif ${shell.firstArgument(spec.name)}; then\n    ${shell.offer(shell.words(spec.argumentChoices))}`);
  return {
    dispatch: ['  case "$cmd:$prev" in', ...values, '  esac', '  case "$cmd" in', ...options, `    *) ${shell.noOptions} ;;`, '  esac'].join('\n'),
    arguments: argumentBranches.join('\n'),
  };
}

/** Words are program-defined names (no spaces or quotes); quoting keeps the script safe anyway. */
const quoteWords = (words: string[]) => `'${words.join(' ').replace(/'/g, '')}'`;

const BASH: ShellWords = {
  words: quoteWords,
  offer: (words) => `COMPREPLY=( $(compgen -W ${words} -- "$cur") )`,
  files: 'COMPREPLY=( $(compgen -f -- "$cur") )',
  options: (words) => `opts=${words}`,
  noOptions: "opts=''",
  firstArgument: (name) => `[ "$cmd" = ${name} ] && [ "$COMP_CWORD" -eq 2 ]`,
};

function bashScript(specs: CommandSpec[], globals: ReturnType<typeof optionSpec>[]): string {
  const cases = shellCases(specs, BASH);
  return `# hipcheck bash completion: source it, or put it in bash-completion's completions folder
_hipcheck() {
  local cur prev cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    ${BASH.offer(quoteWords([...specs.map((spec) => spec.name), ...globals.map((option) => option.flag), '--help']))}
    return
  fi
  cmd="\${COMP_WORDS[1]}"
${cases.dispatch}
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
${cases.arguments}
  else
    ${BASH.files}
  fi
}
complete -o filenames -F _hipcheck hipcheck
`;
}

const ZSH: ShellWords = {
  words: (list) => list.map((word) => word.replace(/[^\w.,:=+-]/g, '')).join(' '),
  offer: (words) => `compadd -- ${words}`,
  files: '_files',
  options: (words) => `opts=(${words})`,
  noOptions: 'opts=()',
  firstArgument: (name) => `[[ $cmd == ${name} ]] && (( CURRENT == 3 ))`,
};

/**
 * A native zsh completion function. The first line, #compdef, is what compinit looks for when
 * the file is saved as _hipcheck in a folder on $fpath; sourced instead, it registers itself.
 */
function zshScript(specs: CommandSpec[], globals: ReturnType<typeof optionSpec>[]): string {
  const cases = shellCases(specs, ZSH);
  return `#compdef hipcheck
# hipcheck zsh completion: save it as _hipcheck in a folder on $fpath (before compinit runs), or source it
_hipcheck() {
  local cur=\${words[CURRENT]} prev=\${words[CURRENT-1]} cmd=\${words[2]}
  local -a opts
  if (( CURRENT == 2 )); then
    ${ZSH.offer(ZSH.words([...specs.map((spec) => spec.name), ...globals.map((option) => option.flag), '--help']))}
    return
  fi
${cases.dispatch}
  if [[ $cur == -* ]]; then
    compadd -- $opts
${cases.arguments}
  else
    ${ZSH.files}
  fi
}
if [[ \${funcstack[1]} == _hipcheck ]]; then
  _hipcheck "$@"
else
  (( \${+functions[compdef]} )) || { autoload -U compinit && compinit -u }
  compdef _hipcheck hipcheck
fi
`;
}

/** Text for a fish single-quoted string: backslashes and apostrophes escaped, kept. */
const fishQuoted = (text: string) => `'${text.replace(/[\\']/g, (char) => `\\${char}`)}'`;

/**
 * fish gives an option's -d to each of its values too, so every value gets its own: the
 * option's description up to the first ";" or "(" ("output format", not "ics is a calendar
 * file for your phone" on every format).
 */
function fishValues(values: string[], description: string): string {
  const short = description.split(/;| \(/)[0]!.trim().replace(/["$\\'\t\n]/g, '');
  return fishQuoted(values.map((value) => `${value}\\t"${short}"`).join(' '));
}

function fishScript(specs: CommandSpec[], globals: ReturnType<typeof optionSpec>[]): string {
  const lines = ['# hipcheck fish completion: save as ~/.config/fish/completions/hipcheck.fish', 'complete -c hipcheck -f'];
  for (const spec of specs) lines.push(`complete -c hipcheck -n '__fish_use_subcommand' -a '${spec.name}' -d ${fishQuoted(spec.description)}`);
  for (const option of globals) lines.push(`complete -c hipcheck -n '__fish_use_subcommand' -l '${option.flag.replace(/^--/, '')}' -d ${fishQuoted(option.description)}`);
  for (const spec of specs) {
    for (const option of spec.options) {
      const values = option.choices.length > 0 ? ` -x -a ${fishValues(option.choices, option.description)}` : option.takesValue ? ' -r -F' : '';
      lines.push(`complete -c hipcheck -n '__fish_seen_subcommand_from ${spec.name}' -l '${option.flag.replace(/^--/, '')}'${values} -d ${fishQuoted(option.description)}`);
    }
    if (spec.argumentChoices.length > 0) lines.push(`complete -c hipcheck -n '__fish_seen_subcommand_from ${spec.name}' -x -a ${fishValues(spec.argumentChoices, spec.name === 'completion' ? 'shell' : spec.description)}`);
    else lines.push(`complete -c hipcheck -n '__fish_seen_subcommand_from ${spec.name}' -F`);
  }
  return `${lines.join('\n')}\n`;
}
