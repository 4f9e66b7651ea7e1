import { pageFor } from './serve-web.js';

describe('which page a browser navigation lands on', () => {
  it('gives the console its routes and the public site the rest', () => {
    expect(pageFor('/console')).toBe('console');
    expect(pageFor('/console/subjects/91610902MA0K3P7W61')).toBe('console');
    expect(pageFor('/')).toBe('public');
    expect(pageFor('/lists/black')).toBe('public');
    expect(pageFor('/consoles')).toBe('public');
  });

  it('leaves the api, its documents and files alone', () => {
    for (const path of [
      '/v1',
      '/v1/me',
      '/docs',
      '/docs/',
      '/docs-json',
      '/docs-yaml',
      '/health/ready',
      '/metrics',
      '/assets/x.js',
      '/favicon.ico',
    ])
      expect(pageFor(path)).toBeUndefined();
  });
});
