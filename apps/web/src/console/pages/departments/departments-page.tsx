import { Space, Typography } from 'antd';
import { useState } from 'react';
import { useLoad } from '../../../shared/use-load';
import { RefusalAlert } from '../../refusal-alert';
import { useAction } from '../../use-action';
import { useSession } from '../../session';
import { AddDepartmentForm } from './add-department-form';
import type { Department, Departments, IssuedKey } from './department-shapes';
import { DepartmentsTable } from './departments-table';
import { IssuedKeyModal } from './issued-key-modal';
import { RevokeKeyModal, type KeyToRevoke } from './revoke-key-modal';
import { RolesModal } from './roles-modal';
import { useKnownRoles } from './use-known-roles';

/** 部门与密钥 (credit office): departments, their roles and keys; changes take effect in every running api without a restart. */
export default function DepartmentsPage() {
  const { call } = useSession();
  const list = useLoad(() => call<Departments>('/v1/departments'), [call]);
  const roles = useKnownRoles();
  const [issued, setIssued] = useState<IssuedKey>();
  const [editing, setEditing] = useState<Department>();
  const [revoking, setRevoking] = useState<KeyToRevoke>();
  const [issuingFor, setIssuingFor] = useState<string>();
  const issuing = useAction(async (department: Department) => {
    setIssuingFor(department.id);
    try {
      setIssued(await call<IssuedKey>(`/v1/departments/${encodeURIComponent(department.id)}/keys`, { method: 'POST' }));
      list.reload();
    } finally {
      setIssuingFor(undefined);
    }
  });
  const knownRoles = roles.data ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>部门与密钥 Departments &amp; keys</Typography.Title>
      <Typography.Paragraph type="secondary">新增部门、修改角色、签发和吊销密钥即时生效，无需重启服务。</Typography.Paragraph>
      <RefusalAlert error={list.error ?? issuing.error ?? roles.error} />
      <DepartmentsTable
        departments={list.data?.departments ?? []}
        roles={knownRoles}
        actions={{ onChangeRoles: setEditing, onIssueKey: (d) => issuing.run(d), onRevokeKey: setRevoking, issuing: issuingFor }}
      />
      <AddDepartmentForm
        roles={knownRoles}
        onAdded={(firstKey) => {
          setIssued(firstKey);
          list.reload();
        }}
      />
      <IssuedKeyModal issued={issued} onClose={() => setIssued(undefined)} />
      <RolesModal department={editing} roles={knownRoles} onClose={() => setEditing(undefined)} onChanged={list.reload} />
      <RevokeKeyModal target={revoking} onClose={() => setRevoking(undefined)} onRevoked={list.reload} />
    </Space>
  );
}
