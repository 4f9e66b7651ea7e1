import { Command } from 'commander';
import { registerDepartments } from './departments.program.js';
import { registerFacts } from './facts.program.js';
import { registerImport } from './import.program.js';
import { registerRules } from './rules.program.js';
import { registerStorage } from './storage.program.js';

export const EXIT_CODES = `Exit codes:
  0  done
  1  usage: unknown command or option, missing or invalid argument, unknown file or department
  2  configuration (environment, database, departments file), the data directory in use by another process,
     a refused rule-set or departments step (invalid, unknown, already there)
  3  import finished, but some lines were rejected (see the report file); verify found a broken link`;

/** Adding a command group: a register function in its own file, then one line here. */
const GROUPS: ((program: Command) => void)[] = [registerFacts, registerStorage, registerDepartments, registerImport, registerRules];

/** The `npm run cli` program: commander parses, each command's function does the work and returns its exit code. */
export function cliProgram(): Command {
  const program = new Command('npm run cli --')
    .description(
      'jiangcheng 奖惩 — operator commands. Storage comes from the environment as for the api (DATABASE_URL, EVENTSTORE_URL, DATA_DIR); in embedded mode stop the api first: it holds the data directory.',
    )
    .showHelpAfterError('(add --help for usage)')
    .showSuggestionAfterError()
    .exitOverride()
    .addHelpText('after', `\n${EXIT_CODES}`);
  for (const register of GROUPS) register(program);
  // Every subcommand fails like the program: a CommanderError for main to turn into an exit code.
  const inherit = (command: Command): void => {
    for (const sub of command.commands) {
      sub.exitOverride().showHelpAfterError('(add --help for usage)').showSuggestionAfterError();
      unknownOptionsFirst(sub);
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

/** Commander reports a missing required option before an unknown one, yet a misspelt option is the real mistake: name it first. */
function unknownOptionsFirst(command: Command): void {
  const required = command.options.filter((option) => option.mandatory);
  for (const option of required) option.mandatory = false;
  if (required.length === 0) return;
  command.hook('preAction', (action) => {
    for (const option of required) {
      if (action.getOptionValue(option.attributeName()) === undefined)
        action.error(`error: required option '${option.flags}' not specified`);
    }
  });
}
