/**
 * Something in the environment that stops a process from starting (bad configuration, an
 * unreachable database, an unusable data directory …). The entry points answer it with exit code 2
 * and its message on one line, without a stack trace: it is for an operator, not for a developer.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The one-line message for an error that stops start-up, or undefined for a bug (let it crash with its stack). */
export function startupFailureMessage(
  error: unknown,
  alsoKnown: ReadonlyArray<abstract new (...args: never[]) => Error> = [],
): string | undefined {
  if (error instanceof StartupError || alsoKnown.some((type) => error instanceof type)) {
    return (error as Error).message.replace(/\s*\n\s*/g, ' ');
  }
  return undefined;
}
