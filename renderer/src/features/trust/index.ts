export { AuditWatch } from './AuditWatch';
export { TrustSections } from './TrustSections';
