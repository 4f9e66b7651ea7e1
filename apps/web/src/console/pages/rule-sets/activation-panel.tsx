import { Alert, Button, Card, DatePicker, Form, Modal, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { todayInShanghai } from '../../../shared/dates';
import { RefusalAlert } from '../../refusal-alert';
import { useAction } from '../../use-action';
import { useSession } from '../../session';
import { PlanTable } from './plan-table';
import type { ActivationPlan } from './rule-set-shapes';

/**
 * For a published version: preview who gains or loses which entries and measures from a date, then activate it from
 * that date after a confirmation naming both.
 */
export function ActivationPanel({ version, onActivated }: { version: string; onActivated: () => void }) {
  const { call } = useSession();
  const [effectiveFrom, setEffectiveFrom] = useState(todayInShanghai());
  const [preview, setPreview] = useState<ActivationPlan>();
  const [carriedOut, setCarriedOut] = useState<ActivationPlan>();
  const [confirming, setConfirming] = useState(false);
  const path = `/v1/rule-sets/${encodeURIComponent(version)}`;
  const previewing = useAction(async () => {
    setCarriedOut(undefined);
    setPreview(await call<ActivationPlan>(`${path}/preview`, { method: 'POST', body: { effectiveFrom } }));
  });
  const activating = useAction(async () => {
    const plan = await call<ActivationPlan>(`${path}/activation`, { method: 'POST', body: { effectiveFrom } });
    setCarriedOut(plan);
    setPreview(undefined);
    onActivated();
  });
  return (
    <Card title={`预览与激活 Preview & activate：版本 ${version}`}>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label="生效日期 Effective from" htmlFor="rule-set-effective-from">
          <DatePicker
            id="rule-set-effective-from"
            value={dayjs(effectiveFrom)}
            format="YYYY-MM-DD"
            allowClear={false}
            onChange={(day) => {
              if (day) setEffectiveFrom(day.format('YYYY-MM-DD'));
              setPreview(undefined);
            }}
          />
        </Form.Item>
        <Space>
          <Button onClick={() => previewing.run()} loading={previewing.busy}>
            预览 Preview
          </Button>
          <Button type="primary" danger onClick={() => setConfirming(true)}>
            激活 Activate
          </Button>
        </Space>
      </Form>
      <RefusalAlert error={previewing.error ?? activating.error} />
      {preview && <PlanTable plan={preview} title="预览 Preview" />}
      {carriedOut && (
        <>
          <Alert
            type="success"
            showIcon
            role="status"
            title={`已激活版本 ${carriedOut.to.version}，自 ${carriedOut.effectiveFrom} 起生效`}
            style={{ marginBottom: 16 }}
          />
          <PlanTable plan={carriedOut} title="已执行 Carried out" />
        </>
      )}
      <Modal
        open={confirming}
        title="确认激活 Confirm activation"
        okText={`激活 ${version}`}
        cancelText="取消 Cancel"
        okButtonProps={{ danger: true, loading: activating.busy }}
        onCancel={() => setConfirming(false)}
        onOk={async () => {
          await activating.run();
          setConfirming(false);
        }}
      >
        <p>
          激活规则集版本 <strong>{version}</strong>，自 <strong>{effectiveFrom}</strong> 起生效？
        </p>
        <p>将按新规则重新评估名单：自该日起列入、移出相应主体并记录名单变更；此前的记录不变。</p>
      </Modal>
    </Card>
  );
}
