import { Writable } from 'node:stream';
import { newApiKey } from '#credit';
import { createLogger } from './logger.js';

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
  return { stream, text: () => chunks.join('') };
}

describe('the non-http loggers', () => {
  it('never write a key secret or a full 身份证号, in messages, objects or errors', () => {
    const { key } = newApiKey();
    const secret = key.split('_').slice(2).join('_');
    const log = capture();
    const logger = createLogger({ logLevel: 'info' }, 'test', log.stream as never);
    logger.info(`import as ${key} for 110105198506125011`);
    logger.info({ req: { headers: { 'x-api-key': key, authorization: `Bearer ${key}` } } }, 'request');
    logger.error({ err: new Error('subject 11010519491231002X refused\n110105 19850612 5012 too') }, 'failed');
    const text = log.text();
    expect(text.split('\n').filter(Boolean)).toHaveLength(3);
    expect(text).not.toContain(secret);
    expect(text).not.toMatch(/110105198506125011|11010519491231002X|110105 19850612 5012/);
    expect(text).toContain('110105********5011');
    expect(text).toContain('[REDACTED]');
  });
});
