import 'reflect-metadata';
import { CommanderError } from 'commander';
import { ConfigError, DataDirLockedError, DepartmentsFileError } from '#runtime';
import { cliProgram } from './program/program.js';

try {
  await cliProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode; // 0 for --help, 1 for a usage error (commander has printed it)
  } else if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof DepartmentsFileError) {
    console.error(`jiangcheng: ${error.message}`);
    process.exitCode = 2;
  } else throw error;
}
