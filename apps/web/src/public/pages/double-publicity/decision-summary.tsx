import { Typography } from 'antd';
import type { DoublePublicityItem } from '../../../shared/public-api';

const CLASSES: Record<string, string> = { minor: '轻微', general: '一般', serious: '严重' };

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** What was decided, as published: a penalty's type, facts, basis and content; a licence's name, content and term. */
export function DecisionSummary({ item }: { item: DoublePublicityItem }) {
  const c = item.content;
  if (item.kind === 'penalty') {
    const fine = text(c.fineAmount);
    const publicationClass = text(c.publicationClass);
    return (
      <div>
        <Typography.Text strong>{item.title}</Typography.Text>
        {text(c.violationFacts) && <div>违法事实：{text(c.violationFacts)}</div>}
        {text(c.legalBasis) && <div>处罚依据：{text(c.legalBasis)}</div>}
        <div>
          处罚内容：{text(c.content) ?? '—'}
          {fine ? `（罚款 ${fine} 万元）` : ''}
          {publicationClass && CLASSES[publicationClass] ? `；失信程度：${CLASSES[publicationClass]}` : ''}
        </div>
      </div>
    );
  }
  return (
    <div>
      <Typography.Text strong>{item.title}</Typography.Text>
      {text(c.licenceCategory) && <div>许可类别：{text(c.licenceCategory)}</div>}
      {text(c.content) && <div>许可内容：{text(c.content)}</div>}
      {text(c.certificateName) && (
        <div>
          许可证书：{text(c.certificateName)} {text(c.certificateNumber) ?? ''}
        </div>
      )}
      <div>
        有效期：{text(c.validFrom) ?? item.decisionDate} 至 {text(c.validTo) ?? '长期'}
      </div>
    </div>
  );
}
