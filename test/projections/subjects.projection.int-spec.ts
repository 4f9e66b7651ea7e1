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
const rowOf = `SELECT code, kind, name, name_bigrams FROM subjects WHERE code = $1`;

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
      .then(rowOf, [subject], [{ code: subject, kind: 'enterprise', name: '安康市汉滨区建安工程有限公司' }]);
  });

  it('rewrites a name row only when the name changes, while when a fact was last recorded moves with every fact', async () => {
    const subject = freshSubject();
    const name = '安康市汉滨区建筑工程有限公司';
    // Row versions (xmin) are read from the physical tables: the views that queries read have none.
    const versions = async () => {
      const [{ generation }] = await storage.readModels.query(
        `SELECT active_generation AS generation FROM projections WHERE name = 'subjects'`,
      );
      const [row] = await storage.readModels.query(
        `SELECT s.xmin::text AS name_row, a.xmin::text AS activity_row, a.first_recorded_at <= a.last_recorded_at AS in_order
           FROM subjects__g${generation} s JOIN subject_activity__g${generation} a USING (code) WHERE code = $1`,
        [subject],
      );
      return row;
    };
    await subjects.given(penalty(subject, name)).when().then(rowOf, [subject], [{ name }]);
    const first = await versions();
    await subjects.given().when(penalty(subject, name)).then(rowOf, [subject], [{ name }]);
    const second = await versions();
    expect(second).toEqual({ name_row: first.name_row, activity_row: expect.any(String), in_order: true });
    expect(second.activity_row).not.toBe(first.activity_row);
    await subjects
      .given()
      .when(penalty(subject, `${name}汉滨分公司`))
      .then(rowOf, [subject], [{ name: `${name}汉滨分公司` }]);
    expect((await versions()).name_row).not.toBe(first.name_row);
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
