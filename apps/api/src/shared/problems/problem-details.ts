/** One offending field of a request (a JSON path) and why. */
export interface FieldError {
  readonly field: string;
  readonly reason: string;
}

/** RFC 7807 problem details, the body of every 4xx and 5xx answer. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  /** For invalid input: each offending field (a JSON path) and why. */
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const problemType = (slug: string) => `https://jiangcheng.dev/problems/${slug}`;
