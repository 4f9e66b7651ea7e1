import { FactCatalogue } from '#credit';
import { SubjectsProjection, SubjectsReader, type FoundSubjectPage, type NameSearch } from '#read-model';
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
const CAP = 3;

const named = (name: string) => {
  const event = factRecorded(catalogue, 'PenaltyDecided', freshSubject(), { decisionNumber: `安汉市监罚〔2026〕${Math.random()}号` });
  const subject = { kind: 'enterprise', code: event.event.data.subject.code, name };
  return { ...event, event: { ...event.event, data: { ...event.event.data, subject } } };
};

/** Three CJK characters no other test's names hold. */
const uniqueText = () => String.fromCodePoint(...Array.from({ length: 3 }, () => 0x4e00 + Math.floor(Math.random() * 0x5000)));

/** Every page of `search`, `limit` at a time, following `next`. */
async function allPages(reader: SubjectsReader, search: Omit<NameSearch, 'cursor'>): Promise<FoundSubjectPage[]> {
  const pages: FoundSubjectPage[] = [];
  let cursor: string | undefined;
  do {
    const page = await reader.byName({ ...search, cursor });
    pages.push(page);
    cursor = page.next;
  } while (cursor);
  return pages;
}

describe(`subject name search with a capped sample (${backend})`, () => {
  const capped = () => new SubjectsReader(storage.readModels, { containsCap: CAP });

  it('ranks names merely holding a common text within a sample of the cap, and says so; exact and prefix stay global', async () => {
    const text = uniqueText();
    const exact = named(text);
    const prefixed = [named(`${text}建设有限公司`), named(`${text}有限公司`)];
    const holding = ['安康', '安康市', '安康市汉滨', '安康市汉滨区', '安康市汉滨区建'].map((head) => named(`${head}${text}公司`));
    await subjects
      .given(exact, ...prefixed, ...holding)
      .when()
      .then('SELECT 1', [], [{}]);

    const page = await capped().byName({ text, limit: 20 });
    const names = page.items.map((item) => item.name);
    expect(names.slice(0, 3)).toEqual([text, `${text}有限公司`, `${text}建设有限公司`]);
    const contained = names.slice(3);
    expect(contained).toHaveLength(CAP);
    expect(contained).toEqual([...contained].sort((a, b) => a.length - b.length));
    expect(contained.every((name) => name.includes(text) && !name.startsWith(text))).toBe(true);
    expect(page).toMatchObject({ capped: true });
    expect(page.next).toBeUndefined();
  });

  it('pages through the same sample: one at a time gives the one-page answer, each name once', async () => {
    const text = uniqueText();
    await subjects
      .given(...['汉滨', '汉滨区', '汉滨区建', '汉滨区建筑', '汉滨区建筑工'].map((head) => named(`${head}${text}`)))
      .when()
      .then('SELECT 1', [], [{}]);
    const reader = capped();
    const whole = await reader.byName({ text, limit: 20 });
    const pages = await allPages(reader, { text, limit: 1 });
    expect(pages.flatMap((page) => page.items.map((item) => item.code))).toEqual(whole.items.map((item) => item.code));
    expect(whole.items).toHaveLength(CAP);
    expect(pages.every((page) => page.capped)).toBe(true);
  });

  it('does not say capped when fewer names than the cap hold the text, nor before the page reaches them', async () => {
    const text = uniqueText();
    await subjects
      .given(named(`${text}一`), named(`${text}二`), named(`${text}三`), named(`${text}四`), named(`汉滨${text}`))
      .when()
      .then('SELECT 1', [], [{}]);
    const first = await capped().byName({ text, limit: 2 });
    expect(first.capped).toBeUndefined();
    expect(first.next).toBeDefined();
    const uncapped = await new SubjectsReader(storage.readModels, { containsCap: 10 }).byName({ text, limit: 20 });
    expect(uncapped.capped).toBeUndefined();
    const names = uncapped.items.map((item) => item.name);
    expect(names.slice(0, 4).sort()).toEqual([`${text}一`, `${text}三`, `${text}二`, `${text}四`].sort());
    expect(names.slice(4)).toEqual([`汉滨${text}`]);
  });

  it('finds 2 characters through the 2-character substrings, capped the same way', async () => {
    const text = uniqueText().slice(0, 2);
    await subjects
      .given(...['安', '安康', '安康市', '安康市汉'].map((head) => named(`${head}${text}`)))
      .when()
      .then('SELECT 1', [], [{}]);
    const page = await capped().byName({ text, limit: 20 });
    expect(page.items).toHaveLength(CAP);
    expect(page.capped).toBe(true);
    expect(page.items.every((item) => item.name.endsWith(text) && Date.parse(item.lastRecordedAt) > 0)).toBe(true);
  });
});
