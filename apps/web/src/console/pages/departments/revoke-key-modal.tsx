import { Modal } from 'antd';
import { RefusalAlert } from '../../refusal-alert';
import { useAction } from '../../use-action';
import { useSession } from '../../session';

export interface KeyToRevoke {
  readonly departmentId: string;
  readonly keyId: string;
}

/** Confirms revoking a key: every running api refuses it from then on. */
export function RevokeKeyModal({ target, onClose, onRevoked }: { target?: KeyToRevoke; onClose: () => void; onRevoked: () => void }) {
  const { call } = useSession();
  const revoking = useAction(async () => {
    await call(`/v1/departments/${encodeURIComponent(target!.departmentId)}/keys/${encodeURIComponent(target!.keyId)}`, {
      method: 'DELETE',
    });
    onRevoked();
    onClose();
  });
  return (
    <Modal
      open={target !== undefined}
      title="确认吊销密钥 Revoke key"
      okText="吊销 Revoke"
      cancelText="取消 Cancel"
      okButtonProps={{ danger: true, loading: revoking.busy }}
      onOk={() => revoking.run()}
      onCancel={onClose}
      afterOpenChange={() => revoking.clearError()}
    >
      <RefusalAlert error={revoking.error} />
      <p>
        吊销部门 <strong>{target?.departmentId}</strong> 的密钥 <code>{target?.keyId}</code>
        ？吊销后使用该密钥的调用和登录都将被拒绝，且不可恢复。
      </p>
    </Modal>
  );
}
