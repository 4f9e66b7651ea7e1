/**
 * Where a JSON value nests deeper than `maxDepth` objects and arrays (a JSON path such as
 * `$.items[0].data.x[0]`), or undefined. Walks without recursion, so any depth is safe to check.
 */
export function tooDeepAt(value: unknown, maxDepth: number): string | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '$' }];
  while (stack.length > 0) {
    const { value: current, depth, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= maxDepth) return path;
    if (Array.isArray(current)) current.forEach((item, i) => stack.push({ value: item, depth: depth + 1, path: `${path}[${i}]` }));
    else for (const [key, item] of Object.entries(current)) stack.push({ value: item, depth: depth + 1, path: `${path}.${key}` });
  }
  return undefined;
}
