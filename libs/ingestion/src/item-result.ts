/** RFC 7807 problem for one item of a batch. */
export interface ItemProblem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors: readonly { field: string; reason: string }[];
}

export type ItemResult =
  | { readonly index: number; readonly status: 'accepted'; readonly eventId: string; readonly subject: string; readonly position: string; readonly flags?: readonly string[] }
  | { readonly index: number; readonly status: 'duplicate'; readonly eventId: string; readonly subject: string }
  | { readonly index: number; readonly status: 'rejected'; readonly problem: ItemProblem };

export const problemType = (slug: string) => `https://jiangcheng.dev/problems/${slug}`;

export function rejected(index: number, status: number, slug: string, title: string, errors: ItemProblem['errors']): ItemResult {
  return {
    index,
    status: 'rejected',
    problem: { type: problemType(slug), title, status, detail: errors.map((e) => `${e.field}: ${e.reason}`).join('; '), errors },
  };
}
