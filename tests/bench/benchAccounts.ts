/**
 * The two accounts the benchmark works under, created through the store itself
 * (tests/bench/page/benchPage.ts: first administrator, then a caseworker) and signed in to
 * through the app's sign-in screen (tests/bench/run.ts): every audited write re-reads its
 * account, so the bench needs real ones, as users have.
 */
export const benchAccounts = {
  administrator: { username: 'bench-admin', displayName: 'Bench Administrator', role: 'administrator', password: 'bench administrator 2026' },
  caseworker: { username: 'bench-caseworker', displayName: 'Bench Caseworker', role: 'caseworker', password: 'bench caseworker 2026' },
} as const;
