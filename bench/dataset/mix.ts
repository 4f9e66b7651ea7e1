import type { FactContext } from './context.js';
import { dishonestDebtorEpisode } from './court.js';
import { commitmentEpisode } from './commitments.js';
import { honourEpisode } from './honours.js';
import { inspectionEpisode } from './inspections.js';
import { licenceEpisode } from './licences.js';
import { explicitListingEpisode } from './list-authority.js';
import { penaltyEpisode } from './penalties.js';
import { majorTaxCaseEpisode, taxCreditRatingEpisode } from './tax.js';
import { volunteerEpisode } from './volunteers.js';
import { massIncidentWageArrearsEpisode, wageArrearsEpisode } from './wages.js';
import { accidentEpisode, accidentSeriesEpisode, workSafetyViolationEpisode } from './work-safety.js';

/**
 * The fact mix of a city platform. An episode is a primary fact and the follow-ups it may have (a penalty
 * and its correction, a listing and its deletion); `share` is the part of the non-registration lines the
 * episode kind makes up, `lines` the lines an episode writes on average, so that share / lines × the lines
 * to write gives the number of episodes.
 */
export interface EpisodeKind {
  readonly name: string;
  readonly share: number;
  readonly lines: number;
  /** At least this many episodes in a run, so that rare cases appear at the small scale too. */
  readonly minimum?: number;
  readonly generate: (context: FactContext) => void;
}

export const MIX: readonly EpisodeKind[] = [
  { name: 'licence', share: 0.45, lines: 1.07, generate: licenceEpisode },
  { name: 'penalty', share: 0.4, lines: 1.034, generate: penaltyEpisode },
  { name: 'inspection', share: 0.075, lines: 1, generate: inspectionEpisode },
  { name: 'dishonest-debtor', share: 0.02, lines: 1.68, generate: dishonestDebtorEpisode },
  { name: 'major-tax-case', share: 0.006, lines: 1.35, generate: majorTaxCaseEpisode },
  { name: 'tax-credit-rating', share: 0.024, lines: 1.85, generate: taxCreditRatingEpisode },
  { name: 'wage-arrears', share: 0.0058, lines: 1.4, generate: wageArrearsEpisode },
  { name: 'wage-arrears-mass-incident', share: 0.0002, lines: 1.4, minimum: 2, generate: massIncidentWageArrearsEpisode },
  { name: 'work-safety-accident', share: 0.0013, lines: 1.25, generate: accidentEpisode },
  { name: 'work-safety-accident-series', share: 0.0002, lines: 3.75, minimum: 1, generate: accidentSeriesEpisode },
  { name: 'work-safety-violation', share: 0.0025, lines: 1.25, generate: workSafetyViolationEpisode },
  { name: 'honour', share: 0.005, lines: 1.08, generate: honourEpisode },
  { name: 'credit-commitment', share: 0.006, lines: 1.63, generate: commitmentEpisode },
  { name: 'volunteer-rating', share: 0.003, lines: 1.25, generate: volunteerEpisode },
  { name: 'explicit-listing', share: 0.001, lines: 1.2, generate: explicitListingEpisode },
];

/** Registration lines an organisation writes on average (registration, offices, changes of head). */
export const REGISTRATION_LINES_PER_ORGANISATION = 3.14;
