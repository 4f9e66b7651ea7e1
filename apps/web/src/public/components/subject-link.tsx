import { Link } from 'react-router';
import type { PublicSubject } from '../../shared/public-api';

/** A subject by name and code; an organisation links to its page, a person (code masked) does not: there is no page for a masked number. */
export function SubjectLink({ subject }: { subject: PublicSubject }) {
  const label = subject.name ?? subject.code;
  const masked = subject.code.includes('*');
  return (
    <span>
      {masked ? label : <Link to={`/subjects/${encodeURIComponent(subject.code)}`}>{label}</Link>}
      <br />
      <small style={{ color: 'rgba(0,0,0,0.55)' }}>{subject.code}</small>
    </span>
  );
}
