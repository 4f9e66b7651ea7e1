import { Button, Form, Input, Space } from 'antd';
import { useEffect } from 'react';

interface SearchFormProps {
  readonly initial: string;
  readonly onSearch: (q: string) => void;
}

/** One field: a 统一社会信用代码, a 身份证号, or at least 2 characters of an organisation's name. */
export function SearchForm({ initial, onSearch }: SearchFormProps) {
  const [form] = Form.useForm<{ q: string }>();
  useEffect(() => form.setFieldsValue({ q: initial }), [form, initial]);
  return (
    <Form form={form} layout="vertical" onFinish={({ q }) => onSearch(q.trim())} initialValues={{ q: initial }} requiredMark={false}>
      <Form.Item
        label="统一社会信用代码、身份证号或名称"
        htmlFor="search-q"
        extra="名称至少 2 个字，可输入名称的一部分；自然人只能按完整身份证号查询。"
      >
        <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
          <Form.Item
            name="q"
            noStyle
            rules={[
              { required: true, whitespace: true, message: '请输入查询内容' },
              { min: 2, message: '至少 2 个字' },
            ]}
          >
            <Input id="search-q" autoFocus autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            查询 Search
          </Button>
        </Space.Compact>
      </Form.Item>
    </Form>
  );
}
