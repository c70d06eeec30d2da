export * from './assessPrisonLeaseModel';
export * from './assessTransferEligibility';
export * from './transferRoute';
