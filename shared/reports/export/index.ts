export * from './caseCsvExport';
export * from './csvCell';
export * from './csvWriter';
export * from './exportManifest';
export * from './pseudonymiser';
export * from './spreadsheetColumns';
export * from './xlsxStreamWriter';
