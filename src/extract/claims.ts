import type { Stage } from './types';

// Placeholder until the claims stage lands.
export const claimsStage: Stage = { name: 'claims', run() {} };
