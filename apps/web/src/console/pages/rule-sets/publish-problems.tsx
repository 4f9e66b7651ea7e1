import { Alert } from 'antd';
import type { FieldError } from '../../../shared/problem';

/** A refused publication: each problem with its path into the files (`files["a.yaml"].listTypes[0]…`). */
export function PublishProblems({ title, problems }: { title: string; problems: readonly FieldError[] }) {
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      title={title}
      description={
        problems.length > 0 && (
          <ul aria-label="问题 Problems" style={{ margin: 0, paddingInlineStart: 20 }}>
            {problems.map((problem, i) => (
              <li key={i}>
                <code>{problem.field}</code>：{problem.reason}
              </li>
            ))}
          </ul>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}
