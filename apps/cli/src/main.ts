import 'reflect-metadata';
import { CommanderError } from 'commander';
import { DepartmentsFileError, startupFailureMessage } from '#runtime';
import { cliProgram } from './program/program.js';

try {
  await cliProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode; // 0 for --help, 1 for a usage error (commander has printed it)
  } else {
    const message = startupFailureMessage(error, [DepartmentsFileError]);
    if (message === undefined) throw error;
    console.error(`jiangcheng: ${message}`);
    process.exitCode = 2;
  }
}
