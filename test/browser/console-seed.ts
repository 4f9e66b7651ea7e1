import { validUscc } from '#kernel/testing';

/** An enterprise in 安康市汉滨区 (610902) with a Chinese name the console finds from part of it. */
export const HANBIN_ENTERPRISE = {
  kind: 'enterprise',
  code: validUscc('91', '610902', '20260615'),
  name: '安康市汉滨区示例建设有限公司',
} as const;

/** Its legal representative (a natural person: reaching them needs a purpose). */
export const LEGAL_REPRESENTATIVE = { idNumber: '610902198001010027', name: '李四' } as const;

/** The 失信被执行人 listing's day: before it, the enterprise has no measures. */
export const LISTED_ON = '2026-06-15';

/** A 失信被执行人 listing by 安康市汉滨区人民法院 (violates a consumption restriction). */
export const hanbinCourtListing = {
  type: 'DishonestDebtorListed',
  sourceRecordId: 'HB-COURT-1',
  subject: HANBIN_ENTERPRISE,
  data: {
    caseNumber: '（2026）陕0902执321号',
    courtName: '安康市汉滨区人民法院',
    ground: 'violates-consumption-restriction',
    obligation: '支付工程款',
    basisDocumentNumber: '（2025）陕0902民初123号',
    listedOn: LISTED_ON,
  },
};

export const hanbinLegalRepresentative = {
  type: 'RoleAppointed',
  sourceRecordId: 'HB-ROLE-1',
  subject: HANBIN_ENTERPRISE,
  data: { role: 'legal-representative', person: LEGAL_REPRESENTATIVE, from: '2020-01-01' },
};

/** Posts facts as a department; every item must be accepted. Answers the last position and each item's event id. */
export async function postFacts(base: string, apiKey: string, items: unknown[]): Promise<{ position: string; eventIds: string[] }> {
  const response = await fetch(`${base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({ items }),
  });
  const body = (await response.json()) as { results?: { status: string; position: string; eventId: string }[] };
  if (!body.results) throw new Error(`${response.status} ${JSON.stringify(body)}`);
  for (const result of body.results) if (result.status !== 'accepted') throw new Error(JSON.stringify(result));
  return { position: body.results.at(-1)!.position, eventIds: body.results.map((r) => r.eventId) };
}
