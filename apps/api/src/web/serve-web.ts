import fs from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { compressedAssets } from './compressed-assets.js';

/** Paths that belong to the api: never answered with a page. */
const API_PREFIXES = ['/v1', '/docs', '/docs-json', '/docs-yaml', '/health', '/metrics', '/assets'];
const CONSOLE = '/console';

/** The page a browser navigation lands on: the console's for /console/…, else the public site's. */
export function pageFor(urlPath: string): 'console' | 'public' | undefined {
  if (API_PREFIXES.some((prefix) => urlPath === prefix || urlPath.startsWith(`${prefix}/`))) return undefined;
  if (path.extname(urlPath) !== '') return undefined;
  return urlPath === CONSOLE || urlPath.startsWith(`${CONSOLE}/`) ? 'console' : 'public';
}

/**
 * Serves the built console (`/console/…`) and public site (`/…`) from `webDir`: hashed assets cached for a year, the
 * two HTML pages never cached, and any other browser navigation outside the api answered with its page so the
 * client-side router can take it. Without a build the api runs alone and says so once.
 */
export function serveWeb(app: NestExpressApplication, webDir: string, warn: (message: string) => void): void {
  const pages = { console: path.join(webDir, 'console', 'index.html'), public: path.join(webDir, 'index.html') };
  if (!fs.existsSync(pages.console) || !fs.existsSync(pages.public)) {
    warn(`no console or public site: ${webDir} holds no build (npm run build:web)`);
    return;
  }
  app.use('/assets', compressedAssets(path.join(webDir, 'assets')));
  app.useStaticAssets(path.join(webDir, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', index: false });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const page = request.method === 'GET' || request.method === 'HEAD' ? pageFor(request.path) : undefined;
    // Only a browser's navigation (it asks for text/html by name): a client that accepts anything gets the api's answer.
    if (!page || !request.headers.accept?.includes('text/html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(pages[page]);
  });
}
