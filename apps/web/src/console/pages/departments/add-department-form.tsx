import { Button, Card, Form, Input, Select } from 'antd';
import { RefusalAlert } from '../../refusal-alert';
import { useAction } from '../../use-action';
import { useSession } from '../../session';
import type { IssuedKey, RegisteredDepartment, RoleOption } from './department-shapes';

interface NewDepartment {
  id: string;
  name: string;
  roles: string[];
}

/** Registers a department with its roles; its first key comes back once (`onAdded` shows it). */
export function AddDepartmentForm({ roles, onAdded }: { roles: readonly RoleOption[]; onAdded: (firstKey: IssuedKey) => void }) {
  const { call } = useSession();
  const [form] = Form.useForm<NewDepartment>();
  const adding = useAction(async (values: NewDepartment) => {
    const registered = await call<RegisteredDepartment>('/v1/departments', { method: 'POST', body: values });
    form.resetFields();
    onAdded(registered.firstKey);
  });
  return (
    <Card title="新增部门 Add a department">
      <RefusalAlert error={adding.error} />
      <Form form={form} layout="vertical" onFinish={(values) => adding.run(values)} requiredMark>
        <Form.Item
          label="部门编号 Id"
          name="id"
          extra="小写字母、数字和连字符，如 bj-scj"
          rules={[{ required: true, message: '请输入部门编号' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="部门名称 Name" name="name" rules={[{ required: true, message: '请输入部门名称' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="角色 Roles" name="roles" rules={[{ required: true, message: '请至少选择一个角色' }]}>
          <Select mode="multiple" options={[...roles]} placeholder="选择角色" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={adding.busy}>
          新增 Add
        </Button>
      </Form>
    </Card>
  );
}
