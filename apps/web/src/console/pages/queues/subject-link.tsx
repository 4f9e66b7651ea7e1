import { Link } from 'react-router';

/** The subject's page; a masked 身份证号 cannot be looked up, so it is shown as the api gave it. */
export function SubjectLink({ code, name }: { code: string; name?: string }) {
  const text = name ? `${name}（${code}）` : code;
  return code.includes('*') ? <span>{text}</span> : <Link to={`/subjects/${encodeURIComponent(code)}`}>{text}</Link>;
}
