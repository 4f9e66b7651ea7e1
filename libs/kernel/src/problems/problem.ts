/**
 * What a validator found wrong, in the one shape every validator uses: where (a JSON path into the value
 * checked, e.g. `data.yearly[1].year`; empty for the value itself), which rule (a stable code, where the
 * caller may act on it) and why (a sentence for people).
 */
export interface Problem {
  readonly path: string;
  readonly code?: string;
  readonly reason: string;
}

/** `prefix` and `path` joined into one JSON path: `data` + `fineAmount`, `data` + `[2].year`, '' + `type`. */
export function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** The problems of a value that sits at `prefix` inside a larger one. */
export function problemsAt(prefix: string, problems: readonly Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, path: joinPath(prefix, p.path) }));
}

/** One line for people: `path: reason`, or the reason alone for the value itself. */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.reason}` : p.reason;
}
