export * from './typical-case-events.js';
export * from './typical-case-state.js';
export * from './typical-case-content.js';
export * from './decide-typical-case.js';
export * from './quarterly-target.js';
