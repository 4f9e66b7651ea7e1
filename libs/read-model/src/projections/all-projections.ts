import type { Projection } from './projection.js';
import { StreamSummaryProjection } from './stream-summary.projection.js';

/** Every projection the product runs, in the projector process or (embedded) inside the api. */
export function allProjections(): Projection[] {
  return [new StreamSummaryProjection()];
}
