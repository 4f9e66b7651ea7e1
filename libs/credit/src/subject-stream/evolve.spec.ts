import { evolve, foldHistory } from './evolve.js';
import { initialSubjectState, type SeenRecord, type SubjectState } from './subject-state.js';
import { catalogue, definitionOf, ENTERPRISE, given } from './testing/given-when-then.js';

const example = (type: string) => definitionOf(type).example as Record<string, unknown>;

/** The state with each fingerprint taken, so two states can be compared as data. */
function comparable(state: SubjectState): unknown {
  const seen = (record: SeenRecord) => ({ ...record, fingerprint: record.fingerprint() });
  return {
    kind: state.kind,
    registration: state.registration && seen(state.registration),
    sourceRecords: [...state.sourceRecords].map(([key, record]) => [key, seen(record)]),
    decisions: [...state.decisions].map(([key, list]) => [key, list.map((d) => ({ ...seen(d), endings: d.endings.map(seen) }))]),
    openRoles: [...state.openRoles],
    endedRoles: [...state.endedRoles],
    roles: state.roles,
  };
}

describe('foldHistory', () => {
  const history = given(
    { type: 'SubjectRegistered', subject: ENTERPRISE, data: example('SubjectRegistered') },
    { type: 'PenaltyDecided', subject: ENTERPRISE, data: example('PenaltyDecided') },
    { type: 'PenaltyDecided', subject: ENTERPRISE, data: { ...example('PenaltyDecided'), decisionNumber: '京朝市监罚〔2026〕124号' } },
    { type: 'PenaltyRevoked', subject: ENTERPRISE, data: example('PenaltyRevoked') },
    { type: 'RoleAppointed', subject: ENTERPRISE, data: example('RoleAppointed') },
    {
      type: 'RoleEnded',
      subject: ENTERPRISE,
      data: { ...example('RoleEnded'), role: example('RoleAppointed').role, person: example('RoleAppointed').person },
    },
  ).events;

  it('gives the state that folding evolve event by event gives', () => {
    const stepByStep = history.reduce((state, event) => evolve(catalogue, state, event), initialSubjectState());
    expect(comparable(foldHistory(catalogue, history))).toEqual(comparable(stepByStep));
    const { role, person, from } = example('RoleAppointed') as { role: string; person: { idNumber: string }; from: string };
    expect(comparable(stepByStep)).toMatchObject({ roles: [{ role, idNumber: person.idNumber, from, until: example('RoleEnded').to }] });
    expect(comparable(stepByStep)).toMatchObject({
      openRoles: [],
      decisions: expect.arrayContaining([expect.arrayContaining([expect.stringContaining('123号')])]),
    });
  });

  it('leaves the states evolve returned earlier as they were', () => {
    const before = evolve(catalogue, initialSubjectState(), history[0]);
    const snapshot = comparable(before);
    evolve(catalogue, before, history[1]);
    expect(comparable(before)).toEqual(snapshot);
  });
});
