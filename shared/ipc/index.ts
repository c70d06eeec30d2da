export * from './channels';
export * from './hostApi';
export * from './ipcResult';
export * from './printReady';
