import { ReferenceData1764000000000 } from './1764000000000-reference-data';
import { Accounts1764000100000 } from './1764000100000-accounts';
import { ActionPlan1764000200000 } from './1764000200000-action-plan';
import { WorkingSessions1764000300000 } from './1764000300000-working-sessions';
import { Investments1764000350000 } from './1764000350000-investments';
import { Notifications1764000500000 } from './1764000500000-notifications';
import { PerformanceIndexes1764000600000 } from './1764000600000-performance-indexes';

// Migrations are bundled with the server, so they are listed here rather than globbed.
// Never edit one that has shipped: add a new one.
export const MIGRATIONS = [
  ReferenceData1764000000000,
  Accounts1764000100000,
  ActionPlan1764000200000,
  WorkingSessions1764000300000,
  Investments1764000350000,
  Notifications1764000500000,
  PerformanceIndexes1764000600000,
];
