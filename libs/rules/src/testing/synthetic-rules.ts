/** A one-list-type rule set written inline, for generic specs of the rule format (not the shipped memoranda). */
export const SYNTHETIC_BASIS = { documentNumber: '测试', sources: ['https://example.org/rule-format'] };

export function syntheticPart(listType: Record<string, unknown>, color: 'red' | 'black' = 'black'): Record<string, unknown> {
  const id = String(listType.id ?? 'synthetic');
  return {
    memoranda: [
      {
        id: `${id}-memo`,
        title: '规则格式测试',
        kind: color === 'black' ? 'punishment' : 'incentive',
        signatories: ['测试部门'],
        listTypes: [id],
        sources: ['https://example.org/rule-format'],
      },
    ],
    listTypes: [
      {
        id,
        label: '测试名单',
        color,
        reachesPersons: 'none',
        memorandum: `${id}-memo`,
        initiatingDepartments: ['测试部门'],
        terms: [{ kind: 'fixed', years: 3, basis: SYNTHETIC_BASIS }],
        ...listType,
      },
    ],
    measures: [
      {
        id: `${id.toUpperCase().replace(/[^A-Z0-9]/g, '')}.MEASURE`,
        memorandum: `${id}-memo`,
        kind: color === 'black' ? 'punishment' : 'incentive',
        text: '测试措施',
        gloss: 'a test measure',
        departments: ['mof'],
        statute: { documentNumber: '测试', level: '部门规章', sources: ['https://example.org/spec'] },
        listTypes: [id],
        reaches: ['subject'],
        scenarios: ['government-procurement'],
        basis: SYNTHETIC_BASIS,
      },
    ],
  };
}
