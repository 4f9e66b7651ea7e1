import { Typography } from 'antd';
import dayjs from 'dayjs';
import type { PublicBasis } from '../../shared/public-api';

/** A publication window or a list period: `until` is exclusive, so the last day shown is the day before; none is 长期. */
export function PublicPeriod({ from, until }: { from: string; until?: string }) {
  const last = until ? dayjs(until).subtract(1, 'day').format('YYYY-MM-DD') : '长期';
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {from} 至 {last}
    </span>
  );
}

/** The text that sets a period (文号 and clause); an assumed one says so, with the reason on hover. */
export function PublicBasisText({ basis }: { basis?: PublicBasis }) {
  if (!basis?.documentNumber) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span>
      {basis.documentNumber}
      {basis.clause ? ` ${basis.clause}` : ''}
      {basis.inferred ? (
        <Typography.Text type="secondary" title={basis.inferred}>
          （推定）
        </Typography.Text>
      ) : null}
    </span>
  );
}
