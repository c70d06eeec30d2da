/**
 * What the bench page exposes on `window.ercmsBench`; every timing is in milliseconds, taken
 * inside the page. Each side runs in a page of its own origin (tests/bench/run.ts), so every
 * call names the side it is made for and touches only that side's database.
 */
export interface BenchApi {
  /** Seeds one batch of generated cases (from `from`, `count` of them) into the side's database; returns its time. */
  seedBatch(side: Side, from: number, count: number): Promise<number>;
  /** How many cases the side's database holds (untimed: a kept store's size, BENCH_STORE_DIR). */
  storedCases(side: Side): Promise<number>;
  /** Finds, untimed, what the timed operations need: the deep page's key, the intake cases the workflow action moves. */
  prepare(side: Side, cases: number, reps: number): Promise<{ deepPage: number; intakeCases: number }>;
  firstPage(side: Side): Promise<number>;
  deepPage(side: Side): Promise<number>;
  namePrefix(side: Side, rep: number): Promise<number>;
  documentLookup(side: Side, rep: number): Promise<number>;
  filterStageNationality(side: Side): Promise<number>;
  workflowAction(side: Side, rep: number): Promise<number>;
  backup(side: Side): Promise<number>;
  /** Closes the side's database connection, so that the runner can clear the origin's IndexedDB (before each restore). */
  release(side: Side): Promise<void>;
  /** Restores the side's last backup into its (just cleared) database. */
  restore(side: Side): Promise<number>;
  /** The app's restores' key derivations from the passphrase (PBKDF2), kept out of the restore's time: returned once, then forgotten. */
  keyDerivations(): Promise<number[]>;
  /**
   * What encryption at rest costs per case, in the page (ms per 1,000 cases, `count` generated
   * cases): the clear row's index fields, the search tokens (with a cold cache, as a first
   * import of new names), sealing the case file, and opening it.
   */
  encryptionCost(count: number): Promise<{ indexFields: number; tokens: number; seal: number; open: number }>;
}

export type Side = 'app' | 'raw';

declare global {
  interface Window {
    ercmsBench: BenchApi;
  }
}
