export { CasePrintMenu } from './CasePrintMenu';
export { CasePrintPage } from './CasePrintPage';
