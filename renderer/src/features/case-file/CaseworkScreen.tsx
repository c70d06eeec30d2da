import type { ReactNode } from 'react';
import './casework.css';

/** The frame of a casework page: contrast-safe colours for everything inside it. */
export function CaseworkScreen({ children }: { children: ReactNode }) {
  return <div className="casework-screen">{children}</div>;
}
