import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiProblem } from '../shared/problem';

export { looksLikeResidentId } from './resident-id';

/** The api refused because the answer holds a person's 身份证号 and no purpose was given. */
export function asksForPurpose(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 400 && error.errors.some((e) => e.field === 'purpose');
}

/** Purposes given in this tab, by subject: asked once per subject, sent with each call about it. */
const given = new Map<string, string>();

export function rememberedPurpose(subject: string): string | undefined {
  return given.get(subject.trim().toUpperCase());
}

export function rememberPurpose(subject: string, purpose: string): void {
  given.set(subject.trim().toUpperCase(), purpose);
}

interface PurposeModalProps {
  readonly open: boolean;
  readonly subject: string;
  readonly onGiven: (purpose: string) => void;
  readonly onCancel: () => void;
}

/** Asks why a person's data is queried (查询目的); the api records it in the person-query log. */
export function PurposeModal({ open, subject, onGiven, onCancel }: PurposeModalProps) {
  const [form] = Form.useForm<{ purpose: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      const { purpose } = await form.validateFields();
      rememberPurpose(subject, purpose.trim());
      onGiven(purpose.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title="查询目的 Purpose"
      okText="查询 Query"
      cancelText="取消 Cancel"
      onOk={submit}
      onCancel={onCancel}
      confirmLoading={busy}
      destroyOnHidden
    >
      <p>查询涉及自然人身份证号，须说明查询目的，系统将记录本次查询。</p>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark>
        <Form.Item
          label="查询目的 Purpose"
          name="purpose"
          rules={[
            { required: true, whitespace: true, message: '请填写查询目的' },
            { max: 500, message: '最多 500 字' },
          ]}
        >
          <Input autoFocus maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
