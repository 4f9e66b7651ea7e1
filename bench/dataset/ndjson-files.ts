import fs from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import path from 'node:path';
import { DEPARTMENTS, type FileKey } from './departments.js';

/** One write stream per department file; writes wait for the stream to drain, so memory stays bounded. */
export class NdjsonFiles {
  private readonly streams = new Map<FileKey, fs.WriteStream>();

  constructor(directory: string) {
    for (const department of DEPARTMENTS) {
      this.streams.set(department.key, fs.createWriteStream(path.join(directory, department.file)));
    }
  }

  async write(file: FileKey, text: string): Promise<void> {
    const stream = this.streams.get(file)!;
    if (!stream.write(text)) await once(stream, 'drain');
  }

  async close(): Promise<void> {
    await Promise.all(
      [...this.streams.values()].map((stream) => {
        stream.end();
        return finished(stream);
      }),
    );
  }
}
