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
  hipcheck completion zsh > "\${fpath[1]}/_hipcheck"
  hipcheck completion fish > ~/.config/fish/completions/hipcheck.fish`)
    .action((shell: Shell) => {
      const specs = program.commands.map(specOf);
      const globals = program.options.map(optionSpec);
      write(io.stdout, shell === 'fish' ? fishScript(specs, globals) : bashScript(specs, globals, shell === 'zsh'));
      done(EXIT.OK);
    });
}

function optionSpec(option: Option) {
  return { flag: option.long ?? option.short ?? '', takesValue: option.required || option.optional, choices: option.argChoices ?? [], description: option.description };
}

function specOf(command: Command): CommandSpec {
  return { name: command.name(), description: command.description(), argumentChoices: command.registeredArguments[0]?.argChoices ?? [], options: [...command.options.map(optionSpec), { flag: '--help', takesValue: false, choices: [], description: 'show help' }] };
}

/** Words are program-defined names (no spaces or quotes); quoting keeps the script safe anyway. */
const quoteWords = (words: string[]) => `'${words.join(' ').replace(/'/g, '')}'`;

function bashScript(specs: CommandSpec[], globals: ReturnType<typeof optionSpec>[], zsh: boolean): string {
  const choiceCases = specs.flatMap((spec) => spec.options.filter((option) => option.choices.length > 0).map((option) => `    ${spec.name}:${option.flag}) COMPREPLY=( $(compgen -W ${quoteWords(option.choices)} -- "$cur") ); return ;;`));
  const valueCases = specs.flatMap((spec) => spec.options.filter((option) => option.takesValue && option.choices.length === 0).map((option) => `    ${spec.name}:${option.flag}) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;`));
  const optionCases = specs.map((spec) => `    ${spec.name}) opts=${quoteWords(spec.options.map((option) => option.flag))} ;;`);
  return `# hipcheck ${zsh ? 'zsh' : 'bash'} completion: ${zsh ? 'put it in a folder on $fpath, or source it' : 'source it, or put it in bash-completion\'s completions folder'}
${zsh ? '(( $+functions[compdef] )) || { autoload -U +X compinit && compinit -u }\nautoload -U +X bashcompinit && bashcompinit\n' : ''}_hipcheck() {
  local cur prev cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W ${quoteWords([...specs.map((spec) => spec.name), ...globals.map((option) => option.flag), '--help'])} -- "$cur") )
    return
  fi
  cmd="\${COMP_WORDS[1]}"
  case "$cmd:$prev" in
${[...choiceCases, ...valueCases].join('\n')}
  esac
  case "$cmd" in
${optionCases.join('\n')}
    *) opts='' ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
${specs.filter((spec) => spec.argumentChoices.length > 0).map((spec) => `  elif [ "$cmd" = ${spec.name} ] && [ "$COMP_CWORD" -eq 2 ]; then\n    COMPREPLY=( $(compgen -W ${quoteWords(spec.argumentChoices)} -- "$cur") )`).join('\n')}
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o filenames -F _hipcheck hipcheck
`;
}

function fishScript(specs: CommandSpec[], globals: ReturnType<typeof optionSpec>[]): string {
  const clean = (text: string) => text.replace(/['\\]/g, '');
  const lines = ['# hipcheck fish completion: save as ~/.config/fish/completions/hipcheck.fish', 'complete -c hipcheck -f'];
  for (const spec of specs) lines.push(`complete -c hipcheck -n '__fish_use_subcommand' -a '${spec.name}' -d '${clean(spec.description)}'`);
  for (const option of globals) lines.push(`complete -c hipcheck -n '__fish_use_subcommand' -l '${option.flag.replace(/^--/, '')}' -d '${clean(option.description)}'`);
  for (const spec of specs) {
    for (const option of spec.options) {
      const values = option.choices.length > 0 ? ` -x -a '${option.choices.join(' ')}'` : option.takesValue ? ' -r -F' : '';
      lines.push(`complete -c hipcheck -n '__fish_seen_subcommand_from ${spec.name}' -l '${option.flag.replace(/^--/, '')}'${values} -d '${clean(option.description)}'`);
    }
    if (spec.argumentChoices.length > 0) lines.push(`complete -c hipcheck -n '__fish_seen_subcommand_from ${spec.name}' -x -a '${spec.argumentChoices.join(' ')}'`);
    else lines.push(`complete -c hipcheck -n '__fish_seen_subcommand_from ${spec.name}' -F`);
  }
  return `${lines.join('\n')}\n`;
}
