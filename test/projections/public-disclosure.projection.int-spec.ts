import { FactCatalogue } from '#credit';
import { PublicDisclosureProjection } from '#read-model';
import { loadShippedRuleSet } from '#runtime';
import { factRecorded, freshSubject, subjectDelisted, subjectListed } from '../fixtures/subject-stream-events.js';
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
const disclosure = projectionSpec(
  new PublicDisclosureProjection(catalogue, loadShippedRuleSet().document.publicationPeriods ?? []),
  () => storage,
);
const recordsOf = `SELECT kind, title, content, published_from::text, published_until::text, withdrawn_on::text, withdrawn_reason, basis
                     FROM public_records WHERE subject = $1 ORDER BY kind, published_from`;

const penalty = (severity: string, extra: Record<string, unknown> = {}) => ({
  decisionNumber: '京朝市监罚〔2026〕123号',
  violationType: '销售不符合食品安全标准的食品',
  violationFacts: '当事人（法定代表人身份证号110105198001011234）销售的某批次食品菌落总数超标。',
  legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
  content: '没收违法所得，并处罚款',
  fineAmount: '5.2',
  severity,
  decisionDate: '2026-05-06',
  publicationDate: '2026-05-09',
  authorityName: '北京市朝阳区市场监督管理局',
  internalNote: '不公开',
  ...extra,
});

describe(`public-disclosure projection (${backend})`, () => {
  it('publishes a list entry for its term, 身份证号 masked, and withdraws it when the subject exits the list', async () => {
    const subject = freshSubject();
    const listing = subjectListed(subject, { label: '失信被执行人（110105198001011234）', until: '2029-03-02', termKind: 'fixed' });
    await disclosure
      .given(listing)
      .when(subjectDelisted(listing, { reason: 'exit', on: '2026-06-30' }))
      .then(
        recordsOf,
        [subject],
        [
          {
            kind: 'list-entry',
            title: '失信被执行人（110105********1234）',
            published_from: '2026-03-02',
            published_until: '2029-03-02',
            withdrawn_on: '2026-06-30',
            withdrawn_reason: '已退出名单（履行、整改或信用修复）',
            basis: listing.event.data.basis,
          },
        ],
      );
  });

  it('keeps an expired entry as it was: its window already ends on the entry’s until', async () => {
    const subject = freshSubject();
    const listing = subjectListed(subject, { until: '2027-03-02', termKind: 'fixed' });
    await disclosure
      .given(listing)
      .when(subjectDelisted(listing, { reason: 'expired', on: '2027-03-02' }))
      .then(recordsOf, [subject], [{ kind: 'list-entry', published_until: '2027-03-02', withdrawn_on: null, withdrawn_reason: null }]);
  });

  it('publishes a general penalty for a year under 令第36号 with the 双公示 fields only, and withdraws it when revoked', async () => {
    const subject = freshSubject();
    await disclosure
      .given(factRecorded(catalogue, 'PenaltyDecided', subject, penalty('general')))
      .when(factRecorded(catalogue, 'PenaltyRevoked', subject, { decisionNumber: '京朝市监罚〔2026〕123号', revokedOn: '2026-08-01' }))
      .then(
        recordsOf,
        [subject],
        [
          {
            kind: 'penalty',
            title: '销售不符合食品安全标准的食品',
            content: {
              decisionNumber: '京朝市监罚〔2026〕123号',
              violationFacts: '当事人（法定代表人身份证号110105********1234）销售的某批次食品菌落总数超标。',
              fineAmount: '5.2',
              publicationClass: 'general',
            },
            published_from: '2026-05-06',
            published_until: '2027-05-06',
            withdrawn_on: '2026-08-01',
            withdrawn_reason: '行政处罚已撤销',
            basis: { documentNumber: '国家发展改革委令第36号' },
          },
        ],
      );
    const [{ content }] = await storage.readModels.query(`SELECT content FROM public_records WHERE subject = $1`, [subject]);
    expect(content).not.toHaveProperty('internalNote');
  });

  it('publishes nothing for a minor penalty (轻微, not published in principle)', async () => {
    const subject = freshSubject();
    await disclosure
      .given()
      .when(factRecorded(catalogue, 'PenaltyDecided', subject, penalty('minor')))
      .then(recordsOf, [subject], []);
  });

  it('republishes a corrected penalty under its new class: the window follows the severity', async () => {
    const subject = freshSubject();
    await disclosure
      .given(factRecorded(catalogue, 'PenaltyDecided', subject, penalty('general')))
      .when(factRecorded(catalogue, 'PenaltyCorrected', subject, { decisionNumber: '京朝市监罚〔2026〕123号', severity: 'serious' }))
      .then(
        recordsOf,
        [subject],
        [{ kind: 'penalty', content: { publicationClass: 'serious' }, published_from: '2026-05-06', published_until: '2029-05-06' }],
      );
  });

  const licence = (extra: Record<string, unknown> = {}) => ({
    decisionNumber: '京食药监许〔2026〕1024号',
    decisionDocumentName: '食品经营许可决定书',
    licenceCategory: '普通',
    content: '预包装食品销售（负责人110105198001011234）',
    decisionDate: '2026-03-02',
    validFrom: '2026-03-02',
    validTo: '2031-03-01',
    authorityName: '北京市朝阳区市场监督管理局',
    ...extra,
  });

  it('publishes a licence from its decision date to the day after 有效期至 (inferred), 身份证号 masked', async () => {
    const subject = freshSubject();
    await disclosure
      .given()
      .when(factRecorded(catalogue, 'LicenceGranted', subject, licence()))
      .then(
        recordsOf,
        [subject],
        [
          {
            kind: 'licence',
            title: '食品经营许可决定书',
            content: {
              decisionNumber: '京食药监许〔2026〕1024号',
              content: '预包装食品销售（负责人110105********1234）',
              validTo: '2031-03-01',
            },
            published_from: '2026-03-02',
            published_until: '2031-03-02',
            withdrawn_on: null,
            basis: { documentNumber: '发改电〔2015〕557号' },
          },
        ],
      );
  });

  it('publishes a licence without 有效期至 for as long as it stands (长期)', async () => {
    const subject = freshSubject();
    await disclosure
      .given()
      .when(factRecorded(catalogue, 'LicenceGranted', subject, licence({ validTo: undefined })))
      .then(recordsOf, [subject], [{ kind: 'licence', published_from: '2026-03-02', published_until: null }]);
  });

  it('moves a licence’s window with a change of term, shows the change, and withdraws it when revoked', async () => {
    const subject = freshSubject();
    await disclosure
      .given(
        factRecorded(catalogue, 'LicenceGranted', subject, licence()),
        factRecorded(catalogue, 'LicenceChanged', subject, {
          decisionNumber: '京食药监许〔2026〕1024号',
          changeDecisionNumber: '京食药监许变〔2026〕88号',
          change: '增加热食类食品制售',
          changedOn: '2026-06-01',
          validTo: '2032-05-31',
        }),
      )
      .when(
        factRecorded(catalogue, 'LicenceRevoked', subject, {
          decisionNumber: '京食药监许〔2026〕1024号',
          revocationDecisionNumber: '京食药监撤〔2026〕3号',
          reason: '以欺骗手段取得许可',
          revokedOn: '2026-09-10',
        }),
      )
      .then(
        recordsOf,
        [subject],
        [
          {
            kind: 'licence',
            content: {
              validTo: '2032-05-31',
              changes: [{ changeDecisionNumber: '京食药监许变〔2026〕88号', change: '增加热食类食品制售' }],
            },
            published_until: '2032-06-01',
            withdrawn_on: '2026-09-10',
            withdrawn_reason: '行政许可已撤销（注销、吊销）',
          },
        ],
      );
  });

  it('withdraws a licence revoked on objection from the day it was first published', async () => {
    const subject = freshSubject();
    const granted = factRecorded(catalogue, 'LicenceGranted', subject, licence());
    await disclosure
      .given(granted)
      .when(factRecorded(catalogue, 'RecordRevoked', subject, { revokedEventId: granted.event.id, revokedOn: '2026-04-01' }))
      .then(recordsOf, [subject], [{ kind: 'licence', withdrawn_on: '2026-03-02' }]);
  });

  it('publishes a 双随机 result for 3 years from the inspection date (inferred), with its result in Chinese', async () => {
    const subject = freshSubject();
    await disclosure
      .given()
      .when(
        factRecorded(catalogue, 'InspectionResultRecorded', subject, {
          inspectionNumber: 'SJ-2026-0457',
          inspectedOn: '2026-04-12',
          items: '食品经营许可情况检查',
          result: 'corrected',
          authorityName: '北京市朝阳区市场监督管理局',
        }),
      )
      .then(
        recordsOf,
        [subject],
        [
          {
            kind: 'inspection',
            title: '食品经营许可情况检查',
            content: { inspectionNumber: 'SJ-2026-0457', result: 'corrected', resultLabel: '发现问题已责令改正' },
            published_from: '2026-04-12',
            published_until: '2029-04-12',
            basis: { documentNumber: '企业信息公示暂行条例 第十四条' },
          },
        ],
      );
  });
});
