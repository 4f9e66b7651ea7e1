import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { FactCatalogue } from '#credit';
import { FactRecorder, importFacts, recordedDepartments } from '#ingestion';
import { systemClock } from '#kernel';
import { importDepartmentsFileAtStart, loadActiveRuleSet, openStorage, type JiangchengConfig } from '#runtime';
import { option } from './options.js';

export const IMPORT_USAGE = `  import <file.ndjson> --department <id> [--rejected <report.ndjson>] [--batch <n>]
      one fact per line, as in POST /v1/facts; bad lines go to the report with their line numbers`;

/** Imports a department's facts from an NDJSON file; safe to run again on the same file. */
export async function importCommand(config: JiangchengConfig, args: string[]): Promise<number> {
  const [file] = args;
  const departmentId = option(args, '--department');
  const batchSize = Number(option(args, '--batch') ?? 500);
  if (!file || !departmentId || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
    console.error(`usage:\n${IMPORT_USAGE}`);
    return 1;
  }
  if (!fs.existsSync(file)) {
    console.error(`no such file: ${file}`);
    return 1;
  }
  const storage = await openStorage(config);
  await importDepartmentsFileAtStart(storage.eventStore, config).catch(async (error) => (await storage.close(), Promise.reject(error)));
  const department = (await recordedDepartments(storage.eventStore)).state.departments.get(departmentId);
  if (!department) {
    await storage.close();
    console.error(`unknown department ${departmentId} (see: npm run cli -- departments list)`);
    return 1;
  }
  const reportFile = option(args, '--rejected') ?? `${file}.rejected.ndjson`;
  const report = fs.createWriteStream(reportFile);
  const started = Date.now();
  try {
    const recorder = new FactRecorder(storage.eventStore, new FactCatalogue(), systemClock, { rules: loadActiveRuleSet() });
    const lines = createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    const summary = await importFacts(lines, recorder, { department, keyId: 'cli-import' }, {
      batchSize,
      correlationId: randomUUID(),
      onProgress: (p) => process.stderr.write(`\rline ${p.lines}: ${p.accepted} accepted, ${p.duplicates} duplicates, ${p.rejected} rejected`),
      onRejected: (rejectedLine) => report.write(`${JSON.stringify(rejectedLine)}\n`),
    });
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write('\n');
    console.log(
      JSON.stringify({ file, ...summary, seconds: +seconds.toFixed(1), linesPerSecond: Math.round(summary.lines / seconds), rejectedReport: summary.rejected ? reportFile : undefined }),
    );
    return summary.rejected > 0 ? 3 : 0;
  } finally {
    await new Promise((resolve) => report.end(resolve));
    if (fs.statSync(reportFile).size === 0) fs.rmSync(reportFile);
    await storage.close();
  }
}
