import { AuditSection } from './AuditSection';
import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';

/** The trust screens of Settings: backup and restore (administrators), audit verification (supervisors, trainers, administrators). */
export function TrustSections() {
  return (
    <>
      <BackupSection />
      <RestoreSection />
      <AuditSection />
    </>
  );
}
