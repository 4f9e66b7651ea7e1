import { valueAt, type LocalDate } from '#kernel';
import type { CompiledExit, CompiledRuleSet } from './compiled-rule-set.js';
import { applicationMinimum, requirementFact } from './exits.js';
export { REPAIR_EFFECT } from './credit-repair.js';
import { entryStatus, type FactRecord, type ListEntry } from './list-entries.js';
import { publicationPeriodsOf, publicationWindow } from './publication-window.js';
import { regimesById } from './regimes.js';

/**
 * Credit repair (信用修复) of one dishonesty record: a penalty (行政处罚信息) by the publication periods of the regime
 * in force on its decision date (527号, 令第58号, 令第36号), or a black-list entry (严重失信主体名单信息) by its own list's
 * early-removal rule. One home for the rule: `GET /v1/subjects/{code}/repair-eligibility` shows it, the subject's
 * decider refuses an application with it. Law: docs/law/measures/repair.md.
 */
export interface RecordEligibility {
  readonly record: RepairRecord;
  /** The legal text that sets the record's periods: the publication regime (penalty) or the list's own regime. */
  readonly regime: { readonly id: string; readonly documentNumber: string } | null;
  readonly minimumPeriod: MinimumPeriod | null;
  readonly obligations: { readonly performed: boolean; readonly requirement: string; readonly shownBy: ShownBy | null };
  readonly commitment: { readonly made: boolean; readonly shownBy: ShownBy | null };
  /** Why the record cannot be repaired at all (527号 特定严重失信; a list without early removal on application). */
  readonly notRepairable: { readonly reason: string; readonly basis: Basis | null } | null;
  /** An application not decided yet (informative: it does not make the record ineligible). */
  readonly pendingApplication: { readonly applicationNumber: string; readonly appliedOn: LocalDate; readonly eventId: string } | null;
  readonly repaired: { readonly on: LocalDate; readonly eventId: string } | null;
  readonly eligible: boolean;
  readonly reasons: readonly RepairReason[];
}

export interface RepairRecord {
  readonly eventId: string;
  readonly type: string;
  readonly kind: 'penalty' | 'list-entry';
  readonly label: string;
  readonly documentDate: LocalDate;
  readonly documentNumber?: string;
  /** 轻微 / 一般 / 严重 as recorded (令第36号), `single` under 令第58号, `specific-serious` (527号). */
  readonly class?: string;
  readonly listType?: string;
  /** The department that decided the record: the one that decides its repair (谁认定、谁修复). */
  readonly department?: string;
}

export interface MinimumPeriod {
  readonly from: LocalDate;
  readonly months: number;
  /** Repair may be applied for from this date. */
  readonly reachedOn: LocalDate;
  readonly reached: boolean;
  readonly basis: Basis;
}

export interface ShownBy {
  readonly eventId: string;
  readonly type: string;
  readonly on?: LocalDate;
}

interface Basis {
  readonly documentNumber: string;
  readonly clause?: string;
}

export type RepairReasonCode =
  | 'not-repairable'
  | 'no-period-encoded'
  | 'minimum-period-not-reached'
  | 'obligations-not-performed'
  | 'commitment-not-made'
  | 'already-repaired';

export interface RepairReason {
  readonly code: RepairReasonCode;
  readonly reason: string;
}

/** A fact as the repair rule reads it: the recording department decides the record's repair. */
export type RepairFact = FactRecord & { readonly department?: string };

/** The application being decided: its own commitment counts, and it is not pending against itself. */
export interface RepairApplication {
  readonly recordEventId: string;
  readonly commitmentMade: boolean;
  readonly on: LocalDate;
}

/** 令第36号's conditions, read in the NDRC release (articles not read: docs/law/measures/repair.md §4). */
export const REPAIR_CONDITIONS: Basis = {
  documentNumber: '国家发展改革委令第36号',
  clause: '申请信用修复应当同时满足：达到最短公示期限；纠正失信行为，完全履行行政处罚、严重失信主体名单等规定的义务；公开作出信用承诺',
};

/** Every dishonesty record of the subject and whether it may be repaired on `asOf`. */
export function repairEligibility(
  facts: readonly RepairFact[],
  entries: readonly ListEntry[],
  rules: CompiledRuleSet,
  asOf: LocalDate,
): RecordEligibility[] {
  const repairs = repairsOf(facts);
  const penalties = facts.filter((f) => f.type === 'PenaltyDecided' && !revoked(f, facts, asOf));
  const listed = entries.filter((e) => e.color === 'black' && entryStatus(e, asOf) !== 'expired' && !endedOtherwise(e, asOf));
  return [
    ...penalties.map((f) => withReasons(penaltyEligibility(f, facts, rules, asOf), repairs, asOf)),
    ...listed.map((e) =>
      withReasons(
        e.record === 'dishonesty-information' ? informationEligibility(e, facts, rules, asOf) : entryEligibility(e, facts, rules, asOf),
        repairs,
        asOf,
      ),
    ),
  ];
}

/** Why the application may not be accepted, or undefined when the record may be repaired on its date. */
export function repairRefusal(
  facts: readonly RepairFact[],
  entries: readonly ListEntry[],
  rules: CompiledRuleSet,
  application: RepairApplication,
): RepairReason | undefined {
  const record = repairEligibility(facts, entries, rules, application.on).find((r) => r.record.eventId === application.recordEventId);
  if (!record)
    return { code: 'not-repairable', reason: `${application.recordEventId} is neither a penalty in force nor a black-list entry in force` };
  const reasons = record.reasons.filter((r) => r.code !== 'commitment-not-made');
  if (!application.commitmentMade) reasons.push(commitmentMissing);
  return reasons[0];
}

const commitmentMissing: RepairReason = {
  code: 'commitment-not-made',
  reason: '未公开作出信用承诺（令第36号：公开作出信用承诺是申请信用修复的条件）',
};

function penaltyEligibility(fact: RepairFact, facts: readonly RepairFact[], rules: CompiledRuleSet, asOf: LocalDate): Partial {
  const severity = latestSeverity(fact, facts, asOf);
  return publishedRecordEligibility({ ...fact, data: { ...fact.data, severity } }, facts, rules, asOf, {
    kind: 'penalty',
    label: String(fact.data.violationType ?? '行政处罚'),
    documentDate: fact.data.decisionDate as LocalDate,
    documentNumber: String(fact.data.decisionNumber),
    performance: PENALTY_PERFORMED,
  });
}

/**
 * 失信信息 that is not a 名单 (a broken credit commitment: 令第36号 第四条 其他失信信息) is repaired like a penalty: the
 * minimum period of its class from its own publication periods, the breach corrected, a public commitment. 36号 第二条
 * leaves nothing unrepairable that no law, regulation or central policy document makes so.
 */
function informationEligibility(entry: ListEntry, facts: readonly RepairFact[], rules: CompiledRuleSet, asOf: LocalDate): Partial {
  const fact = facts.find((f) => f.eventId === entry.listingFact.eventId) ?? entry.listingFact;
  const performance = PERFORMANCE_OF[fact.type];
  if (!performance) return entryEligibility(entry, facts, rules, asOf);
  return publishedRecordEligibility(fact, facts, rules, asOf, {
    kind: 'list-entry',
    label: entry.label,
    documentDate: entry.since,
    documentNumber: String(fact.data[performance.key]),
    listType: entry.listType,
    performance,
  });
}

/** The fact that shows a record's obligations performed, matched to the record by its key field. */
interface Performance {
  readonly type: string;
  readonly key: string;
  readonly on: string;
  readonly requirement: string;
}

const PENALTY_PERFORMED: Performance = {
  type: 'PenaltyPerformed',
  key: 'decisionNumber',
  on: 'performedOn',
  requirement: '完全履行行政处罚决定规定的义务（PenaltyPerformed）',
};

const PERFORMANCE_OF: Readonly<Record<string, Performance>> = {
  CreditCommitmentBroken: {
    type: 'CreditCommitmentBreachCorrected',
    key: 'commitmentNumber',
    on: 'correctedOn',
    requirement: '纠正违诺行为、整改完毕（CreditCommitmentBreachCorrected）',
  },
};

interface PublishedRecord {
  readonly kind: RepairRecord['kind'];
  readonly label: string;
  readonly documentDate: LocalDate;
  readonly documentNumber: string;
  readonly listType?: string;
  readonly performance: Performance;
}

/** A record published for a period (publicationPeriods): repairable from the end of its class's minimum. */
function publishedRecordEligibility(
  fact: RepairFact,
  facts: readonly RepairFact[],
  rules: CompiledRuleSet,
  asOf: LocalDate,
  published: PublishedRecord,
): Partial {
  const { performance } = published;
  const window = publicationWindow(fact, publicationPeriodsOf(rules.document));
  const regime = window && regimesById(rules.document).get(window.regime);
  const severity = fact.data.severity;
  const performed = facts.find(
    (f) =>
      f.type === performance.type &&
      f.data[performance.key] === published.documentNumber &&
      String(valueAt(f.data, performance.on)) <= asOf,
  );
  const record: RepairRecord = {
    eventId: fact.eventId,
    type: fact.type,
    kind: published.kind,
    label: published.label,
    documentDate: published.documentDate,
    documentNumber: published.documentNumber,
    ...(window ? { class: window.class } : typeof severity === 'string' ? { class: severity } : {}),
    ...(published.listType ? { listType: published.listType } : {}),
    ...(fact.department ? { department: fact.department } : {}),
  };
  const obligations = {
    performed: performed !== undefined,
    requirement: performance.requirement,
    shownBy: performed ? shown(performed, performance.on) : null,
  };
  if (!window)
    return {
      record,
      regime: null,
      minimumPeriod: null,
      obligations,
      notRepairable: null,
      blocking: [
        {
          code: 'no-period-encoded',
          reason: `no publication period is encoded for a ${fact.type} of class ${String(severity)} dated ${record.documentDate}: not decided`,
        },
      ],
    };
  const basis = window.sectorMinimum?.basis ?? window.basis;
  const months = monthsBetween(window.from, window.repairableFrom);
  return {
    record,
    regime: regime ? { id: regime.id, documentNumber: regime.documentNumber } : { id: window.regime, documentNumber: basis.documentNumber },
    minimumPeriod: window.repairable
      ? { from: window.from, months, reachedOn: window.repairableFrom, reached: asOf >= window.repairableFrom, basis: clauseOf(basis) }
      : null,
    obligations,
    notRepairable: window.repairable ? null : { reason: `${window.class}: 按最长公示期限公示，不予修复`, basis: clauseOf(window.basis) },
    blocking: [],
  };
}

/**
 * A black-list entry is repaired on its own list's early removal rule (an exit on application: 人社部令第45号, 税务总局令
 * 第54号, 应急管理部令第11号): its minimum and its requirements. A list without one ends only by its own exits (the court's
 * deletion of a 失信被执行人): `inferred`, 令第36号 第二条 leaves out what other rules make unrepairable.
 */
function entryEligibility(entry: ListEntry, facts: readonly RepairFact[], rules: CompiledRuleSet, asOf: LocalDate): Partial {
  const fact = facts.find((f) => f.eventId === entry.listingFact.eventId) ?? entry.listingFact;
  const record: RepairRecord = {
    eventId: entry.listingFact.eventId,
    type: entry.listingFact.type,
    kind: 'list-entry',
    label: entry.label,
    documentDate: entry.since,
    ...(typeof fact.data.decisionNumber === 'string' ? { documentNumber: fact.data.decisionNumber } : {}),
    class: 'serious',
    listType: entry.listType,
    ...((fact as RepairFact).department ? { department: (fact as RepairFact).department } : {}),
  };
  const regime = entry.regime ? { id: entry.regime.id, documentNumber: entry.regime.documentNumber } : null;
  const exit = earlyRemovalOf(entry, rules);
  if (!exit?.application)
    return {
      record,
      regime,
      minimumPeriod: null,
      obligations: { performed: false, requirement: '名单规则未规定依申请提前移出', shownBy: null },
      notRepairable: {
        reason: `${entry.label}: the list’s rules encode no early removal on application; the entry ends by its own exits`,
        basis: entry.basis,
      },
      blocking: [],
    };
  const { application } = exit;
  // The application requirement (EarlyRemovalApplied) is the list's own procedure; the others are the obligations.
  const duties = application.requires.filter((r) => r.fact !== 'EarlyRemovalApplied');
  const met = duties.map((r) => ({ requirement: r, fact: requirementFact(r, entry, facts, asOf) }));
  const missing = met.find((m) => !m.fact);
  const first = met[0]?.fact;
  const minimum = application.minimum && applicationMinimum(application.minimum, entry, first && met[0].requirement.on(first.data));
  return {
    record,
    regime,
    minimumPeriod: minimum
      ? {
          from: minimum.from,
          months: application.minimum!.months,
          reachedOn: minimum.earliest,
          reached: asOf >= minimum.earliest,
          basis: exit.basis,
        }
      : null,
    obligations:
      duties.length === 0
        ? { performed: false, requirement: '名单规则的履行条件未编码（not recorded）', shownBy: null }
        : {
            performed: !missing,
            requirement: duties.map((r) => `${r.description}（${r.fact}）`).join('；'),
            shownBy: !missing && first ? { eventId: first.eventId, type: first.type, on: met[0].requirement.on(first.data) } : null,
          },
    notRepairable: null,
    blocking: [],
  };
}

type Partial = Omit<RecordEligibility, 'commitment' | 'pendingApplication' | 'repaired' | 'eligible' | 'reasons'> & {
  readonly blocking: readonly RepairReason[];
};

function withReasons({ blocking, ...partial }: Partial, repairs: Repairs, asOf: LocalDate): RecordEligibility {
  const id = partial.record.eventId;
  const repaired = repairs.approved.get(id);
  const applied = repairs.applications.filter((a) => a.recordEventId === id && a.appliedOn <= asOf);
  const pending = applied.find((a) => !repairs.decided.has(a.applicationNumber));
  const committed = [...applied].reverse().find((a) => a.commitmentMade);
  const reasons: RepairReason[] = [...blocking];
  if (repaired) reasons.push({ code: 'already-repaired', reason: `repaired on ${repaired.on} (${repaired.eventId})` });
  if (partial.notRepairable) reasons.push({ code: 'not-repairable', reason: partial.notRepairable.reason });
  const minimum = partial.minimumPeriod;
  if (minimum && !minimum.reached)
    reasons.push({
      code: 'minimum-period-not-reached',
      reason: `最短公示期限未届满：${minimum.months} 个月自 ${minimum.from} 起，${minimum.reachedOn} 起方可申请（${minimum.basis.documentNumber}）`,
    });
  if (!partial.obligations.performed)
    reasons.push({ code: 'obligations-not-performed', reason: `未记录履行完毕：${partial.obligations.requirement}` });
  if (!committed) reasons.push(commitmentMissing);
  return {
    ...partial,
    commitment: {
      made: committed !== undefined,
      shownBy: committed ? { eventId: committed.eventId, type: 'CreditRepairApplied', on: committed.appliedOn } : null,
    },
    pendingApplication: pending
      ? { applicationNumber: pending.applicationNumber, appliedOn: pending.appliedOn, eventId: pending.eventId }
      : null,
    repaired: repaired ?? null,
    eligible: reasons.length === 0,
    reasons,
  };
}

interface AppliedRepair {
  readonly eventId: string;
  readonly applicationNumber: string;
  readonly recordEventId: string;
  readonly commitmentMade: boolean;
  readonly appliedOn: LocalDate;
}

interface Repairs {
  readonly applications: readonly AppliedRepair[];
  readonly decided: ReadonlySet<string>;
  /** By the repaired record's event id. */
  readonly approved: ReadonlyMap<string, { readonly on: LocalDate; readonly eventId: string }>;
}

function repairsOf(facts: readonly RepairFact[]): Repairs {
  const applications: AppliedRepair[] = [];
  const decided = new Set<string>();
  const approved = new Map<string, { on: LocalDate; eventId: string }>();
  for (const f of facts) {
    if (f.type === 'CreditRepairApplied')
      applications.push({
        eventId: f.eventId,
        applicationNumber: String(f.data.applicationNumber),
        recordEventId: String(f.data.recordEventId),
        commitmentMade: f.data.commitmentMade === true,
        appliedOn: f.data.appliedOn as LocalDate,
      });
    else if (f.type === 'CreditRepairDecided') {
      decided.add(String(f.data.applicationNumber));
      if (f.data.outcome === 'approved')
        approved.set(String(f.data.recordEventId), { on: f.data.decidedOn as LocalDate, eventId: f.eventId });
    }
  }
  return { applications, decided, approved };
}

/** The list type's exit on application that applies to this entry (its regime and criteria), if its rules have one. */
function earlyRemovalOf(entry: ListEntry, rules: CompiledRuleSet): CompiledExit | undefined {
  return [...rules.exitsByFact.values()]
    .flat()
    .find(
      (exit) =>
        exit.application !== undefined &&
        exit.listType.id === entry.listType &&
        (exit.regime === undefined || exit.regime === entry.regime?.id) &&
        (!exit.criteria || exit.criteria.has(entry.criterion)),
    );
}

/** An entry ended by anything but a credit repair is no longer a record to repair. */
function endedOtherwise(entry: ListEntry, asOf: LocalDate): boolean {
  return entry.ended !== undefined && entry.ended.reason !== 'credit-repair' && asOf >= entry.ended.on;
}

function revoked(penalty: RepairFact, facts: readonly RepairFact[], asOf: LocalDate): boolean {
  return facts.some(
    (f) => f.type === 'PenaltyRevoked' && f.data.decisionNumber === penalty.data.decisionNumber && String(f.data.revokedOn) <= asOf,
  );
}

/** The class as last corrected (PenaltyCorrected.severity), as the public view shows it. */
function latestSeverity(penalty: RepairFact, facts: readonly RepairFact[], asOf: LocalDate): unknown {
  let severity = penalty.data.severity;
  for (const f of facts)
    if (
      f.type === 'PenaltyCorrected' &&
      f.data.decisionNumber === penalty.data.decisionNumber &&
      f.data.severity &&
      String(f.data.correctedOn) <= asOf
    )
      severity = f.data.severity;
  return severity;
}

function shown(fact: FactRecord, dateField: string): ShownBy {
  const on = valueAt(fact.data, dateField);
  return { eventId: fact.eventId, type: fact.type, ...(typeof on === 'string' ? { on: on as LocalDate } : {}) };
}

function clauseOf(basis: { readonly documentNumber: string; readonly clause?: string }): Basis {
  return { documentNumber: basis.documentNumber, ...(basis.clause ? { clause: basis.clause } : {}) };
}

function monthsBetween(from: LocalDate, to: LocalDate): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}
