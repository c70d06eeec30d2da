/** What the bench page exposes on `window.ercmsBench`; every timing is in milliseconds, taken inside the page. */
export interface BenchApi {
  /** Seeds one batch into both databases (order alternates); returns each side's time. */
  seedBatch(from: number, count: number, appFirst: boolean): Promise<{ appMs: number; rawMs: number }>;
  prepare(cases: number, reps: number): Promise<{ deepPage: number; intakeCases: number }>;
  firstPage(side: Side): Promise<number>;
  deepPage(side: Side): Promise<number>;
  namePrefix(side: Side, rep: number): Promise<number>;
  documentLookup(side: Side, rep: number): Promise<number>;
  filterStageNationality(side: Side): Promise<number>;
  workflowAction(side: Side, rep: number): Promise<number>;
  backup(side: Side): Promise<number>;
  restore(side: Side): Promise<number>;
}

export type Side = 'app' | 'raw';

declare global {
  interface Window {
    ercmsBench: BenchApi;
  }
}
