/** Injection tokens for what `main.ts` opens before Nest starts. */
export const CONFIG = Symbol('JiangchengConfig');
export const EVENT_STORE = Symbol('EventStore');
export const READ_MODELS = Symbol('ReadModels');
export const PROJECTIONS = Symbol('Projections');
/** Present only when this process runs the projections itself (embedded mode). */
export const PROJECTOR = Symbol('Projector');
export const DEPARTMENTS = Symbol('DepartmentDirectory');
export const FACT_CATALOGUE = Symbol('FactCatalogue');
export const CLOCK = Symbol('Clock');
/** The rule set in force on the day the api started: its parameter checks. */
export const RULES = Symbol('CompiledRuleSet');
/** Each activation's rule set from its effective date: facts are recorded under the one in force today, queries as of a date answer under the one then in force. */
export const RULE_SETS = Symbol('RuleSetsInForce');
/** Webhook delivery, present where the projections run. */
export const DELIVERY = Symbol('DeliveryService');
/** The server key webhook secrets are derived from. */
export const WEBHOOK_KEY = Symbol('WebhookKey');
