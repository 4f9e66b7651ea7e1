import { Form, Input } from 'antd';
import { useEffect, useState } from 'react';

const DEBOUNCE_MS = 350;

/** A labelled filter for a public list: applied as one types (after a pause) or on Enter; asks for 2 characters or more. */
export function ListFilter({ label, value, onChange }: { label: string; value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const tooShort = text.trim().length === 1;
  return (
    <Form layout="vertical" onFinish={() => onChange(text.trim())} style={{ maxWidth: 640, marginBottom: 16 }}>
      <Form.Item
        label={label}
        htmlFor="list-filter"
        validateStatus={tooShort ? 'warning' : undefined}
        help={tooShort ? '请至少输入 2 个字' : '企业名称的一部分，或完整的统一社会信用代码；个人不能按姓名查询（隐私保护）'}
      >
        <Input.Search
          id="list-filter"
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(q) => onChange(q.trim())}
          enterButton="筛选"
        />
      </Form.Item>
    </Form>
  );
}
