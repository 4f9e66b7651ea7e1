import { prefetchOnStart } from './first-load-prefetch';

// The entry holds no React or Ant Design: a subject page's code and calls start before the shell's is parsed.
prefetchOnStart();
void import('./start');
