import { Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { RefusalAlert } from '../../refusal-alert';
import { useAction } from '../../use-action';
import { useSession } from '../../session';
import type { Department, RoleOption } from './department-shapes';

/** Replaces a department's roles (PUT …/roles); what it may record follows at once. */
export function RolesModal({
  department,
  roles,
  onClose,
  onChanged,
}: {
  department?: Department;
  roles: readonly RoleOption[];
  onClose: () => void;
  onChanged: () => void;
}) {
  const { call } = useSession();
  const [chosen, setChosen] = useState<string[]>([]);
  const saving = useAction(async () => {
    await call(`/v1/departments/${encodeURIComponent(department!.id)}/roles`, { method: 'PUT', body: { roles: chosen } });
    onChanged();
    onClose();
  });
  return (
    <Modal
      open={department !== undefined}
      title={`修改角色 Change roles：${department?.name ?? ''}`}
      okText="保存 Save"
      cancelText="取消 Cancel"
      okButtonProps={{ loading: saving.busy }}
      onOk={() => saving.run()}
      onCancel={onClose}
      afterOpenChange={(open) => {
        if (open) setChosen([...(department?.roles ?? [])]);
        saving.clearError();
      }}
    >
      <RefusalAlert error={saving.error} />
      <Form layout="vertical">
        <Form.Item label="角色 Roles" htmlFor="department-roles">
          <Select id="department-roles" mode="multiple" value={chosen} options={[...roles]} onChange={setChosen} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
