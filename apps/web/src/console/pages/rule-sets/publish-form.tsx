import { Alert, Button, Card, Form, Input, Space, Upload } from 'antd';
import { useState } from 'react';
import { ApiProblem, type FieldError } from '../../../shared/problem';
import { describeFailure } from '../../refusal-alert';
import { useSession } from '../../session';
import { PublishProblems } from './publish-problems';
import type { PublishedVersion, RuleSetFiles } from './rule-set-shapes';

type Files = Record<string, string>;
interface Refusal {
  readonly title: string;
  readonly problems: readonly FieldError[];
}

/**
 * Publishing a rule set as its YAML files: uploaded, or started from the shipped files and edited here. The api checks
 * it whole; a refusal lists each problem by its path. Publishing does not put it in force: activation does.
 */
export function PublishForm({ onPublished }: { onPublished: (published: PublishedVersion) => void }) {
  const { call } = useSession();
  const [files, setFiles] = useState<Files>({});
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();
  const [done, setDone] = useState<PublishedVersion>();

  const startFromShipped = async () => {
    setRefusal(undefined);
    try {
      const shipped = await call<RuleSetFiles>('/v1/rule-sets/shipped');
      setFiles({ ...shipped.files });
    } catch (failure) {
      setRefusal({ title: describeFailure(failure), problems: [] });
    }
  };
  const publish = async () => {
    setBusy(true);
    setRefusal(undefined);
    setDone(undefined);
    try {
      const published = await call<PublishedVersion>('/v1/rule-sets', { method: 'POST', body: { files } });
      setDone(published);
      onPublished(published);
    } catch (failure) {
      setRefusal(
        failure instanceof ApiProblem
          ? { title: `${failure.title}（${failure.status}）`, problems: failure.errors }
          : { title: describeFailure(failure), problems: [] },
      );
    } finally {
      setBusy(false);
    }
  };
  const names = Object.keys(files).sort();
  return (
    <Card title="发布新版本 Publish a version">
      <Space wrap style={{ marginBottom: 16 }}>
        <Upload
          accept=".yaml,.yml"
          multiple
          showUploadList={false}
          beforeUpload={async (file) => {
            const text = await file.text();
            setFiles((current) => ({ ...current, [file.name]: text }));
            return Upload.LIST_IGNORE;
          }}
        >
          <Button>上传 YAML 文件 Upload files</Button>
        </Upload>
        <Button onClick={startFromShipped}>从内置规则集开始 Start from the shipped set</Button>
        {names.length > 0 && (
          <Button danger onClick={() => setFiles({})}>
            清空 Clear
          </Button>
        )}
      </Space>
      {refusal && <PublishProblems title={refusal.title} problems={refusal.problems} />}
      {done && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={done.alreadyPublished ? `版本 ${done.version} 此前已以相同内容发布` : `已发布版本 ${done.version}（尚未生效，需激活）`}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form layout="vertical" onFinish={publish}>
        {names.map((name) => (
          <Form.Item key={name} label={name} htmlFor={`rule-file-${name}`}>
            <Input.TextArea
              id={`rule-file-${name}`}
              value={files[name]}
              autoSize={{ minRows: 4, maxRows: 8 }}
              spellCheck={false}
              style={{ fontFamily: 'monospace' }}
              onChange={(event) => setFiles((current) => ({ ...current, [name]: event.target.value }))}
            />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={busy} disabled={names.length === 0}>
          发布 Publish
        </Button>
      </Form>
    </Card>
  );
}
