export * from './assessment';
export * from './deadlines';
export * from './nationalityFacts';
export * from './routes';
export * from './ruleCheck';
export * from './transfer';
