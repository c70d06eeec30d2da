export * from './assessDublinTransfer';
export * from './assessForcedReturn';
export * from './assessProtectionStateReturn';
export * from './assessReadmission';
export * from './assessReturnRoutes';
export * from './assessVoluntaryReturn';
export * from './reintegrationTier';
export * from './returnFacts';
