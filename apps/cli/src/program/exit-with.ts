/** A commander action that sets the process's exit code from the command function's answer. */
export function exitWith<A extends unknown[]>(run: (...args: A) => number | Promise<number>): (...args: A) => Promise<void> {
  return async (...args) => {
    process.exitCode = await run(...args);
  };
}
