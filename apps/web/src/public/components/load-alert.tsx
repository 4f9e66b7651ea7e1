import { Alert } from 'antd';

/** A refusal or a failed load (访问过于频繁 … included), announced to screen readers. */
export function LoadAlert({ error }: { error?: string }) {
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />;
}
