import { Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';

/** The search box: a name (2 characters or more) or a full 统一社会信用代码. */
export function SubjectSearch({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const tooShort = text.trim().length === 1;
  return (
    <Form layout="vertical" onFinish={() => onSearch(text.trim())} style={{ maxWidth: 640 }}>
      <Form.Item
        label="企业名称或统一社会信用代码"
        htmlFor="subject-search"
        validateStatus={tooShort ? 'warning' : undefined}
        help={tooShort ? '请至少输入 2 个字' : undefined}
      >
        <Input.Search
          id="subject-search"
          size="large"
          value={text}
          placeholder="例如：安康某某食品，或 18 位统一社会信用代码"
          onChange={(e) => setText(e.target.value)}
          onSearch={(q) => !tooShort && onSearch(q.trim())}
          enterButton="查询"
        />
      </Form.Item>
      <Typography.Paragraph type="secondary">可查询企业、个体工商户和其他组织；自然人不能按姓名查询（隐私保护）。</Typography.Paragraph>
    </Form>
  );
}
