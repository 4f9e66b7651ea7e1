import { PERSON_ROLES } from '#credit';
import { CONTAINS_CAP } from '#read-model';
import { BASIC_LIST_EDITIONS, MEASURE_KINDS, STATUTE_LEVELS } from '#rules';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const text = (description?: string): Schema => (description ? { type: 'string', description } : { type: 'string' });
const date = (description?: string): Schema => ({ type: 'string', format: 'date', ...(description ? { description } : {}) });
const strings = (description?: string): Schema => ({ type: 'array', items: { type: 'string' }, ...(description ? { description } : {}) });
const object = (required: string[], properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  required,
  properties,
});

/** A name search's `capped` (FoundSubjectPage). */
const CAPPED: Schema = {
  type: 'boolean',
  enum: [true],
  description:
    `Present when the page reached the names merely holding \`q\` (not starting with it) and at least ${CONTAINS_CAP} do: ` +
    `those are then ranked among the first ${CONTAINS_CAP} found, not among all. Ask for more of the name`,
};

const publicPage = (item: Schema): Schema =>
  object(['items', 'page', 'limit', 'total'], {
    items: { type: 'array', items: item },
    page: { type: 'integer', minimum: 1 },
    limit: { type: 'integer', minimum: 1, maximum: 100 },
    total: { type: 'integer', minimum: 0, description: 'Every record the filter matches today' },
  });

/**
 * The answers of the query endpoints, written against the TypeScript types they serialise
 * (SubjectMeasures, ListChangePage, PersonQuery, PublicRecord, SubjectHistory …): keep them in step.
 */
export function responseSchemas(): Record<string, Schema> {
  return {
    Basis: object(['documentNumber'], {
      documentNumber: text('e.g. 发改财金〔2016〕141号'),
      clause: text(),
      sources: strings('Where the text was read'),
      local: { type: 'boolean', description: 'A provincial or city text used where the national one was not readable' },
    }),
    RuleSetVersion: object(['id', 'version'], { id: text(), version: text() }),
    Regime: object(
      ['id', 'documentNumber', 'effectiveFrom'],
      {
        id: text(),
        documentNumber: text('e.g. 人社部令第45号'),
        effectiveFrom: date(),
        effectiveUntil: date('Exclusive; absent while in force'),
      },
      'The legal text the entry was decided under, chosen by its deciding date',
    ),
    ListingFlag: object(
      ['code', 'reason'],
      {
        code: { type: 'string', enum: ['qualifying-fact-not-recorded', 'criteria-not-met', 'step-missing'] },
        reason: text(),
        step: text('The procedural step missing, for step-missing'),
      },
      'What the record does not show for a listing the competent authority decided: the listing stands, flagged',
    ),
    ListEntry: object(
      [
        'listType',
        'label',
        'color',
        'memorandum',
        'criterion',
        'ruleSetVersion',
        'since',
        'termKind',
        'causes',
        'basis',
        'status',
        'ruleSetId',
        'listingEventId',
      ],
      {
        listType: text(),
        label: text(),
        color: { type: 'string', enum: ['red', 'black'] },
        memorandum: text(),
        criterion: text(),
        regime: ref('Regime'),
        flags: { type: 'array', items: ref('ListingFlag') },
        ruleSetVersion: text(),
        ruleSetId: text(),
        since: date(),
        until: date('Exclusive end of a fixed term; absent when the term is not fixed'),
        exitsNotBefore: date(),
        exitsDelayedMonths: { type: 'integer' },
        termKind: text(),
        ended: object(['on', 'reason', 'eventId', 'basis'], {
          on: date(),
          reason: { type: 'string', enum: ['exit', 'black-listing', 'rule-set-change', 'credit-repair'] },
          eventId: text(),
          basis: ref('Basis'),
        }),
        causes: strings('The event ids behind the entry'),
        basis: ref('Basis'),
        status: { type: 'string', enum: ['not-yet', 'active', 'expired', 'ended'], description: 'On `asOf`' },
        listingEventId: text(),
        delistingEventId: text(),
        department: text(),
        underObjection: ref('UnderObjection'),
      },
      'A red or black list entry with its validity and the events behind it',
    ),
    ReachedListEntry: {
      allOf: [
        ref('ListEntry'),
        object(['organization', 'role', 'reachedFrom'], {
          organization: text('The listed organisation'),
          role: {
            type: 'string',
            enum: Object.keys(PERSON_ROLES),
            description: Object.entries(PERSON_ROLES)
              .map(([key, label]) => `${key}: ${label}`)
              .join('; '),
          },
          reachedFrom: date('The first day the entry reaches the person through this role'),
        }),
      ],
    },
    ApplicableMeasure: object(
      ['id', 'kind', 'text', 'gloss', 'departments', 'departmentIds', 'scenarios', 'basis', 'advisory', 'memorandum', 'because'],
      {
        id: text(),
        kind: { type: 'string', enum: [...MEASURE_KINDS] },
        text: text('The measure as the memorandum words it'),
        gloss: text(),
        departments: strings('The implementing departments, by their current names (department registry)'),
        departmentIds: strings('The implementing departments, by registry id'),
        scenarios: strings(),
        basis: ref('Basis'),
        basicList: object(
          ['edition', 'category'],
          {
            edition: { type: 'string', enum: [...BASIC_LIST_EDITIONS] },
            category: { type: 'integer', enum: [1, 2, 3] },
            item: text('The item as the list words it; absent when no copy of the list was read'),
            inferred: text(),
          },
          'The item of the 全国失信惩戒措施基础清单 the measure stands on',
        ),
        statute: object(
          ['documentNumber', 'level', 'sources'],
          {
            documentNumber: text(),
            clause: text(),
            level: { type: 'string', enum: [...STATUTE_LEVELS] },
            sources: strings(),
            inferred: text(),
          },
          'The law or regulation the measure itself rests on',
        ),
        advisory: {
          type: 'boolean',
          description: 'Category 3: information for bodies outside public administration (banks …), never an obligation of a department',
        },
        memorandum: text(),
        inferred: text('Why the measure was inferred rather than read, when it was'),
        because: {
          type: 'array',
          description: 'The list entries (and, for a person, the role) behind the measure',
          items: object(['listType', 'label', 'since', 'criterion', 'eventIds', 'conditions'], {
            listType: text(),
            label: text(),
            since: date(),
            until: date(),
            criterion: text(),
            regime: ref('Regime'),
            eventIds: strings(),
            role: text(),
            organization: text(),
            conditions: strings(),
          }),
        },
      },
    ),
    SubjectMeasures: object(['subject', 'naturalPerson', 'asOf', 'ruleSet', 'lists', 'reachedThrough', 'measures'], {
      subject: text(),
      naturalPerson: { type: 'boolean' },
      asOf: date(),
      ruleSet: ref('RuleSetVersion'),
      lists: { type: 'array', items: ref('ListEntry') },
      reachedThrough: {
        type: 'array',
        items: ref('ReachedListEntry'),
        description: 'Entries of organisations that reach this person through a role',
      },
      measures: { type: 'array', items: ref('ApplicableMeasure') },
    }),
    ChecksResult: object(['checkId', 'asOf', 'results'], {
      checkId: { type: 'string', format: 'uuid', description: 'The check of record (GET /v1/checks/{checkId}, its feedback)' },
      asOf: date(),
      results: { type: 'array', items: ref('SubjectMeasures'), description: 'One per subject asked, in the order given' },
    }),
    Relation: object(['organization', 'organizationName', 'person', 'personName', 'role', 'from', 'appointedEventId'], {
      organization: text(),
      organizationName: text(),
      person: text(),
      personName: text(),
      role: text(),
      from: date(),
      to: date(),
      appointedEventId: text(),
      endedEventId: text(),
    }),
    SubjectLists: object(['subject', 'naturalPerson', 'asOf', 'ruleSet', 'lists', 'reachedThrough', 'relations'], {
      subject: text(),
      naturalPerson: { type: 'boolean' },
      asOf: date(),
      ruleSet: ref('RuleSetVersion'),
      lists: { type: 'array', items: ref('ListEntry') },
      reachedThrough: { type: 'array', items: ref('ReachedListEntry') },
      relations: { type: 'array', items: ref('Relation') },
    }),
    SubjectHistory: object(['subject', 'events'], {
      subject: text(),
      events: {
        type: 'array',
        items: object(['eventId', 'revision', 'type', 'recordedAt', 'position', 'data'], {
          eventId: text(),
          revision: { type: 'integer' },
          type: text(),
          label: text(),
          recordedAt: { type: 'string', format: 'date-time' },
          position: text(),
          department: text(),
          sourceRecordId: text(),
          data: {
            type: 'object',
            additionalProperties: true,
            properties: { fact: { type: 'object', additionalProperties: true, description: 'A fact event: the fact as recorded' } },
          },
        }),
      },
    }),
    ListChange: object(
      [
        'position',
        'eventId',
        'recordedAt',
        'subject',
        'change',
        'listType',
        'effectiveOn',
        'causes',
        'listingFactEventId',
        'basis',
        'ruleSet',
      ],
      {
        position: text(),
        eventId: text(),
        recordedAt: { type: 'string', format: 'date-time' },
        subject: text(),
        change: { type: 'string', enum: ['listed', 'delisted'] },
        listType: text(),
        color: text(),
        effectiveOn: date(),
        until: date(),
        reason: text(
          'delisted: exit, black-listing, rule-set-change, expired, or revoked (void from the start: effectiveOn is the entry’s own start)',
        ),
        causes: strings(),
        listingFactEventId: text(),
        criterion: text(),
        basis: ref('Basis'),
        ruleSet: ref('RuleSetVersion'),
        department: text(),
        actor: text(),
        correlationId: text(),
      },
    ),
    ListChangePage: object(['changes'], {
      changes: { type: 'array', items: ref('ListChange') },
      next: text('Pass as `cursor` for the next page; absent on the last page'),
    }),
    CandidateStep: object(['id', 'description', 'done'], {
      id: text('e.g. payment-ordered'),
      description: text('e.g. 责令限期支付'),
      done: { type: 'boolean' },
      eventId: text('The fact that took the step'),
    }),
    ListCandidate: object(
      [
        'subject',
        'listType',
        'label',
        'color',
        'criterion',
        'basis',
        'qualifyingFact',
        'steps',
        'missingSteps',
        'ruleSet',
        'notedEventId',
        'notedAt',
      ],
      {
        subject: text('统一社会信用代码 or 身份证号'),
        listType: text(),
        label: text(),
        color: { type: 'string', enum: ['red', 'black'] },
        criterion: text(),
        regime: ref('Regime'),
        basis: ref('Basis'),
        qualifyingFact: object(['eventId', 'type', 'data'], {
          eventId: text(),
          type: text('The catalogue fact type, e.g. WageArrearsFound'),
          data: { type: 'object', additionalProperties: true },
          department: text('The department that recorded it'),
        }),
        department: text('The department that recorded the qualifying fact'),
        steps: { type: 'array', items: ref('CandidateStep') },
        missingSteps: strings('The ids of the steps not yet taken'),
        ruleSet: ref('RuleSetVersion'),
        notedEventId: text('The ListingCandidateNoted event that last noted it'),
        notedAt: { type: 'string', format: 'date-time' },
      },
    ),
    ListCandidatePage: object(['candidates'], {
      candidates: { type: 'array', items: ref('ListCandidate') },
      next: text('Pass as `cursor` for the next page; absent on the last page'),
    }),
    PersonQueryPage: object(['queries'], {
      queries: {
        type: 'array',
        items: object(['id', 'askedAt', 'department', 'keyId', 'subject', 'endpoint'], {
          id: text(),
          askedAt: { type: 'string', format: 'date-time' },
          department: text(),
          keyId: text(),
          subject: text('身份证号'),
          endpoint: text(),
          purpose: text(),
        }),
      },
      next: text('Pass as `cursor` for the next page; absent on the last page'),
    }),
    SubjectSearchPage: object(['items'], {
      items: {
        type: 'array',
        items: object(['code', 'kind', 'name', 'lastRecordedAt'], {
          code: text('统一社会信用代码, or the 身份证号 asked about (masked as the personal-data rule says)'),
          kind: { type: 'string', enum: ['enterprise', 'individual-business', 'other-organization', 'natural-person'] },
          name: text('The name the latest fact about the subject gave'),
          lastRecordedAt: { type: 'string', format: 'date-time' },
        }),
      },
      next: text('Pass as `cursor` for the next page; absent on the last page'),
      capped: CAPPED,
    }),
    SubjectRelations: object(['subject', 'relations'], {
      subject: text(),
      relations: {
        type: 'array',
        items: object(['role', 'person', 'organization', 'from'], {
          role: { type: 'string', enum: Object.keys(PERSON_ROLES) },
          roleLabel: text('e.g. 法定代表人'),
          person: object(['code', 'name'], { code: text('身份证号, masked unless you may see it'), name: text() }),
          organization: object(['code', 'name'], { code: text('统一社会信用代码'), name: text('As the appointment recorded it') }),
          from: date(),
          to: date('Absent while in office'),
        }),
      },
    }),
    PublicSubjectSearch: object(['items'], {
      items: { type: 'array', items: object(['code', 'name'], { code: text('统一社会信用代码'), name: text() }) },
      capped: CAPPED,
    }),
    PublicDisclosure: object(['subject', 'asOf', 'records'], {
      subject: text('A 身份证号 is shown masked: first 6 and last 4 characters'),
      asOf: date(),
      records: {
        type: 'array',
        items: object(['kind', 'title', 'content', 'publishedFrom'], {
          kind: { type: 'string', enum: ['list-entry', 'penalty', 'licence', 'inspection'] },
          title: text(),
          content: { type: 'object', additionalProperties: true },
          publishedFrom: date(),
          publishedUntil: date('Exclusive: the record leaves the disclosure view on this day'),
          basis: ref('DisclosureBasis'),
          underObjection: ref('UnderObjection'),
        }),
      },
    }),
    DisclosureBasis: object(
      ['documentNumber'],
      { documentNumber: text(), clause: text(), inferred: text('Where no text read settles the period: what was chosen and why') },
      'The text that sets how long the record is public',
    ),
    PublicSubject: object(
      ['code'],
      {
        code: text('统一社会信用代码, or a 身份证号 masked (first 6 and last 4 characters)'),
        kind: { type: 'string', enum: ['enterprise', 'individual-business', 'other-organization', 'natural-person'] },
        name: text('As last recorded'),
      },
      'The subject as the public site shows it',
    ),
    PublicWindow: object(
      ['from'],
      { from: date(), until: date('Exclusive: the record leaves the site on this day; absent: 长期'), basis: ref('DisclosureBasis') },
      'The publication window',
    ),
    DoublePublicityPage: publicPage(
      object(['kind', 'decisionNumber', 'title', 'subject', 'authority', 'decisionDate', 'content', 'window'], {
        kind: { type: 'string', enum: ['licence', 'penalty'] },
        decisionNumber: text('行政许可决定文书号 / 行政处罚决定书文号'),
        title: text('许可决定文书名称 / 违法行为类型'),
        subject: ref('PublicSubject'),
        authority: object([], { name: text('决定机关'), code: text('决定机关统一社会信用代码') }),
        decisionDate: date(),
        content: { type: 'object', additionalProperties: true, description: 'The other published fields, every 身份证号 masked' },
        window: ref('PublicWindow'),
      }),
    ),
    InspectionPage: publicPage(
      object(['inspectionNumber', 'items', 'result', 'inspectedOn', 'subject', 'authority', 'window'], {
        inspectionNumber: text('抽查任务编号'),
        items: text('抽查事项'),
        result: { type: 'string', enum: ['compliant', 'corrected', 'non-compliant', 'not-found'] },
        resultLabel: text('抽查结果, e.g. 未发现问题'),
        inspectedOn: date(),
        subject: ref('PublicSubject'),
        authority: object([], { name: text('检查实施机关'), code: text() }),
        window: ref('PublicWindow'),
      }),
    ),
    ListPublicationPage: publicPage(
      object(['listType', 'label', 'color', 'subject', 'basis', 'period'], {
        listType: text(),
        label: text('名单类型, e.g. 失信被执行人'),
        color: { type: 'string', enum: ['red', 'black'] },
        subject: ref('PublicSubject'),
        memorandum: text('The memorandum or regime the list belongs to'),
        basis: object(['documentNumber'], { documentNumber: text('文号'), clause: text() }),
        period: object(['from', 'longTerm'], {
          from: date(),
          until: date('Exclusive; absent when long-term'),
          longTerm: { type: 'boolean', description: '长期: no end date' },
        }),
        decidedBy: text('The deciding authority (the listing fact’s authority or court), else the recording department'),
      }),
    ),
    UnderObjection: object(
      ['objectionId', 'filedOn'],
      { objectionId: text(), filedOn: date() },
      'The record (the entry’s listing fact, or another fact behind it) is under objection (异议处理中): GET /v1/objections/{id}',
    ),
    Liveness: object(['status'], { status: { type: 'string', enum: ['ok'] } }),
    Departments: object(['departments'], {
      departments: {
        type: 'array',
        items: object(['id', 'name', 'roles', 'keys'], {
          id: text(),
          name: text(),
          roles: strings('What the department may record'),
          keys: { type: 'array', items: object(['id', 'createdAt'], { id: text(), createdAt: text(), revokedAt: text() }) },
        }),
      },
    }),
    IssuedKey: object(['departmentId', 'keyId', 'createdAt', 'key'], {
      departmentId: text(),
      keyId: text(),
      createdAt: text(),
      key: text('The API key; shown in this answer only, only its hash is recorded'),
    }),
    RevokedKey: object(['departmentId', 'keyId', 'revokedAt'], { departmentId: text(), keyId: text(), revokedAt: text() }),
    HealthDetails: object(['projections', 'parked'], {
      projections: { type: 'array', items: { type: 'object', additionalProperties: true } },
      parked: {
        type: 'array',
        items: { type: 'object', additionalProperties: true },
        description: 'Events a projection could not apply, with the full error',
      },
      readHorizon: { type: 'object', additionalProperties: true, description: 'The transaction holding reads back, if any' },
      webhooks: object(['undelivered', 'oldestUndeliveredSeconds', 'deadLetters'], {
        undelivered: { type: 'integer', description: 'Changes queued, retrying or dead, over active subscriptions' },
        oldestUndeliveredSeconds: { type: 'integer', description: 'Delivery lag: how long the oldest of them has waited' },
        deadLetters: { type: 'integer' },
      }),
    }),
  };
}
