import { Space, Typography } from 'antd';
import { useState } from 'react';
import { useLoad } from '../../../shared/use-load';
import { RefusalAlert } from '../../refusal-alert';
import { useSession } from '../../session';
import { ActivationPanel } from './activation-panel';
import { ActivationsTable } from './activations-table';
import { InForce } from './in-force';
import { PublishForm } from './publish-form';
import type { RuleSetsOverview } from './rule-set-shapes';
import { VersionsTable } from './versions-table';

/** 规则集 (credit office): the version in force, published versions and activations; publish, preview, activate. */
export default function RuleSetsPage() {
  const { call } = useSession();
  const overview = useLoad(() => call<RuleSetsOverview>('/v1/rule-sets'), [call]);
  const [selected, setSelected] = useState<string>();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>规则集 Rule sets</Typography.Title>
      <RefusalAlert error={overview.error} />
      {overview.data && (
        <>
          <InForce overview={overview.data} />
          <section aria-labelledby="published-heading">
            <Typography.Title level={3} id="published-heading">
              已发布版本 Published
            </Typography.Title>
            <VersionsTable overview={overview.data} selected={selected} onSelect={setSelected} />
          </section>
          {selected && <ActivationPanel key={selected} version={selected} onActivated={overview.reload} />}
          <section aria-labelledby="activations-heading">
            <Typography.Title level={3} id="activations-heading">
              激活记录 Activations
            </Typography.Title>
            <ActivationsTable overview={overview.data} />
          </section>
        </>
      )}
      <PublishForm
        onPublished={(published) => {
          overview.reload();
          setSelected(published.version);
        }}
      />
    </Space>
  );
}
