import type { Stage } from './types';

// Placeholder until the spin stage lands.
export const spinStage: Stage = { name: 'spin', run() {} };
