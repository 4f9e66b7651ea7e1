import type { AnsweredSubject, EntryProof } from '#credit';
import type { SubjectMeasures } from '../../shared/measure-lists.js';

/**
 * What a check records of its answer: per subject with measures, each measure's id and the list entries behind it
 * (the listing event and the listing fact), enough to link feedback to the proof, not the whole answer.
 */
export function answeredSubjects(answers: readonly SubjectMeasures[]): AnsweredSubject[] {
  const seen = new Set<string>();
  return answers.flatMap((answer) => {
    if (answer.measures.length === 0 || seen.has(answer.subject)) return [];
    seen.add(answer.subject);
    return [
      {
        subject: answer.subject,
        measures: answer.measures.map((m) => ({ measureId: m.id, entries: m.because.map((r) => proof(answer, r)) })),
      },
    ];
  });
}

function proof(answer: SubjectMeasures, reason: SubjectMeasures['measures'][number]['because'][number]): EntryProof {
  const listingFactEventId = reason.eventIds[0];
  const entry = reason.organization
    ? answer.reachedThrough.find(
        (e) => e.organization === reason.organization && e.listType === reason.listType && e.causes[0] === listingFactEventId,
      )
    : answer.lists.find((e) => e.listType === reason.listType && e.causes[0] === listingFactEventId);
  return {
    listType: reason.listType,
    ...(entry ? { listingEventId: entry.listingEventId } : {}),
    listingFactEventId,
    ...(reason.organization ? { organization: reason.organization } : {}),
    ...(reason.role ? { role: reason.role } : {}),
  };
}
