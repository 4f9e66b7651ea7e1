import { SCENARIOS as BY_ID } from '../../../../../../libs/rules/src/rule-set/scenarios';

/** The scenarios a measure applies in: the api's `scenario` enum, in Chinese, from the rules' own vocabulary. */
export const SCENARIOS: Record<string, string> = BY_ID;

export const scenarioLabel = (id: string): string => SCENARIOS[id] ?? id;
