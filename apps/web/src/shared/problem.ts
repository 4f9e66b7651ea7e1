/** An RFC 7807 answer from the api, kept whole so a page can show each field's reason. */
export interface FieldError {
  readonly field: string;
  readonly reason: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: readonly FieldError[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }

  /** One line for a message box: the title, the detail and each field's reason. */
  describe(): string {
    const fields = this.errors.map((e) => `${e.field}: ${e.reason}`);
    return [this.detail ?? this.title, ...fields].join('；');
  }
}

export async function problemOf(response: Response): Promise<ApiProblem> {
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    // not JSON (a proxy's page): the status says enough
  }
  const errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : [];
  return new ApiProblem(
    response.status,
    typeof body.title === 'string' ? body.title : response.statusText,
    typeof body.detail === 'string' ? body.detail : undefined,
    errors,
    body,
  );
}
