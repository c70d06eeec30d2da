import { AuditSection } from './AuditSection';
import { BackupSection } from './BackupSection';
import { KeyProtectionSection } from './KeyProtectionSection';
import { RestoreSection } from './RestoreSection';

/**
 * The trust screens of Settings: backup and restore (administrators), audit verification
 * (supervisors, trainers, administrators), and how the keys are kept on this computer (everyone).
 */
export function TrustSections() {
  return (
    <>
      <BackupSection />
      <RestoreSection />
      <AuditSection />
      <KeyProtectionSection />
    </>
  );
}
