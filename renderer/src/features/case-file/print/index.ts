export { CasePrintMenu } from './CasePrintMenu';
export { CasePrintPage } from './CasePrintPage';
export { PrintSessionHandoff } from './printSessionHandoff';
