import { InvalidArgumentError } from 'commander';
import { isValidLocalDate } from '#kernel';

/** Option parsers for commander: a bad value is a usage error (exit 1) that names the option's rule. */
export function integerFrom(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`must be an integer from ${min} to ${max}`);
    return n;
  };
}

export function localDate(value: string): string {
  if (!isValidLocalDate(value)) throw new InvalidArgumentError('must be a real date YYYY-MM-DD');
  return value;
}

/** The value after `--name` in a raw argument list (for commands that still read their own arguments). */
export function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}
