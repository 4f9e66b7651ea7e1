import { Button } from 'antd';
import { useState } from 'react';
import { download, saveFile } from '../../../shared/api';
import { ApiProblem } from '../../../shared/problem';
import { useSession } from '../../session';

/** Downloads every change the filters select as CSV (the api answers `Accept: text/csv` in one file). */
export function ExportCsvButton({ path, onError }: { path: string; onError: (error: string | undefined) => void }) {
  const { apiKey } = useSession();
  const [busy, setBusy] = useState(false);
  const exportCsv = async () => {
    setBusy(true);
    onError(undefined);
    try {
      saveFile(await download(path, { apiKey }));
    } catch (error) {
      onError(error instanceof ApiProblem ? error.describe() : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button onClick={exportCsv} loading={busy}>
      导出 CSV
    </Button>
  );
}
