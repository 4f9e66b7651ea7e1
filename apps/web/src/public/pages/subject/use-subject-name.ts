import { publicApi, type PublicSubjectSearch } from '../../../shared/public-api';
import { useLoad } from '../../../shared/use-load';

const ORGANIZATION_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** An organisation's name, found by its full code (the disclosure answers the code only); none for a person. */
export function useSubjectName(code: string): string | undefined {
  const organisation = ORGANIZATION_CODE.test(code.toUpperCase());
  const found = useLoad(organisation ? () => publicApi<PublicSubjectSearch>('subjects', { q: code, limit: 1 }) : undefined, [code]);
  return found.data?.items[0]?.name;
}
