import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Brotli (or gzip) for the built assets: the build writes `<file>.br` and `<file>.gz` (apps/web/precompress.ts); a
 * file without one is compressed once, on first request. Either is kept in memory; the assets are immutable (their
 * names carry a hash). Anything else falls through to the static files.
 */
export function compressedAssets(assetsDir: string): (request: Request, response: Response, next: NextFunction) => void {
  const cache = new Map<string, Buffer>();
  return (request, response, next) => {
    const type = TYPES[path.extname(request.path)];
    const encoding = request.acceptsEncodings('br', 'gzip');
    if (!type || (encoding !== 'br' && encoding !== 'gzip')) return next();
    const file = path.join(assetsDir, path.normalize(request.path).replace(/^([/\\])+/, ''));
    if (!file.startsWith(assetsDir + path.sep) || !fs.existsSync(file)) return next();
    const key = `${encoding}:${file}`;
    let body = cache.get(key);
    if (!body) {
      body = precompressed(file, encoding) ?? compress(fs.readFileSync(file), encoding);
      cache.set(key, body);
    }
    response.setHeader('Content-Type', type);
    response.setHeader('Content-Encoding', encoding);
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}

function precompressed(file: string, encoding: 'br' | 'gzip'): Buffer | undefined {
  const compressed = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  return fs.existsSync(compressed) ? fs.readFileSync(compressed) : undefined;
}

function compress(raw: Buffer, encoding: 'br' | 'gzip'): Buffer {
  return encoding === 'br'
    ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } })
    : zlib.gzipSync(raw, { level: 9 });
}
