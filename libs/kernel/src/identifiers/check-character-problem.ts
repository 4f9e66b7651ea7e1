/** The problem every check-digit algorithm reports the same way: where, what was expected, what came. */
export function checkCharacterProblem(position: number, expected: string | undefined, actual: string | undefined) {
  return {
    reason: 'check-character' as const,
    position,
    expected,
    message: `校验码错误：第${position}位应为 ${expected}，实际为 ${actual} (check character should be ${expected})`,
  };
}
