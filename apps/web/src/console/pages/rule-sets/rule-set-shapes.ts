import type { Answer, ItemOf } from '../../../shared/api-types';

/** The answers of /v1/rule-sets, as the OpenAPI document gives them. */
export type RuleSetsOverview = Answer<'RuleSetsController_list'>;
export type PublishedRuleSet = ItemOf<RuleSetsOverview['published']>;
export type RuleSetActivation = ItemOf<RuleSetsOverview['activations']>;
export type RuleSetFiles = Answer<'RuleSetsController_shipped'>;
export type PublishedVersion = Answer<'RuleSetsController_publish'>;
/** Who gains or loses which entries and measures (ActivationPlan of libs/ingestion). */
export type ActivationPlan = Answer<'RuleSetsController_preview'>;
export type SubjectChange = ItemOf<ActivationPlan['changes']>;
