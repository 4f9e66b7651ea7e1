import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { FactRecorder, importFacts, recordedDepartments } from '#ingestion';
import { importDepartmentsFileAtStart, openRuntime, type JiangchengConfig } from '#runtime';
import { progress } from '../progress.js';

export interface ImportOptions {
  readonly file: string;
  readonly department: string;
  /** Where the rejected lines go; default `<file>.rejected.ndjson`. */
  readonly rejected?: string;
  readonly batch: number;
}

/** Imports a department's facts from an NDJSON file; safe to run again on the same file. Exit 3: some lines were rejected. */
export async function importCommand(config: JiangchengConfig, options: ImportOptions): Promise<number> {
  const { file, department: departmentId, batch: batchSize } = options;
  if (!fs.existsSync(file)) {
    console.error(`no such file: ${file}`);
    return 1;
  }
  const { storage, catalogue, clock, ruleSets } = await openRuntime(config);
  await importDepartmentsFileAtStart(storage.eventStore, config).catch(async (error) => (await storage.close(), Promise.reject(error)));
  const department = (await recordedDepartments(storage.eventStore)).state.departments.get(departmentId);
  if (!department) {
    await storage.close();
    console.error(`unknown department ${departmentId} (see: npm run cli -- departments list)`);
    return 1;
  }
  const reportFile = options.rejected ?? `${file}.rejected.ndjson`;
  const report = fs.createWriteStream(reportFile);
  const started = Date.now();
  try {
    const recorder = new FactRecorder(storage.eventStore, catalogue, clock, { rules: ruleSets });
    const bar = progress({ label: `import ${file}`, total: await countLines(file), unit: 'lines' });
    // Created only now: readline starts reading at once, and lines read before anyone iterates are lost.
    const lines = createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    const tally = (p: { accepted: number; duplicates: number; rejected: number }) =>
      `${p.accepted} accepted, ${p.duplicates} duplicates, ${p.rejected} rejected`;
    const summary = await importFacts(
      lines,
      recorder,
      { department, keyId: 'cli-import' },
      {
        batchSize,
        correlationId: randomUUID(),
        onProgress: (p) => bar.update(p.lines, tally(p)),
        onRejected: (rejectedLine) => report.write(`${JSON.stringify(rejectedLine)}\n`),
      },
    );
    bar.stop(tally(summary));
    const seconds = (Date.now() - started) / 1000;
    console.log(
      JSON.stringify({
        file,
        ...summary,
        seconds: +seconds.toFixed(1),
        linesPerSecond: Math.round(summary.lines / seconds),
        rejectedReport: summary.rejected ? reportFile : undefined,
      }),
    );
    return summary.rejected > 0 ? 3 : 0;
  } finally {
    await new Promise((resolve) => report.end(resolve));
    if (fs.statSync(reportFile).size === 0) fs.rmSync(reportFile);
    await storage.close();
  }
}

/** The file's line count, for the progress total: one quick pass over its bytes. */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) lines++;
    last = chunk[chunk.length - 1] ?? last;
  }
  return last === 0x0a ? lines : lines + 1;
}
