import { FactCatalogue } from '#credit';
import type { PublicationPeriodDocument } from '#rules';
import { DoublePublicityProjection } from './double-publicity.projection.js';
import { FeedbackProjection } from './feedback.projection.js';
import { CreditRepairsProjection } from './credit-repairs.projection.js';
import { ListCandidatesProjection } from './list-candidates.projection.js';
import { ListChangesProjection } from './list-changes.projection.js';
import { ListingsProjection } from './listings.projection.js';
import { ObjectionsProjection } from './objections.projection.js';
import type { Projection } from './projection.js';
import { PublicDisclosureProjection } from './public-disclosure.projection.js';
import { RelationsProjection } from './relations.projection.js';
import { SubjectsProjection } from './subjects.projection.js';
import { TypicalCasesProjection } from './typical-cases.projection.js';

/**
 * Every projection the product runs, in the projector process or (embedded) inside the api. The
 * disclosure view applies the rule set's publication periods (令第36号) to penalties.
 */
export function allProjections(publicationPeriods: readonly PublicationPeriodDocument[], catalogue = new FactCatalogue()): Projection[] {
  return [
    new ListingsProjection(),
    new RelationsProjection(catalogue),
    new ListChangesProjection(),
    new ListCandidatesProjection(),
    new PublicDisclosureProjection(catalogue, publicationPeriods),
    new TypicalCasesProjection(),
    new DoublePublicityProjection(catalogue),
    new FeedbackProjection(),
    new CreditRepairsProjection(catalogue),
    new ObjectionsProjection(),
    new SubjectsProjection(catalogue),
  ];
}
