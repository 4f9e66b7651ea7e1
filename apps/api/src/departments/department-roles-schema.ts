import { RECORDER_ROLES } from '#credit';

/**
 * The roles a department may have, as the OpenAPI document states them: `enum` the ids, `x-enum-descriptions` their
 * Chinese labels in the same order (the console offers them in its roles picker).
 */
export const DEPARTMENT_ROLE_ITEMS = {
  type: 'string',
  enum: Object.keys(RECORDER_ROLES),
  'x-enum-descriptions': Object.values(RECORDER_ROLES),
};
