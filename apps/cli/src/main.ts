import 'reflect-metadata';
import { formatPosition } from '#event-store';
import { allProjections, projectionLag, rebuildProjections } from '#read-model';
import { ConfigError, DataDirLockedError, DepartmentsFileError, loadActiveRuleSet, loadConfig, openStorage } from '#runtime';
import { departmentsCommand, DEPARTMENTS_USAGE } from './commands/departments.command.js';
import { factsCommand } from './commands/facts.command.js';
import { expireCommand, EXPIRE_USAGE } from './commands/expire.command.js';
import { importCommand, IMPORT_USAGE } from './commands/import.command.js';
import { rulesCommand, RULES_USAGE } from './commands/rules.command.js';
import { ruleSetLifecycleCommand, RULE_SET_LIFECYCLE_USAGE } from './commands/rule-set-lifecycle.command.js';
import { verifyCommand, VERIFY_USAGE } from './commands/verify.command.js';

const USAGE = `usage: npm run cli -- <command>

  facts                       the fact catalogue: type, Chinese label, who may record it
  migrate                     apply pending database migrations
  projections                 list projections with their generation, checkpoint and lag
  rebuild <projection|--all>  replay a projection from zero into fresh tables, then switch over
${DEPARTMENTS_USAGE}
${IMPORT_USAGE}
${RULES_USAGE}
${RULE_SET_LIFECYCLE_USAGE}
${EXPIRE_USAGE}
${VERIFY_USAGE}

Storage comes from the environment as for the api (DATABASE_URL, EVENTSTORE_URL, DATA_DIR).
In embedded mode stop the api first: it holds the data directory.`;

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (command === 'facts') return factsCommand();
  if (command === 'rules' && ['publish', 'history', 'preview', 'activate'].includes(rest[0])) return ruleSetLifecycleCommand(loadConfig(), rest[0], rest.slice(1));
  if (command === 'rules') return rulesCommand(rest);
  if (command === 'departments') return departmentsCommand(loadConfig(), rest);
  if (command === 'import') return importCommand(loadConfig(), rest);
  if (command === 'expire') return expireCommand(loadConfig(), rest);
  if (command === 'verify') return verifyCommand(loadConfig(), rest);
  if (!['migrate', 'projections', 'rebuild'].includes(command)) {
    console.error(`unknown command "${command}"\n\n${USAGE}`);
    return 1;
  }
  const projections = allProjections(loadActiveRuleSet().document.publicationPeriods ?? []);
  if (command === 'rebuild' && rest[0] !== '--all' && !projections.some((p) => p.name === rest[0])) {
    console.error(`rebuild needs a projection name or --all; known: ${projections.map((p) => p.name).join(', ')}`);
    return 1;
  }
  const config = loadConfig();
  const storage = await openStorage(config);
  try {
    if (command === 'migrate') {
      const applied = storage.migrationsApplied;
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
    } else if (command === 'projections') {
      for (const projection of projections) {
        console.log(JSON.stringify(await projectionLag(storage.readModels, storage.eventStore, projection)));
      }
    } else {
      const chosen = projections.filter((p) => rest[0] === '--all' || p.name === rest[0]);
      const started = Date.now();
      const generations = await rebuildProjections(storage.readModels, storage.eventStore, chosen, {
        onProgress: (g) => process.stderr.write(`\r${g.eventsSeen} events`),
      });
      process.stderr.write('\n');
      for (const generation of generations) {
        console.log(
          `${generation.projection}: generation ${generation.generation} active, ${generation.eventsSeen} events, ` +
            `checkpoint ${generation.eventsSeen ? formatPosition(generation.checkpoint) : '(log start)'}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      }
    }
    return 0;
  } finally {
    await storage.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof DepartmentsFileError) {
    console.error(`jiangcheng: ${error.message}`);
    process.exitCode = 2;
  } else throw error;
}
