import { FactCatalogue } from '#credit';
import { bigrams, SubjectsProjection } from '#read-model';
import { factRecorded, freshSubject } from '../fixtures/subject-stream-events.js';
import { projectionSpec } from '../support/projection-spec.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(async () => {
  await storage.dispose();
});

const catalogue = new FactCatalogue();
const subjects = projectionSpec(new SubjectsProjection(catalogue), () => storage);
const rowOf = `SELECT code, kind, name, name_bigrams, first_recorded_at <= last_recorded_at AS in_order FROM subjects WHERE code = $1`;

const penalty = (subject: string, name: string, kind = 'enterprise') => {
  const event = factRecorded(catalogue, 'PenaltyDecided', subject, { decisionNumber: `安汉市监罚〔2026〕${Math.random()}号` });
  return { ...event, event: { ...event.event, data: { ...event.event.data, subject: { kind, code: subject, name } } } };
};

describe(`subjects projection (${backend})`, () => {
  it('keeps one row per subject with the name the latest fact gave, across batches and within one', async () => {
    const subject = freshSubject();
    await subjects
      .given(penalty(subject, '安康市汉滨区建筑工程有限公司'))
      .when(penalty(subject, '安康市汉滨区建设工程有限公司'), penalty(subject, '安康市汉滨区建安工程有限公司'))
      .then(rowOf, [subject], [{ code: subject, kind: 'enterprise', name: '安康市汉滨区建安工程有限公司', in_order: true }]);
  });

  it('keeps a person’s row without 2-character substrings: persons are never found by name', async () => {
    const person = '61090219800101001X';
    await subjects
      .given()
      .when(penalty(person, '张三', 'natural-person'))
      .then(rowOf, [person], [{ code: person, kind: 'natural-person', name: '张三', name_bigrams: null }]);
  });

  it('serves a partial Chinese name through the trigram index and 2 characters through the substrings', async () => {
    const subject = freshSubject();
    await subjects
      .given(penalty(subject, '安康市汉滨区建筑工程有限公司'))
      .when()
      .then(
        `SELECT code FROM subjects WHERE kind <> 'natural-person' AND name LIKE '%汉滨区建%' AND code = $1
         UNION ALL SELECT code FROM subjects WHERE kind <> 'natural-person' AND name_bigrams @> ARRAY['汉滨'] AND code = $1`,
        [subject],
        [{ code: subject }, { code: subject }],
      );
    // On a table this small the planner prefers a sequential scan: the trigram index must still serve the query.
    const plan: { 'QUERY PLAN': string }[] = await storage.readModels.transaction(async (db) => {
      await db.query('SET LOCAL enable_seqscan = off');
      return db.query(`EXPLAIN SELECT code FROM subjects WHERE kind <> 'natural-person' AND name LIKE '%汉滨区建%'`);
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/Bitmap Index Scan on \S*name_idx/);
  });
});

describe('bigrams', () => {
  it('lists each 2-character substring once, by code point', () => {
    expect(bigrams('汉滨汉滨')).toEqual(['汉滨', '滨汉']);
    expect(bigrams('𠀋记')).toEqual(['𠀋记']);
    expect(bigrams('汉')).toEqual([]);
  });
});
