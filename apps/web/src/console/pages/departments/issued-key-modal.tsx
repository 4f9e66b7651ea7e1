import { Alert, Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { IssuedKey } from './department-shapes';

/** A new key's secret, shown this once: the api keeps only its hash. */
export function IssuedKeyModal({ issued, onClose }: { issued?: IssuedKey; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (!issued) return;
    await navigator.clipboard.writeText(issued.key);
    setCopied(true);
  };
  return (
    <Modal
      open={issued !== undefined}
      title={`新密钥 New key：${issued?.departmentId ?? ''}`}
      onCancel={onClose}
      afterClose={() => setCopied(false)}
      footer={<Button onClick={onClose}>我已保存 Done</Button>}
      maskClosable={false}
    >
      {issued && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert
            type="warning"
            showIcon
            role="alert"
            title="此密钥只显示这一次，关闭后无法再次查看。请立即复制并安全交付给该部门。"
            description="The key will not be shown again: copy it now."
          />
          <Typography.Text>密钥编号 Key id：{issued.keyId}</Typography.Text>
          <Space.Compact style={{ width: '100%' }}>
            <Input readOnly value={issued.key} aria-label="新密钥 New API key" style={{ fontFamily: 'monospace' }} />
            <Button type="primary" onClick={copy}>
              {copied ? '已复制 Copied' : '复制 Copy'}
            </Button>
          </Space.Compact>
        </Space>
      )}
    </Modal>
  );
}
