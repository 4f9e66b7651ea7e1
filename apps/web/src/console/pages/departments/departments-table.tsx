import { Button, Space, Table, Tag, Typography } from 'antd';
import { formatInstant } from '../../../shared/dates';
import type { Department, DepartmentKey, RoleOption } from './department-shapes';
import type { KeyToRevoke } from './revoke-key-modal';

interface Actions {
  readonly onChangeRoles: (department: Department) => void;
  readonly onIssueKey: (department: Department) => void;
  readonly onRevokeKey: (target: KeyToRevoke) => void;
  readonly issuing?: string;
}

function KeyLine({ department, apiKey, onRevoke }: { department: Department; apiKey: DepartmentKey; onRevoke: Actions['onRevokeKey'] }) {
  return (
    <Space size="small" wrap>
      <code>{apiKey.id}</code>
      <Typography.Text type="secondary">{formatInstant(apiKey.createdAt)}</Typography.Text>
      {apiKey.revokedAt ? (
        <Tag>已吊销 Revoked {formatInstant(apiKey.revokedAt)}</Tag>
      ) : (
        <Button size="small" danger onClick={() => onRevoke({ departmentId: department.id, keyId: apiKey.id })}>
          吊销 Revoke {apiKey.id}
        </Button>
      )}
    </Space>
  );
}

/** Every department with its roles and key ids (never a secret), and what the credit office may do to each. */
export function DepartmentsTable({
  departments,
  roles,
  actions,
}: {
  departments: readonly Department[];
  roles: readonly RoleOption[];
  actions: Actions;
}) {
  const roleLabel = (role: string) => roles.find((r) => r.value === role)?.label ?? role;
  return (
    <Table<Department>
      aria-label="部门 Departments"
      rowKey="id"
      dataSource={[...departments]}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        { title: '编号 Id', dataIndex: 'id' },
        { title: '名称 Name', dataIndex: 'name' },
        {
          title: '角色 Roles',
          render: (_, department) => (
            <Space size={[0, 4]} wrap>
              {department.roles.map((role) => (
                <Tag key={role} title={roleLabel(role)}>
                  {role}
                </Tag>
              ))}
            </Space>
          ),
        },
        {
          title: '密钥 Keys',
          render: (_, department) => (
            <Space orientation="vertical" size={2}>
              {department.keys.map((apiKey) => (
                <KeyLine key={apiKey.id} department={department} apiKey={apiKey} onRevoke={actions.onRevokeKey} />
              ))}
            </Space>
          ),
        },
        {
          title: '操作 Actions',
          render: (_, department) => (
            <Space wrap>
              <Button size="small" onClick={() => actions.onChangeRoles(department)} aria-label={`修改角色 ${department.id}`}>
                修改角色
              </Button>
              <Button
                size="small"
                type="primary"
                loading={actions.issuing === department.id}
                onClick={() => actions.onIssueKey(department)}
                aria-label={`签发密钥 ${department.id}`}
              >
                签发密钥
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
