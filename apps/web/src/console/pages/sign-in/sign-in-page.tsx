import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiProblem } from '../../../shared/problem';
import { useSession } from '../../session';

/** Signing in with a department's API key; the api says who it is (`GET /v1/me`). */
export default function SignInPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async ({ apiKey }: { apiKey: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await signIn(apiKey.trim());
      navigate('/search', { replace: true });
    } catch (problem) {
      setError(problem instanceof ApiProblem ? problem.describe() : String(problem));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main style={{ display: 'flex', justifyContent: 'center', paddingTop: '12vh' }}>
      <Card style={{ width: 420 }}>
        <Typography.Title level={3}>奖惩 · 信用办工作台</Typography.Title>
        <Typography.Paragraph type="secondary">使用本部门的 API 密钥登录（Sign in with your department’s API key）。</Typography.Paragraph>
        {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="API 密钥 (API key)" name="apiKey" rules={[{ required: true, message: '请输入 API 密钥' }]}>
            <Input.Password autoFocus autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            登录 Sign in
          </Button>
        </Form>
      </Card>
    </main>
  );
}
