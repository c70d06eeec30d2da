/**
 * The accounts the benchmark works under, created through the store itself
 * (tests/bench/page/benchPage.ts: first administrator, then a caseworker, a supervisor and a
 * trainer) and signed in to through the app's sign-in screen (tests/bench/run.ts: the
 * caseworker for the case list, the supervisor for the reports and exports, the trainer for
 * the training workspace): every audited write re-reads its account, so the bench needs real
 * ones, as users have.
 */
export const benchAccounts = {
  administrator: { username: 'bench-admin', displayName: 'Bench Administrator', role: 'administrator', password: 'bench administrator 2026' },
  caseworker: { username: 'bench-caseworker', displayName: 'Bench Caseworker', role: 'caseworker', password: 'bench caseworker 2026' },
  supervisor: { username: 'bench-supervisor', displayName: 'Bench Supervisor', role: 'supervisor', password: 'bench supervisor 2026' },
  trainer: { username: 'bench-trainer', displayName: 'Bench Trainer', role: 'trainer', password: 'bench trainer 2026' },
} as const;
