import { Alert } from 'antd';
import { ApiProblem } from '../shared/problem';

/** What a failed call says, as one line: an api refusal's reasons, or the error's own text. */
export function describeFailure(error: unknown): string {
  return error instanceof ApiProblem ? error.describe() : String(error);
}

/** A refusal or failure shown where the page is, read out at once (role="alert"). */
export function RefusalAlert({ error, title }: { error?: string; title?: string }) {
  if (!error) return null;
  return (
    <Alert type="error" role="alert" showIcon title={title ?? error} description={title ? error : undefined} style={{ marginBottom: 16 }} />
  );
}
