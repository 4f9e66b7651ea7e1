/** Told the number of facts in each group commit. */
export const GROUP_COMMIT_OBSERVER = Symbol('GroupCommitObserver');
