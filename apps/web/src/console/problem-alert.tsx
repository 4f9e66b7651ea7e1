import { Alert } from 'antd';

/** A refusal from the api, announced to screen readers. */
export function ProblemAlert({ error }: { error?: string }) {
  return error ? <Alert type="error" role="alert" showIcon title={error} style={{ marginBottom: 16 }} /> : null;
}
