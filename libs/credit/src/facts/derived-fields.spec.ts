import { FactCatalogue } from './fact-catalogue.js';
import { readableFields, withDerivedFields } from './derived-fields.js';
import { validateFactInput } from './validate-fact-input.js';
import type { LocalDate } from '#kernel';

const catalogue = new FactCatalogue();
const accident = catalogue.get('WorkSafetyAccidentDetermined')!;

describe('derived fields: the accident class is read beside the recorded fields, never sent', () => {
  it('given an accident with 3 deaths, when it is read, then its class is 较大 (larger)', () => {
    expect(withDerivedFields(accident, { ...accident.example, deaths: 3 })).toMatchObject({ deaths: 3, accidentClass: 'larger' });
  });

  it('recomputes the class from the numbers, whatever an old record says', () => {
    expect(withDerivedFields(accident, { ...accident.example, deaths: 2, accidentClass: 'major' }).accidentClass).toBe('general');
  });

  it('leaves a fact without derived fields as it is', () => {
    const penalty = catalogue.get('PenaltyDecided')!;
    expect(withDerivedFields(penalty, penalty.example)).toBe(penalty.example);
  });

  it('rules may name the derived field', () => {
    expect(readableFields(accident).accidentClass).toMatchObject({ kind: 'enum' });
  });

  it('a department cannot send the class: it is not a field of the fact', () => {
    const result = validateFactInput(
      {
        type: 'WorkSafetyAccidentDetermined',
        sourceRecordId: 'A-1',
        subject: { kind: 'enterprise', code: '91110000100000000A', name: '某化工有限公司' },
        data: { ...accident.example, accidentClass: 'general' },
      },
      catalogue,
      '2026-12-31' as LocalDate,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'data.accidentClass' })]));
  });
});
