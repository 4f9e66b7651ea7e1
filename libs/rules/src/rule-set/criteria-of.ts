import type { Problem } from '#kernel';

type Mapping = Record<string, unknown>;
const isMapping = (value: unknown): value is Mapping => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `criteriaOf: { listType, idSuffix, where }`: a list type whose criteria are those of another list type of the same
 * file, each with further conditions (the tax exit ban: a major tax case's criteria, while assessed tax is unpaid).
 * Written once, so the two cannot drift apart; expanded before the shape is checked, so every later check and the
 * stored document see ordinary criteria (ids `<criterion>.<idSuffix>`).
 */
export function expandCriteriaOf(value: unknown, problems: Problem[]): unknown {
  if (!isMapping(value) || !Array.isArray(value.listTypes)) return value;
  const byId = new Map(value.listTypes.filter(isMapping).map((listType) => [listType.id, listType]));
  const listTypes = value.listTypes.map((listType, i) => {
    if (!isMapping(listType) || listType.criteriaOf === undefined) return listType;
    const { criteriaOf, ...rest } = listType;
    const at = `listTypes[${i}].criteriaOf`;
    if (!isMapping(criteriaOf)) return (problems.push({ path: at, reason: 'must be a mapping' }), rest);
    if (rest.criteria !== undefined) problems.push({ path: at, reason: 'a list type has criteria or criteriaOf, not both' });
    const source = byId.get(criteriaOf.listType);
    const { idSuffix, where } = criteriaOf;
    if (!source || !Array.isArray(source.criteria))
      return (problems.push({ path: `${at}.listType`, reason: 'must be a list type of this file with criteria of its own' }), rest);
    if (typeof idSuffix !== 'string' || !/^[A-Z0-9_]+$/.test(idSuffix))
      return (problems.push({ path: `${at}.idSuffix`, reason: 'must be upper case, digits and _, e.g. UNPAID' }), rest);
    if (!Array.isArray(where) || where.length === 0)
      return (problems.push({ path: `${at}.where`, reason: 'must have at least 1 item(s)' }), rest);
    const criteria = source.criteria.map((criterion) =>
      isMapping(criterion)
        ? {
            ...criterion,
            id: `${String(criterion.id)}.${idSuffix}`,
            where: [...(Array.isArray(criterion.where) ? criterion.where : []), ...where],
          }
        : criterion,
    );
    return { ...rest, criteria };
  });
  return { ...value, listTypes };
}
